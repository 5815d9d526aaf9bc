/// Writes a framework as a `cchc-framework/1` document, laid out one criterion per entry.
public enum FrameworkJSON {
    public static func render(_ f: Framework) -> String {
        var lines = [
            "{",
            "  \"format\": \(JSONText.string(FrameworkReader.format)),",
            "  \"id\": \(JSONText.string(f.id)),",
            "  \"title\": \(JSONText.string(f.title)),",
            "  \"bands\": [",
        ]
        for (i, b) in f.bands.enumerated() {
            lines.append(
                "    { \"min\": \(b.min.json), \"label\": \(JSONText.string(b.label)) }"
                    + (i < f.bands.count - 1 ? "," : ""))
        }
        lines += ["  ],", "  \"domains\": ["]
        for (i, d) in f.domains.enumerated() {
            lines.append(
                "    { \"id\": \(JSONText.string(d.id)), \"title\": \(JSONText.string(d.title)), \"max\": \(d.max.json),"
            )
            lines.append("      \"criteria\": [")
            for (j, c) in d.criteria.enumerated() {
                let department = c.department.map { ",\n          \"department\": \(JSONText.string($0))" } ?? ""
                lines.append(
                    "        { \"id\": \(JSONText.string(c.id)), \"title\": \(JSONText.string(c.title)), \"max\": \(c.max.json)"
                        + department + " }" + (j < d.criteria.count - 1 ? "," : ""))
            }
            lines.append("      ] }" + (i < f.domains.count - 1 ? "," : ""))
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }
}
