/// `cchc rank --format json`: every unit with its domains by id, the summary and the best.
enum RankJSON {
    static func json(_ r: Ranking, warnings: [Diagnostic]) -> String {
        let ids = r.framework.domains.map(\.id)
        func unit(_ row: Ranking.Row) -> JSONOut {
            .object([
                ("rank", .int(row.rank)), ("unit", .string(row.unit)), ("file", .string(row.file)),
                ("total", .points(row.total)), ("index", .points(row.index)), ("band", .text(row.band)),
                ("domains", .object(zip(ids, row.domains).map { ($0, .points($1)) })),
                ("published_rank", .int(row.publishedRank)),
            ])
        }
        return JSONOut.object([
            ("year", .int(r.year)), ("framework", .string(r.framework.id)), ("stage", .string(r.stage.rawValue)),
            ("units", .array((r.ranked + r.unranked).map(unit))), ("count", .int(r.ranked.count)),
            ("mean", .points(r.mean)), ("median", .points(r.median)),
            (
                "best",
                .array(
                    r.best.map {
                        .object([
                            ("domain", .string($0.domain.id)), ("points", .points($0.score)),
                            ("unit", .string($0.unit)),
                            ("sharing", .int($0.sharing)),
                        ])
                    })
            ),
            ("warnings", .array(warnings.map { .string($0.jsonDescription) })),
        ]).render()
    }
}
