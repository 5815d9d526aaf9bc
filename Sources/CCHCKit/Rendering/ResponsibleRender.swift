/// `score --by responsible` in each output format.
public enum ResponsibleRender {
    /// Header, then a name per line with its total and the codes behind it.
    public static func text(_ report: ScoreReport, options: ScoreText.Options) -> String {
        let l = Labels.of(options.language)
        let lang = options.language
        let grouped = ResponsibleReport(report)
        var out = ScoreText.header(report, l) + [""]
        let lostTotal = report.lost.reduce(Points.zero) { $0 + $1.points }
        out.append(
            options.style.bold(
                "\(l.byResponsible) (\(report.stage.name(lang))): \(lostTotal.formatted(lang)) \(l.points)"))
        guard !grouped.entries.isEmpty else { return (out + [l.noLost]).joined(separator: "\n") + "\n" }
        let names = grouped.entries.map { name($0, l) }
        let nameWidth = min(36, max(Text.width(l.responsible), names.map(Text.width).max() ?? 0))
        let pointsWidth = max(
            Text.width(l.lost), grouped.entries.map { Text.width($0.total.formatted(lang)) }.max() ?? 0)
        let indent = nameWidth + 2 + pointsWidth + 2
        out.append(
            Text.pad(l.responsible, to: nameWidth) + "  " + Text.pad(l.lost, to: pointsWidth, right: true) + "  "
                + l.codes)
        for (entry, name) in zip(grouped.entries, names) {
            let codes = entry.items.map { code($0, year: report.scorecard.year, lang, l) }.joined(separator: ", ")
            let nameLines = Text.wrap(name, width: nameWidth)
            let codeLines = Text.wrap(codes, width: ScoreText.lineWidth - indent)
            for i in 0..<max(nameLines.count, codeLines.count) {
                let left = i < nameLines.count ? nameLines[i] : ""
                let number = i == 0 ? entry.total.formatted(lang) : ""
                let right = i < codeLines.count ? codeLines[i] : ""
                out.append(
                    ScoreText.trimTrailing(
                        Text.pad(left, to: nameWidth) + "  " + Text.pad(number, to: pointsWidth, right: true) + "  "
                            + right))
            }
        }
        if grouped.hasShared {
            out += [""] + Text.wrap(l.sharedNote.filling(lostTotal.formatted(lang)), width: ScoreText.lineWidth)
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ report: ScoreReport, warnings: [Diagnostic]) -> String {
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
        guard case .object(let members) = ScoreJSON.document(report, warnings: warnings) else { return "" }
        let grouping: [(String, JSONOut)] = [
            ("shared_counts_in_full", .bool(grouped.hasShared)), ("responsible", .array(entries)),
        ]
        return JSONOut.object(members.filter { $0.0 != "warnings" } + grouping + members.filter { $0.0 == "warnings" })
            .render()
    }

    public static func csv(_ report: ScoreReport) -> String {
        var rows: [[String]] = []
        for entry in ResponsibleReport(report).entries {
            rows.append(["responsible", entry.name, entry.total.json, "", "", "", ""])
            for item in entry.items {
                rows.append([
                    "item", entry.name, "", item.code, item.points.json, item.shared ? "yes" : "no",
                    item.formerly.joined(separator: ", "),
                ])
            }
        }
        return CSVText.render(header: ["kind", "name", "total", "code", "points", "shared", "formerly"], rows: rows)
    }

    public static func markdown(_ report: ScoreReport, language: Language) -> String {
        let l = Labels.of(language)
        let grouped = ResponsibleReport(report)
        let rows = grouped.entries.map { entry in
            [
                name(entry, l), entry.total.formatted(language),
                entry.items.map { code($0, year: report.scorecard.year, language, l) }.joined(separator: ", "),
            ]
        }
        var out = "## \(MarkdownText.escape(report.scorecard.unit)) · \(report.scorecard.year)\n\n"
        out += "### " + MarkdownText.escape("\(l.byResponsible) (\(report.stage.name(language)))") + "\n\n"
        out += MarkdownText.table(header: [l.responsible, l.lost, l.codes], rows: rows, rightAligned: [1])
        if grouped.hasShared {
            let total = report.lost.reduce(Points.zero) { $0 + $1.points }
            out += "\n" + MarkdownText.escape(l.sharedNote.filling(total.formatted(language))) + "\n"
        }
        return out
    }

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
