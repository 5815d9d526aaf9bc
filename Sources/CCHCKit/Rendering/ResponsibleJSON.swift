/// `score --by responsible` as JSON: the score document with the grouping beside it.
enum ResponsibleJSON {
    static func document(_ report: ScoreReport, warnings: [Diagnostic]) -> JSONOut {
        let grouped = ResponsibleReport(report)
        let entries: [JSONOut] = grouped.entries.map { entry in
            .object([
                ("name", .string(entry.name)), ("total", .points(entry.total)),
                (
                    "items",
                    .array(
                        entry.items.map { item in
                            .object([
                                ("code", .string(item.code)), ("points", .points(item.points)),
                                ("shared", .bool(item.shared)), ("formerly", .array(item.formerly.map(JSONOut.string))),
                                ("source", .string(item.isDepartment ? "department" : "deduction")),
                            ])
                        })
                ),
            ])
        }
        // The score document, so that a reader of `score --format json` finds every key it
        // expects, and the grouping beside it.
        guard case .object(let members) = ScoreJSON.document(report, warnings: warnings) else { return .null }
        let grouping: [(String, JSONOut)] = [
            ("shared_counts_in_full", .bool(grouped.hasShared)), ("responsible", .array(entries)),
        ]
        return JSONOut.object(members.filter { $0.0 != "warnings" } + grouping + members.filter { $0.0 == "warnings" })
    }
}
