/// `cchc trend --format json`: the years with their domains, and the sparkline.
enum TrendJSON {
    static func json(_ t: Trend, warnings: [Diagnostic]) -> String {
        JSONOut.object([
            ("unit", .string(t.unit)), ("stage", .string(t.stage.rawValue)),
            (
                "years",
                .array(
                    t.years.map { y in
                        .object([
                            ("year", .int(y.year)), ("file", .string(y.file)), ("total", .points(y.total)),
                            ("index", .points(y.index)),
                            ("source", .text(y.source?.rawValue)), ("band", .text(y.band)),
                            ("change", .points(y.change)),
                            ("rank", .int(y.rank)), ("of", .int(y.of)),
                            ("domains", .object(t.domains.map { ($0.id, .points(y.domains[$0.id])) })),
                        ])
                    })
            ),
            ("sparkline", .string(t.sparkline)), ("warnings", .array(warnings.map { .string($0.jsonDescription) })),
        ]).render()
    }
}
