extension ReportDocument {
    /// `cchc framework show`: the bands, then every domain and its criteria with their maxima and
    /// departments, and the framework's total.
    public static func framework(_ f: Framework, language: Language) -> ReportDocument {
        let l = Labels.of(language)
        let lang = language
        var rows: [Row] = []
        for d in f.domains {
            rows.append(
                Row(
                    "domain", role: .group, bold: true,
                    cells: [.text(d.id), .text(d.id), .text(d.title), .points(d.max), .blank]))
            rows += d.criteria.map {
                Row(
                    "criterion", depth: 1,
                    cells: [
                        .text($0.id), .text(d.id), .text($0.title), .points($0.max),
                        $0.department.map(Cell.text) ?? .blank,
                    ])
            }
        }
        let catalogue = Table(
            id: "criteria", name: l.criteriaSheet,
            columns: [
                Column("id", ""),
                Column("domain", l.domainID, for: .data),
                Column("title", l.domain, width: .wrap(fill: true)),
                Column("max", l.max, alignment: .right, width: .fit(min: 5)),
                Column("department", l.responsible, narrow: .stack(label: l.responsible, indent: 2)),
            ], rows: rows, indentsByDepth: false)
        let bandsTable = Table(
            id: "bands", name: l.band,
            columns: [Column("id", ""), Column("domain", ""), Column("title", l.band), Column("max", l.max)],
            rows: f.bands.map { Row("band", cells: [.blank, .blank, .text($0.label), .points($0.min)]) })
        let bands = "\(l.band): " + f.bands.map { "\($0.label) ≥ \($0.min.formatted(lang))" }.joined(separator: " · ")
        var document = ReportDocument(
            kind: .framework, language: language, title: TitleBlock(frameworkID: f.id, frameworkTitle: f.title))
        document.blocks = [
            Block(.paragraph(Paragraph(["\(f.id) · \(f.title)"])), for: .terminal),
            Block(.heading("\(f.id) · \(f.title)", level: 2), for: [.markup, .print]),
            Block(.paragraph(Paragraph([bands])), for: .people),
            Block(.table(bandsTable), for: .data),
            Block(.table(catalogue)),
            Block(
                .paragraph(
                    Paragraph([
                        "\(l.total): \(f.max.formatted(lang)) \(l.points), \(f.domains.count) \(l.domains), "
                            + "\(f.criteria.count) \(l.criteria)"
                    ])), for: [.terminal, .print]),
        ]
        // A framework's JSON is a cchc-framework/1 file, laid out one criterion an entry.
        document.json = { FrameworkJSON.render(f) }
        return document
    }
}
