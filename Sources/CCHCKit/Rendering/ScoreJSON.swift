/// `score --format json`: one document with the keys SPEC §4 names, points as numbers.
public enum ScoreJSON {
    public static func render(_ report: ScoreReport, warnings: [Diagnostic]) -> String {
        document(report, warnings: warnings).render()
    }

    static func document(_ report: ScoreReport, warnings: [Diagnostic]) -> JSONOut {
        let card = report.scorecard
        let band = report.band
        let totals = report.totals
        var domains: [JSONOut] = []
        var criteria: [JSONOut] = []
        for row in report.domains {
            domains.append(
                .object(
                    [("id", .string(row.domain.id)), ("title", .string(row.domain.title))]
                        + scoreFields(max: row.domain.max, scores: row.scores)))
            for c in row.domain.criteria {
                criteria.append(
                    .object(
                        [("id", .string(c.id)), ("domain", .string(row.domain.id)), ("title", .string(c.title))]
                            + scoreFields(max: c.max, scores: report.scores(of: c.id))))
            }
        }
        let lost: [JSONOut] = report.lost.map { item in
            .object([
                ("code", .string(item.code)), ("criterion", .string(item.criterionID)),
                ("points", .points(item.points)), ("content", .text(item.content)), ("reason", .text(item.reason)),
                ("remediation", .text(item.remediation)), ("responsible", .array(item.responsible.map(JSONOut.string))),
                ("formerly", .array(item.formerly.map(JSONOut.string))),
                ("source", .string(item.fromDeduction ? "deduction" : "department")),
            ])
        }
        return .object([
            ("unit", .string(card.unit)), ("district", .text(card.district)), ("province", .text(card.province)),
            ("year", .int(card.year)), ("framework", .string(report.framework.id)),
            ("stage", .string(report.stage.rawValue)), ("band", .text(band?.band.label)),
            ("next_band", .text(band?.next?.label)),
            ("to_next_band", .points(band?.next.flatMap { next in report.total.map { next.min - $0 } })),
            (
                "totals",
                .object(
                    [("max", .points(report.max))] + Stage.allCases.map { ($0.rawValue, .points(totals[$0])) }
                        + [("lost", .points(report.totals.final.map { report.max - $0 }))])
            ),
            ("domains", .array(domains)), ("criteria", .array(criteria)), ("lost", .array(lost)),
            ("warnings", .array(warnings.map { .string($0.description) })),
        ])
    }

    /// `max`, `self`, `appraised`, `final` and `lost` (max − final, as SPEC §4 defines it).
    static func scoreFields(max: Points, scores: StageScores) -> [(String, JSONOut)] {
        [("max", .points(max))] + Stage.allCases.map { ($0.rawValue, .points(scores[$0])) }
            + [("lost", .points(scores.final.map { max - $0 }))]
    }
}
