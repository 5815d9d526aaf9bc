/// Writes a framework's catalogue for people: bands, then each domain and its criteria.
public enum FrameworkText {
    public static func render(_ f: Framework, language: Language = .vi) -> String {
        let l = Labels.of(language)
        let t = TreeLabels.of(language)
        var out = Text.wrap("\(f.id) · \(f.title)", width: TextLayout.lineWidth)
        for (label, value) in TreeLabels.about(f, language) {
            out += Text.wrap("\(label): \(value)", width: TextLayout.lineWidth - 2).enumerated().map {
                $0 == 0 ? $1 : "  " + $1
            }
        }
        out.append("")
        let bands = f.bands.map { "\($0.label) ≥ \($0.min.formatted(language))" }.joined(separator: " · ")
        out += Text.wrap("\(l.band): " + (bands.isEmpty ? l.noBand : bands), width: TextLayout.lineWidth)
        out.append("")
        let idWidth = f.nodes.map { 2 * Swift.max(0, $0.depth - 1) + $0.id.count }.max() ?? 1
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
        func node(_ n: Criterion, parent: Criterion?) {
            let indent = String(repeating: " ", count: 2 * Swift.max(0, n.depth - 1))
            out += row(indent + n.id, n.title + t.marks(n, parent: parent), n.max)
            if n.depth > 0, let department = n.department {
                out += Text.wrap("\(l.responsible): \(department)", width: textWidth - 2).map {
                    String(repeating: " ", count: idWidth + 4) + $0
                }
            }
            for child in n.criteria { node(child, parent: n) }
        }
        for d in f.domains { node(d, parent: nil) }
        out += [
            "",
            "\(l.total): \(f.max.formatted(language)) \(l.points), \(f.domains.count) \(l.domains), "
                + "\(f.criteria.count) \(l.criteria)",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per band, domain and criterion, with a `kind` first column.
    public static func csv(_ f: Framework) -> String {
        var rows = f.bands.map { ["band", "", "", $0.label, $0.min.json, "", "", "", "", "", ""] }
        for n in f.nodes {
            rows.append([
                n.depth == 0 ? "domain" : "criterion", n.id, n.domainID, n.title, n.max.json, n.department ?? "",
                n.parentID ?? "", String(n.depth), n.optional ? "optional" : "", n.survey ? "survey" : "",
                n.kind.rawValue,
            ])
        }
        return CSVText.render(
            header: [
                "kind", "id", "domain", "title", "max", "department", "parent", "depth", "optional", "source",
                "domain_kind",
            ], rows: rows)
    }

    /// The catalogue as a GitHub table, domains in bold.
    public static func markdown(_ f: Framework, language: Language) -> String {
        let l = Labels.of(language)
        var rows: [[String]] = []
        var bold: Set<Int> = []
        for n in f.nodes {
            if n.depth == 0 { bold.insert(rows.count) }
            rows.append([
                String(repeating: "  ", count: Swift.max(0, n.depth - 1)) + n.id, n.title, n.max.formatted(language),
                n.depth == 0 ? "" : n.department ?? "",
            ])
        }
        let bands = f.bands.map { "\($0.label) ≥ \($0.min.formatted(language))" }.joined(separator: " · ")
        return "## " + MarkdownText.escape("\(f.id) · \(f.title)") + "\n\n" + MarkdownText.escape("\(l.band): \(bands)")
            + "\n\n"
            + MarkdownText.table(
                header: ["", l.domain, l.max, l.responsible], rows: rows, rightAligned: [2], boldRows: bold)
    }
}
