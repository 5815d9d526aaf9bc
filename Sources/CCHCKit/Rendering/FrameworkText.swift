/// Writes a framework's catalogue for people: bands, then each domain and its criteria.
public enum FrameworkText {
    public static func render(_ f: Framework, language: Language = .vi) -> String {
        let l = Labels.of(language)
        var out = Text.wrap("\(f.id) · \(f.title)", width: TextLayout.lineWidth) + [""]
        out += Text.wrap(
            "\(l.band): " + f.bands.map { "\($0.label) ≥ \($0.min.formatted(language))" }.joined(separator: " · "),
            width: TextLayout.lineWidth)
        out.append("")
        let idWidth = f.criteria.map { $0.id.count }.max() ?? 1
        let maxWidth = max(Text.width(l.max), 5)
        let textWidth = TextLayout.lineWidth - idWidth - maxWidth - 4
        func row(_ id: String, _ title: String, _ max: Points) -> [String] {
            Text.wrap(title, width: textWidth).enumerated().map { i, part in
                let number = i == 0 ? Text.pad(max.formatted(language), to: maxWidth, right: true) : ""
                return TextLayout.trimTrailing(
                    Text.pad(i == 0 ? id : "", to: idWidth) + "  " + Text.pad(part, to: textWidth) + "  " + number)
            }
        }
        out.append(
            TextLayout.trimTrailing(
                Text.pad("", to: idWidth) + "  " + Text.pad(l.domain, to: textWidth) + "  "
                    + Text.pad(l.max, to: maxWidth, right: true)))
        for d in f.domains {
            out += row(d.id, d.title, d.max)
            for c in d.criteria {
                out += row(c.id, c.title, c.max)
                if let department = c.department {
                    out += Text.wrap("\(l.responsible): \(department)", width: textWidth - 2).map {
                        String(repeating: " ", count: idWidth + 4) + $0
                    }
                }
            }
        }
        out += [
            "",
            "\(l.total): \(f.max.formatted(language)) \(l.points), \(f.domains.count) \(l.domains), "
                + "\(f.criteria.count) \(l.criteria)",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per band, domain and criterion, with a `kind` first column.
    public static func csv(_ f: Framework) -> String {
        var rows = f.bands.map { ["band", "", "", $0.label, $0.min.json, ""] }
        for d in f.domains {
            rows.append(["domain", d.id, d.id, d.title, d.max.json, ""])
            rows += d.criteria.map { ["criterion", $0.id, d.id, $0.title, $0.max.json, $0.department ?? ""] }
        }
        return CSVText.render(header: ["kind", "id", "domain", "title", "max", "department"], rows: rows)
    }

    /// The catalogue as a GitHub table, domains in bold.
    public static func markdown(_ f: Framework, language: Language) -> String {
        let l = Labels.of(language)
        var rows: [[String]] = []
        var bold: Set<Int> = []
        for d in f.domains {
            bold.insert(rows.count)
            rows.append([d.id, d.title, d.max.formatted(language), ""])
            rows += d.criteria.map { [$0.id, $0.title, $0.max.formatted(language), $0.department ?? ""] }
        }
        let bands = f.bands.map { "\($0.label) ≥ \($0.min.formatted(language))" }.joined(separator: " · ")
        return "## " + MarkdownText.escape("\(f.id) · \(f.title)") + "\n\n" + MarkdownText.escape("\(l.band): \(bands)")
            + "\n\n"
            + MarkdownText.table(
                header: ["", l.domain, l.max, l.responsible], rows: rows, rightAligned: [2], boldRows: bold)
    }
}
