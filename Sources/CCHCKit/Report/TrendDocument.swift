extension ReportDocument {
    /// `cchc trend`: one unit over the years, each year's total, source, band, change and
    /// published rank, each domain's score per year, and a sparkline of the totals.
    ///
    /// - Parameters:
    ///   - bands: the band thresholds the chart marks (the latest year's framework's).
    ///   - warnings: the years without a total, which the JSON document lists.
    public static func trend(
        _ t: Trend, bands: [Band] = [], language: Language, warnings: [Diagnostic] = []
    ) -> ReportDocument {
        let l = Labels.of(language)
        let years = t.years.map { y in
            Row(
                "year",
                cells: [
                    .count(y.year), .text(y.file), .points(y.total), .points(y.index),
                    y.source.map { .text($0.rawValue) } ?? .blank,
                    .text(source(y.source, l)), y.band.map(Cell.text) ?? .absent, y.change.map(Cell.change) ?? .blank,
                    y.rank.map { .rank($0, of: y.of) } ?? .blank, y.of.map(Cell.count) ?? .blank,
                ] + t.domains.map { y.domains[$0.id].map(Cell.points) ?? .blank })
        }
        let yearsTable = Table(
            id: "years", name: l.trend,
            columns: [
                Column("year", l.year),
                Column("file", l.file, for: .data),
                Column("total", l.total, alignment: .right),
                // The index is a column of its own only where some year's differs from its total.
                Column(
                    "index", TreeLabels.of(language).index, alignment: .right,
                    for: t.years.contains { $0.index != $0.total } ? .all : []),
                Column("source", l.source, for: .data),
                Column("source_text", l.source, for: .people),
                Column("band", l.band, width: .fit(max: 16)),
                Column("change", l.change, alignment: .right),
                Column("rank", l.rank, alignment: .right),
                Column("of", l.of, for: .data),
            ] + t.domains.map { Column($0.id, $0.id, alignment: .right, for: .data) }, rows: years)
        let domainsTable = Table(
            id: "domains", name: l.domainID,
            columns: [
                Column("id", ""), Column("title", l.domain, width: .wrap(min: 20, fill: true), headerSpansLeft: true),
            ]
                + t.years.enumerated().map { i, y in
                    Column(String(y.year), String(y.year), alignment: .right, narrow: .drop(priority: i))
                },
            rows: t.domains.map { d in
                Row(
                    "domain", role: .group,
                    cells: [.text(d.id), .text(d.title)] + t.years.map { .points($0.domains[d.id]) })
            }, droppedNote: l.moreColumns)
        var document = ReportDocument(kind: .trend, language: language)
        document.title = TitleBlock(unit: t.unit)
        document.blocks = [
            Block(.heading("\(l.trend): \(t.unit) · \(t.stage.name(language))", level: 2), for: .people),
            Block(.chart(trendChart(t, bands, l))),
            Block(.table(yearsTable)),
        ]
        if !t.domains.isEmpty { document.blocks.append(Block(.table(domainsTable), for: [.terminal, .print])) }
        document.blocks.append(Block(.paragraph(Paragraph([t.sparkline], verbatim: true)), for: [.terminal, .markup]))
        // SPEC §4 fixes trend's JSON: a `domains` object in every year and the sparkline.
        document.json = { TrendJSON.json(t, warnings: warnings) }
        return document
    }

    /// `tính toán` or `công bố`.
    static func source(_ s: Trend.Source?, _ l: Labels) -> String {
        switch s {
        case .computed: return l.computed
        case .published: return l.published
        case nil: return "—"
        }
    }

    /// The index over the years, with the band thresholds of the latest year's framework.
    static func trendChart(_ t: Trend, _ bands: [Band], _ l: Labels) -> Chart {
        Chart(
            kind: .line, title: l.trend, series: [l.total],
            categories: t.years.map { Chart.Category(label: String($0.year), values: [$0.index]) },
            thresholds: bands.map { Chart.Threshold(label: $0.label, value: $0.min) })
    }
}
