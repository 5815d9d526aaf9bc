/// Writes a framework as a `cchc-framework/1` document, laid out one node per entry, each
/// group's children indented under it.
public enum FrameworkJSON {
    public static func render(_ f: Framework) -> String {
        var lines = [
            "{",
            "  \"format\": \(JSONText.string(FrameworkReader.format)),",
            "  \"id\": \(JSONText.string(f.id)),",
            "  \"title\": \(JSONText.string(f.title)),",
        ]
        if let level = f.about.level { lines.append("  \"level\": \(JSONText.string(level)),") }
        if let province = f.about.province { lines.append("  \"province\": \(JSONText.string(province)),") }
        if !f.about.years.isEmpty {
            lines.append("  \"years\": [" + f.about.years.map(String.init).joined(separator: ", ") + "],")
        }
        if let source = f.about.source { lines.append("  \"source\": \(JSONText.string(source)),") }
        if f.stages != Stage.allCases {
            lines.append(
                "  \"stages\": [" + f.stages.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "],")
        }
        if f.bands.isEmpty {
            lines.append("  \"bands\": [],")
        } else {
            lines.append("  \"bands\": [")
            for (i, b) in f.bands.enumerated() {
                lines.append(
                    "    { \"min\": \(b.min.json), \"label\": \(JSONText.string(b.label)) }"
                        + (i < f.bands.count - 1 ? "," : ""))
            }
            lines.append("  ],")
        }
        lines.append("  \"domains\": [")
        for (i, d) in f.domains.enumerated() {
            lines += node(d, parent: nil, indent: "    ", last: i == f.domains.count - 1)
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One node and its children: `{ "id": …, "title": …, "max": …` with the flags it sets
    /// itself (not those it inherits), its department on the next line, its children under it.
    private static func node(_ n: Criterion, parent: Criterion?, indent: String, last: Bool) -> [String] {
        var head =
            "\(indent){ \"id\": \(JSONText.string(n.id)), \"title\": \(JSONText.string(n.title)), \"max\": \(n.max.json)"
        if parent == nil, n.kind != .regular { head += ", \"kind\": \(JSONText.string(n.kind.rawValue))" }
        if n.optional, !(parent?.optional ?? false) { head += ", \"optional\": true" }
        if n.survey, !(parent?.survey ?? false) { head += ", \"source\": \"survey\"" }
        if let department = n.department { head += ",\n\(indent)  \"department\": \(JSONText.string(department))" }
        if !n.extra.isEmpty {
            let fields = n.extra.map { "\(JSONText.string($0.key)): \(JSONText.string($0.value))" }
            head += ",\n\(indent)  \"extra\": { " + fields.joined(separator: ", ") + " }"
        }
        let comma = last ? "" : ","
        guard !n.isLeaf else { return [head + " }" + comma] }
        var lines = [head + ",", "\(indent)  \"criteria\": ["]
        for (i, child) in n.criteria.enumerated() {
            lines += node(child, parent: n, indent: indent + "    ", last: i == n.criteria.count - 1)
        }
        return lines + ["\(indent)  ] }" + comma]
    }
}
