/// `cchc diff` in each output format.
public enum DiffRender {
    /// Column headers for the two sides: stage names, years, or old/new.
    static func sideLabels(_ diff: Diff, _ l: Labels) -> (String, String) {
        if diff.isStageDiff { return (l.short(diff.from.stage), l.short(diff.to.stage)) }
        let (a, b) = (diff.from.report.scorecard.year, diff.to.report.scorecard.year)
        return a != b ? (String(a), String(b)) : (l.old, l.new)
    }

    public static func text(_ diff: Diff, language: Language, style: TextStyle = .plain) -> String {
        let l = Labels.of(language)
        var out = header(diff, l, language)
        out.append("")
        let (oldLabel, newLabel) = sideLabels(diff, l)
        var rows: [(id: String, title: String, values: Diff.Change?, notes: [String], bold: Bool)] = []
        for domain in diff.domains {
            let changed = diff.criteria.filter { $0.domainID == domain.id }
            guard domain.value.differs || !changed.isEmpty else { continue }
            rows.append((domain.id, domain.title, domain.value, [], false))
            for c in changed {
                let rowsBeside = deductions(of: c.id, diff).map {
                    "\($0.code): \($0.points.formatted(language)) · \($0.content ?? "")"
                }
                rows.append((String(repeating: "  ", count: c.depth) + c.id, c.title, c.value, rowsBeside, false))
            }
        }
        rows.append(("", l.total, diff.total, [], true))
        let idWidth = rows.map { Text.width($0.id) }.max() ?? 0
        let cells = rows.map { row in
            [row.values?.old, row.values?.new].map { $0?.formatted(language) ?? "—" }
                + [row.values?.change?.signed(language) ?? "—"]
        }
        let headers = [oldLabel, newLabel, l.change]
        var widths = headers.map(Text.width)
        for c in cells { for i in 0..<3 { widths[i] = max(widths[i], Text.width(c[i])) } }
        let numbersWidth = widths.reduce(0) { $0 + $1 + 2 }
        let titleWidth = TextLayout.lineWidth - idWidth - 2 - numbersWidth
        func line(_ id: String, _ title: String, _ numbers: [String]) -> String {
            var s = Text.pad(id, to: idWidth) + "  " + Text.pad(title, to: titleWidth)
            for (i, n) in numbers.enumerated() { s += "  " + Text.pad(n, to: widths[i], right: true) }
            return TextLayout.trimTrailing(s)
        }
        let headerLine =
            Text.pad(l.domain, to: idWidth + 2 + titleWidth)
            + headers.enumerated().map { "  " + Text.pad($1, to: widths[$0], right: true) }.joined()
        out.append(style.bold(headerLine))
        for (row, numbers) in zip(rows, cells) {
            for (i, part) in Text.wrap(row.title, width: titleWidth).enumerated() {
                let text = line(i == 0 ? row.id : "", part, i == 0 ? numbers : [])
                out.append(row.bold ? style.bold(text) : text)
            }
            for note in row.notes {
                out += Text.wrap(note, width: TextLayout.lineWidth - idWidth - 4).map {
                    String(repeating: " ", count: idWidth + 4) + $0
                }
            }
        }
        if !diff.hasDifferences { out += ["", l.noDifferences] }
        if !diff.onlyInOld.isEmpty { out += ["", "\(l.onlyInOld): " + diff.onlyInOld.joined(separator: ", ")] }
        if !diff.onlyInNew.isEmpty { out += ["", "\(l.onlyInNew): " + diff.onlyInNew.joined(separator: ", ")] }
        return out.joined(separator: "\n") + "\n"
    }

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

    public static func json(_ diff: Diff, warnings: [Diagnostic]) -> String {
        func side(_ s: Diff.Side) -> JSONOut {
            .object([
                ("file", .string(s.file)), ("unit", .string(s.report.scorecard.unit)),
                ("year", .int(s.report.scorecard.year)), ("framework", .string(s.report.framework.id)),
                ("stage", .string(s.stage.rawValue)),
            ])
        }
        func values(_ c: Diff.Change) -> [(String, JSONOut)] {
            [("old", .points(c.old)), ("new", .points(c.new)), ("change", .points(c.change))]
        }
        return JSONOut.object([
            ("from", side(diff.from)), ("to", side(diff.to)), ("total", .object(values(diff.total))),
            ("domains", .array(diff.domains.map { .object([("id", .string($0.id))] + values($0.value)) })),
            (
                "criteria",
                .array(
                    diff.criteria.map {
                        .object([("id", .string($0.id)), ("domain", .string($0.domainID))] + values($0.value))
                    })
            ),
            ("only_in_old", .array(diff.onlyInOld.map(JSONOut.string))),
            ("only_in_new", .array(diff.onlyInNew.map(JSONOut.string))),
            ("warnings", .array(warnings.map { .string($0.description) })),
        ]).render()
    }

    public static func csv(_ diff: Diff) -> String {
        func cells(_ c: Diff.Change) -> [String] { [c.old?.json ?? "", c.new?.json ?? "", c.change?.json ?? ""] }
        var rows = diff.domains.map { ["domain", $0.id, $0.id, $0.title] + cells($0.value) }
        rows += diff.criteria.map { ["criterion", $0.id, $0.domainID, $0.title] + cells($0.value) }
        rows.append(["total", "", "", ""] + cells(diff.total))
        return CSVText.render(header: ["kind", "id", "domain", "title", "old", "new", "change"], rows: rows)
    }

    public static func markdown(_ diff: Diff, language: Language) -> String {
        let l = Labels.of(language)
        let (oldLabel, newLabel) = sideLabels(diff, l)
        var out = header(diff, l, language).map(MarkdownText.escape).joined(separator: "  \n") + "\n\n"
        func cells(_ c: Diff.Change) -> [String] {
            [c.old?.formatted(language) ?? "—", c.new?.formatted(language) ?? "—", c.change?.signed(language) ?? "—"]
        }
        var rows: [[String]] = []
        var bold: Set<Int> = []
        for domain in diff.domains {
            let changed = diff.criteria.filter { $0.domainID == domain.id }
            guard domain.value.differs || !changed.isEmpty else { continue }
            bold.insert(rows.count)
            rows.append([domain.id, domain.title] + cells(domain.value))
            rows += changed.map { [$0.id, $0.title] + cells($0.value) }
        }
        bold.insert(rows.count)
        rows.append(["", l.total] + cells(diff.total))
        out += MarkdownText.table(
            header: ["", l.domain, oldLabel, newLabel, l.change], rows: rows, rightAligned: [2, 3, 4], boldRows: bold)
        return out
    }
}
