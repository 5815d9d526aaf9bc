extension ReportDocument {
    /// `cchc rank`: the appraisal council's table (every unit ranked, with its total, band and
    /// each domain's score), the units not fully scored apart, the count, mean and median, and
    /// the best unit of each domain.
    ///
    /// - Parameter warnings: published ranks that differ, which the JSON document lists.
    public static func rank(_ r: Ranking, language: Language, warnings: [Diagnostic] = []) -> ReportDocument {
        let l = Labels.of(language)
        let stage = r.stage.name(language)
        let domainIDs = r.framework.domains.map(\.id)
        let withIndex = (r.ranked + r.unranked).contains { $0.index != $0.total }
        func row(_ u: Ranking.Row) -> Row {
            Row(
                "unit",
                cells: [
                    u.rank.map(Cell.count) ?? .absent, .text(u.unit), .text(u.file), .points(u.total),
                    u.index.map(Cell.points) ?? .blank, u.band.map(Cell.text) ?? .blank,
                ] + u.domains.map { Cell.points($0) })
        }
        var rows =
            r.ranked.map(row)
            + r.unranked.map {
                var x = row($0)
                x.audience = [.markup, .print, .data]
                return x
            }
        if !r.unranked.isEmpty {
            // On a terminal the units not fully scored stand apart, saying what they lack.
            rows.append(Row("section", role: .section, cells: [.label(l.unranked + ":")], for: .terminal))
            rows += r.unranked.map { u in
                Row(
                    "unit",
                    cells: [
                        .blank, .text(u.unit), .text(u.file), .absent, .blank,
                        .label(l.missing.filling(l.criteria(u.missing))),
                    ],
                    for: .terminal)
            }
        }
        let units = Table(
            id: "units", name: l.ranking.filling(String(r.year)),
            columns: [
                Column("rank", l.rank, alignment: .right),
                Column("unit", l.unitHeader, width: .wrap(min: 16)),
                Column("file", l.file, for: .data),
                Column("total", l.total, alignment: .right, width: .fit(min: 5)),
                // The index is a column of its own only where some unit's differs from its total.
                Column(
                    "index", TreeLabels.of(language).index, alignment: .right, width: .fit(min: 6),
                    for: withIndex ? .all : []),
                Column("band", l.band, width: .fit(max: 16)),
            ]
                + domainIDs.enumerated().map { i, id in
                    Column(id, id, alignment: .right, narrow: .drop(priority: -i))
                }, rows: rows, droppedNote: l.moreColumns)
        let summary = Table(
            id: "summary", name: l.count,
            columns: [Column("unit", ""), Column("total", "")],
            rows: [
                Row("summary", cells: [.text("count"), .count(r.ranked.count)]),
                Row("summary", cells: [.text("mean"), .points(r.mean)]),
                Row("summary", cells: [.text("median"), .points(r.median)]),
            ])
        let best = Table(
            id: "best", name: l.best,
            columns: [Column("domain", ""), Column("text", "", width: .wrap(fill: true))],
            rows: r.best.map { b in
                let who = b.sharing > 1 ? "\(b.unit) (\(l.andOthers.filling(String(b.sharing - 1))))" : b.unit
                return Row(
                    "best",
                    cells: [.text(b.domain.id), .text("\(b.domain.title): \(b.score.formatted(language)) · \(who)")])
            }, showsHeader: false, indent: 2)
        let footer =
            "\(l.count): \(r.ranked.count) · \(l.mean): \(r.mean?.formatted(language) ?? "—") · "
            + "\(l.median): \(r.median?.formatted(language) ?? "—")"
        var document = ReportDocument(kind: .rank, language: language)
        document.title = TitleBlock(year: r.year, frameworkID: r.framework.id, frameworkTitle: r.framework.title)
        let headings = [
            Block(
                .heading(l.ranking.filling(String(r.year)) + " · \(r.framework.id) · \(stage)", level: 2),
                for: .terminal),
            Block(.heading(l.ranking.filling(String(r.year)) + " · \(stage)", level: 2), for: [.markup, .print]),
        ]
        document.json = { RankJSON.json(r, warnings: warnings) }
        if r.ranked.isEmpty {
            // Empty tables would say nothing to a reader: one line says so instead, the units on a
            // terminal listed apart as always; the data formats keep their shape (count 0, every
            // rank null), and this is a result, not a failure (SPEC §4).
            let none = Messages.noUnitRanked(r.unranked.count, r.stage).text(language)
            var apart = units
            apart.showsHeader = false
            document.blocks =
                headings + [
                    Block(.paragraph(Paragraph([none])), for: .people),
                    Block(.table(apart), for: .terminal),
                    Block(.table(units), for: .data),
                    Block(.table(summary), for: .data),
                ]
            return document
        }
        document.blocks =
            headings + [
                Block(.chart(rankChart(r, l))),
                Block(.table(units)),
                Block(.table(summary), for: .data),
                Block(.paragraph(Paragraph([footer])), for: .people),
                Block(.paragraph(Paragraph([l.best + ":"], keepWithNext: true)), for: .terminal),
                Block(.heading(l.best, level: 3), for: .print),
                Block(.table(best), for: [.terminal, .print]),
            ]
        // SPEC §4 fixes rank's JSON: `domains` as an object by id in each unit, and `best`.
        return document
    }

    /// One horizontal bar per ranked unit, coloured by band, the band minima marked.
    static func rankChart(_ r: Ranking, _ l: Labels) -> Chart {
        Chart(
            kind: .horizontalBars, title: l.ranking.filling(String(r.year)), series: [l.total],
            categories: r.ranked.map { u in
                let band = r.framework.bands.firstIndex { $0.label == u.band }.map { ($0, u.band ?? "") }
                // Units are ranked and banded by their index, a figure out of 100 (SPEC §6): the bar
                // draws it, not the total, which may be out of a smaller applicable max.
                return Chart.Category(label: u.unit, values: [u.index], max: Points(hundredths: 10000), band: band)
            },
            thresholds: r.framework.bands.map { Chart.Threshold(label: $0.label, value: $0.min) })
    }
}
