extension ReportDocument {
    /// `cchc score --by responsible`: the lost points grouped by whoever is responsible, each
    /// name's total and the codes behind it, largest first.
    ///
    /// - Parameter warnings: the scorecard's warnings, which the JSON document lists.
    public static func responsible(
        _ report: ScoreReport, language: Language, warnings: [Diagnostic] = []
    ) -> ReportDocument {
        let l = Labels.of(language)
        let grouped = ResponsibleReport(report)
        let card = report.scorecard
        let stage = report.stage.name(language)
        let lostTotal = report.lost.reduce(Points.zero) { $0 + $1.points }
        var document = ReportDocument(kind: .responsible, language: language, title: TitleBlock(report))
        document.blocks = [
            Block(.fields(scoreFields(report, l)), for: .terminal),
            Block(.heading("\(card.unit) · \(card.year)", level: 2), for: .markup),
            Block(
                .paragraph(
                    Paragraph(
                        ["\(l.byResponsible) (\(stage)): \(lostTotal.formatted(language)) \(l.points)"],
                        emphasis: true, keepWithNext: true)), for: .terminal),
            Block(.heading("\(l.byResponsible) (\(stage))", level: 3), for: [.markup, .print]),
            Block(.chart(responsibleChart(report, l)), for: .print),
            Block(
                .table(
                    Table(
                        id: "responsible", name: l.byResponsible,
                        columns: [
                            Column("name", l.responsible, width: .wrap(max: 36)),
                            Column("total", l.lost, alignment: .right),
                            Column("codes", l.codes, width: .wrap(fill: true)),
                        ],
                        rows: grouped.entries.map { entry in
                            Row(
                                "responsible",
                                cells: [
                                    .text(name(entry, l)), .points(entry.total),
                                    .text(
                                        entry.items.map { code($0, year: card.year, language, l) }.joined(
                                            separator: ", ")),
                                ])
                        }, emptyText: l.noLost)), for: .people),
            Block(.table(itemsTable(grouped, l)), for: .data),
        ]
        if grouped.hasShared {
            document.blocks.append(
                Block(.paragraph(Paragraph([l.sharedNote.filling(lostTotal.formatted(language))])), for: .people))
        }
        // The score document, so that a reader of `score --format json` finds every key it
        // expects, with the grouping beside it: nested objects that tables do not make.
        document.json = { ResponsibleJSON.document(report, warnings: warnings).render() }
        return document
    }

    /// Each name's total (a `responsible` row) and the rows behind it (`item` rows), for data.
    static func itemsTable(_ grouped: ResponsibleReport, _ l: Labels) -> Table {
        var rows: [Row] = []
        for entry in grouped.entries {
            rows.append(Row("responsible", cells: [.text(entry.name), .points(entry.total)]))
            for item in entry.items {
                rows.append(
                    Row(
                        "item",
                        cells: [
                            .text(entry.name), .blank, .text(item.code), .points(item.points),
                            .text(item.shared ? "yes" : "no"), .text(item.formerly.joined(separator: ", ")),
                        ]))
            }
        }
        return Table(
            id: "responsible_items", name: l.byResponsible,
            columns: [
                Column("name", l.responsible), Column("total", l.lost), Column("code", l.code),
                Column("points", l.lost), Column("shared", "shared"), Column("formerly", l.formerly),
            ], rows: rows)
    }

    /// A name, marked when only departments stand behind it.
    static func name(_ entry: ResponsibleReport.Entry, _ l: Labels) -> String {
        entry.items.allSatisfy(\.isDepartment) ? "\(entry.name) (\(l.departmentMark))" : entry.name
    }

    /// `3.1.2 1,5*`, or with a hand-over `8.3.2.2 0,25 (nhận từ Trần Văn Ái, 2023)`.
    static func code(_ item: ResponsibleReport.Item, year: Int, _ language: Language, _ l: Labels) -> String {
        var s = "\(item.code) \(item.points.formatted(language))" + (item.shared ? "*" : "")
        if !item.formerly.isEmpty {
            s += " (" + l.handedFrom.filling(item.formerly.joined(separator: ", "), String(year)) + ")"
        }
        return s
    }
}
