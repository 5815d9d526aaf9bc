extension ReportDocument {
    /// `cchc framework show`: what the framework says about itself, its bands, then every node of
    /// its tree (domains, criteria, sub-criteria) with its max and department, and its total.
    public static func framework(_ f: Framework, language: Language) -> ReportDocument {
        let l = Labels.of(language)
        let t = TreeLabels.of(language)
        var rows: [Row] = []
        func add(_ n: Criterion, parent: Criterion?) {
            rows.append(
                Row(
                    n.depth == 0 ? "domain" : "criterion", role: n.isLeaf ? .leaf : .group, depth: n.depth,
                    bold: n.depth == 0,
                    cells: [
                        .text(n.id), .text(n.domainID), .text(n.title), .text(n.title + t.marks(n, parent: parent)),
                        .points(n.max), .text(n.department ?? ""), n.depth > 0 ? .text(n.department ?? "") : .blank,
                        .text(n.parentID ?? ""), .count(n.depth), .text(n.optional ? "optional" : ""),
                        .text(n.survey ? "survey" : ""), .text(n.kind.rawValue),
                    ]))
            for child in n.criteria { add(child, parent: n) }
        }
        for d in f.domains { add(d, parent: nil) }
        let catalogue = Table(
            id: "criteria", name: l.criteriaSheet,
            columns: [
                Column("id", ""),
                Column("domain", l.domainID, for: .data),
                Column("title", l.domain, for: [.markup, .data]),
                Column("title_text", l.domain, width: .wrap(fill: true), for: [.terminal, .print]),
                Column("max", l.max, alignment: .right, width: .fit(min: 5)),
                Column("department", l.responsible, for: .data),
                Column(
                    "department_text", l.responsible, narrow: .stack(label: l.responsible, indent: 2), for: .people),
                Column("parent", "", for: .data), Column("depth", "", for: .data),
                Column("optional", "", for: .data), Column("source", "", for: .data),
                Column("domain_kind", "", for: .data),
            ], rows: rows, flatDepth: 1)
        let bandsTable = Table(
            id: "bands", name: l.band,
            columns: [Column("id", ""), Column("domain", ""), Column("title", l.band), Column("max", l.max)],
            rows: f.bands.map { Row("band", cells: [.blank, .blank, .text($0.label), .points($0.min)]) })
        let bands = f.bands.map { "\($0.label) ≥ \($0.min.formatted(language))" }.joined(separator: " · ")
        let about = TreeLabels.about(f, language).map { "\($0.label): \($0.value)" }
        var document = ReportDocument(
            kind: .framework, language: language, title: TitleBlock(frameworkID: f.id, frameworkTitle: f.title))
        document.blocks = [
            Block(.paragraph(Paragraph(["\(f.id) · \(f.title)"], keepWithNext: !about.isEmpty)), for: .terminal),
            Block(.heading("\(f.id) · \(f.title)", level: 2), for: [.markup, .print]),
        ]
        if !about.isEmpty {
            document.blocks.append(Block(.paragraph(Paragraph(about, hangingIndent: 2)), for: [.terminal, .print]))
        }
        document.blocks += [
            Block(
                .paragraph(Paragraph(["\(l.band): " + (bands.isEmpty ? l.noBand : bands)])), for: [.terminal, .print]),
            Block(.paragraph(Paragraph(["\(l.band): \(bands)"])), for: .markup),
            Block(.table(bandsTable), for: .data),
            Block(.table(catalogue)),
            Block(
                .paragraph(
                    Paragraph([
                        Messages.frameworkTotal(domains: f.domains.count, criteria: f.criteria.count, max: f.max)
                            .text(language)
                    ])), for: [.terminal, .print]),
        ]
        // A framework's JSON is a cchc-framework/1 file, laid out one criterion an entry.
        document.json = { FrameworkJSON.render(f) }
        return document
    }
}
