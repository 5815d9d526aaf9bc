extension ReportDocument {
    /// `cchc diff`: what is compared, then every domain that changed with its changed criteria
    /// (the deductions of each beside it), the total change, and what one side lacks.
    ///
    /// - Parameter warnings: what the comparison could not do, which the JSON document lists.
    public static func diff(_ diff: Diff, language: Language, warnings: [Diagnostic] = []) -> ReportDocument {
        let l = Labels.of(language)
        let (oldLabel, newLabel) = sideLabels(diff, l)
        func figures(_ c: Diff.Change) -> [Cell] { [.points(c.old), .points(c.new), .change(c.change)] }
        var rows: [Row] = []
        for domain in diff.domains {
            let changed = diff.criteria.filter { $0.domainID == domain.id }
            guard domain.value.differs || !changed.isEmpty else { continue }
            rows.append(
                Row(
                    "domain", role: .group, bold: true,
                    cells: [.text(domain.id), .text(domain.title)] + figures(domain.value)))
            for c in changed {
                let notes = deductions(of: c.id, diff).map {
                    "\($0.code): \($0.points.formatted(language)) · \($0.content ?? "")"
                }
                rows.append(
                    Row(
                        "criterion", depth: c.depth, cells: [.text(c.id), .text(c.title)] + figures(c.value),
                        notes: notes))
            }
        }
        rows.append(Row("total", role: .total, bold: true, cells: [.blank, .label(l.total)] + figures(diff.total)))
        if diff.showsIndex {
            let index = TreeLabels.of(language).index
            rows.append(Row("index", bold: true, cells: [.blank, .label(index)] + figures(diff.index)))
        }
        let number = Column.Width.fit()
        let changes = Table(
            id: "changes", name: l.change,
            columns: [
                Column("id", ""), Column("title", l.domain, width: .wrap(fill: true), headerSpansLeft: true),
                Column("old", oldLabel, alignment: .right, width: number),
                Column("new", newLabel, alignment: .right, width: number),
                Column("change", l.change, alignment: .right, width: number),
            ], rows: rows)
        // For data every domain, changed or not, then every changed criterion, then the total.
        var data = diff.domains.map {
            Row("domain", cells: [.text($0.id), .text($0.id), .text($0.title)] + figures($0.value))
        }
        data += diff.criteria.map {
            Row("criterion", cells: [.text($0.id), .text($0.domainID), .text($0.title)] + figures($0.value))
        }
        data.append(Row("total", cells: [.blank, .blank, .blank] + figures(diff.total)))
        if diff.showsIndex { data.append(Row("index", cells: [.blank, .blank, .blank] + figures(diff.index))) }
        // Each data row names what it compares (the stages of one file, or two files) and, as
        // JSON's `from` and `to` do, the unit and year of each side: the document's own `unit`
        // and `year` are the newer side's, and a 2023 → 2024 row must say 2023 too (SPEC §4).
        func name(_ side: Diff.Side) -> Cell { .text(diff.isStageDiff ? side.stage.rawValue : side.file) }
        func about(_ side: Diff.Side) -> [Cell] {
            [.text(side.report.scorecard.unit), .count(side.report.scorecard.year)]
        }
        let sides = [name(diff.from), name(diff.to)] + about(diff.from) + about(diff.to)
        for i in data.indices { data[i].cells += sides }
        let keys = ["id", "domain", "title", "old", "new", "change", "from", "to"]
        let dataTable = Table(
            id: "changes", name: l.change,
            columns: (keys + ["unit_from", "year_from", "unit_to", "year_to"]).map { Column($0, $0) }, rows: data)

        var document = ReportDocument(kind: .diff, language: language)
        let to = diff.to.report.scorecard
        document.title = TitleBlock(
            unit: to.unit, district: to.district, province: to.province, year: to.year,
            frameworkID: diff.to.report.framework.id, frameworkTitle: diff.to.report.framework.title)
        document.blocks = [
            Block(.paragraph(Paragraph(header(diff, l, language))), for: .people),
            Block(.chart(diffChart(diff, l))),
            Block(.table(changes), for: .people),
            Block(.table(dataTable), for: .data),
        ]
        var after: [String] = []
        if !diff.hasDifferences { after.append(l.noDifferences) }
        if !diff.onlyInOld.isEmpty { after.append("\(l.onlyInOld): " + diff.onlyInOld.joined(separator: ", ")) }
        if !diff.onlyInNew.isEmpty { after.append("\(l.onlyInNew): " + diff.onlyInNew.joined(separator: ", ")) }
        document.blocks += after.map { Block(.paragraph(Paragraph([$0])), for: [.terminal, .print]) }
        // SPEC §4 fixes diff's JSON: `from` and `to` objects, `total` {old, new, change}.
        document.json = { DiffJSON.json(diff, warnings: warnings) }
        return document
    }

    /// Column headers for the two sides: stage names, years, or old/new.
    static func sideLabels(_ diff: Diff, _ l: Labels) -> (String, String) {
        if diff.isStageDiff { return (l.short(diff.from.stage), l.short(diff.to.stage)) }
        let (a, b) = (diff.from.report.scorecard.year, diff.to.report.scorecard.year)
        return a != b ? (String(a), String(b)) : (l.old, l.new)
    }

    /// What is compared: the unit and the stages, or the two files and the stage.
    static func header(_ diff: Diff, _ l: Labels, _ language: Language) -> [String] {
        let a = diff.from.report.scorecard
        let b = diff.to.report.scorecard
        if diff.isStageDiff {
            return [
                "\(a.unit) · \(a.year)",
                "\(l.comparing): \(diff.from.stage.name(language)) → \(diff.to.stage.name(language))",
            ]
        }
        return [
            "\(l.old): \(a.unit) · \(a.year) · \(diff.from.file)",
            "\(l.new): \(b.unit) · \(b.year) · \(diff.to.file)",
            "\(l.stage): \(diff.to.stage.name(language))",
        ]
    }

    /// The deduction rows beside a changed criterion: the newer side's, else the older's.
    static func deductions(of id: String, _ diff: Diff) -> [Deduction] {
        for side in [diff.to, diff.from] {
            let rows = side.report.scorecard.deductions?.filter { $0.criterionID == id } ?? []
            if !rows.isEmpty { return rows }
        }
        return []
    }

    /// Each domain's signed change.
    static func diffChart(_ diff: Diff, _ l: Labels) -> Chart {
        Chart(
            kind: .signedBars, title: l.change, series: [l.change],
            categories: diff.domains.map { Chart.Category(label: "\($0.id). \($0.title)", values: [$0.value.change]) })
    }
}
