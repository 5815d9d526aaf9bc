/// Writes a framework's catalogue for people: bands, then each domain and its criteria.
public enum FrameworkText {
    public static func render(_ f: Framework, language: Language = .vi) -> String {
        let l = Labels.of(language)
        var out = ["\(f.id) · \(f.title)", ""]
        out.append(
            "\(l.band): "
                + f.bands.map { "\($0.label) ≥ \($0.min.formatted(language))" }.joined(separator: " · "))
        out.append("")
        let idWidth = f.criteria.map { $0.id.count }.max() ?? 1
        let maxWidth = max(Text.width(l.max), 5)
        let textWidth = ScoreText.lineWidth - idWidth - maxWidth - 4
        func row(_ id: String, _ title: String, _ max: Points) -> [String] {
            Text.wrap(title, width: textWidth).enumerated().map { i, part in
                let number = i == 0 ? Text.pad(max.formatted(language), to: maxWidth, right: true) : ""
                return ScoreText.trimTrailing(
                    Text.pad(i == 0 ? id : "", to: idWidth) + "  " + Text.pad(part, to: textWidth) + "  " + number)
            }
        }
        out.append(
            ScoreText.trimTrailing(
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
}
