/// `cchc diff --format json`: the two sides, the total, and every domain and changed criterion.
enum DiffJSON {
    static func json(_ diff: Diff, warnings: [Diagnostic]) -> String {
        func side(_ s: Diff.Side) -> JSONOut {
            .object([
                ("file", .string(s.file)), ("unit", .string(s.report.scorecard.unit)),
                ("year", .int(s.report.scorecard.year)), ("framework", .string(s.report.framework.id)),
                ("stage", .string(s.stage.rawValue)),
            ])
        }
        func values(_ c: Diff.Change) -> [(String, JSONOut)] {
            [("old", .points(c.old)), ("new", .points(c.new)), ("change", .points(c.change))]
        }
        // The index where it is not the total (an applicable max other than 100, SPEC §6).
        let index: [(String, JSONOut)] = diff.showsIndex ? [("index", .object(values(diff.index)))] : []
        return JSONOut.object(
            [("from", side(diff.from)), ("to", side(diff.to)), ("total", .object(values(diff.total)))] + index + [
                ("domains", .array(diff.domains.map { .object([("id", .string($0.id))] + values($0.value)) })),
                (
                    "criteria",
                    .array(
                        diff.criteria.map {
                            .object([("id", .string($0.id)), ("domain", .string($0.domainID))] + values($0.value))
                        })
                ),
                ("only_in_old", .array(diff.onlyInOld.map(JSONOut.string))),
                ("only_in_new", .array(diff.onlyInNew.map(JSONOut.string))),
                ("warnings", .array(warnings.map { .string($0.jsonDescription) })),
            ]
        ).render()
    }
}
