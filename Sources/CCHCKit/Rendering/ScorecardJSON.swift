/// Writes a scorecard as a `cchc-scorecard/1` document, laid out stably for people to read and
/// edit: two-space indent, fields in the order of the format, one criterion per line, one
/// deduction field per line.
public enum ScorecardJSON {
    /// The document's text.
    ///
    /// - Parameters:
    ///   - card: the scorecard; a stage without a score is written `null`.
    ///   - annotations: when given, each criterion carries its title and max from this framework
    ///     under `extra`, so that whoever fills the file in sees what each id means.
    public static func render(_ card: Scorecard, annotations: Framework? = nil) -> String {
        var lines = [
            "{",
            "  \"format\": \(JSONText.string(ScorecardReader.format)),",
            "  \"framework\": \(JSONText.string(card.frameworkReference)),",
            "  \"unit\": \(JSONText.string(card.unit)),",
        ]
        if let district = card.district { lines.append("  \"district\": \(JSONText.string(district)),") }
        if let province = card.province { lines.append("  \"province\": \(JSONText.string(province)),") }
        lines.append("  \"year\": \(card.year),")
        lines.append("  \"criteria\": [")
        // Under a group of a framework of three levels or more, a leaf says what it belongs to.
        let deep = annotations?.nodes.contains { $0.depth > 1 } ?? false
        for (i, entry) in card.entries.enumerated() {
            lines.append("    " + criterion(entry, annotations, deep: deep) + (i < card.entries.count - 1 ? "," : ""))
        }
        var rest: [[String]] = []
        if let deductions = card.deductions {
            var block = ["  \"deductions\": ["]
            for (i, d) in deductions.enumerated() {
                block += deduction(d, last: i == deductions.count - 1)
            }
            rest.append(block + ["  ]"])
        }
        if let published = card.published { rest.append(["  \"published\": " + publishedObject(published)]) }
        lines.append(rest.isEmpty ? "  ]" : "  ],")
        for (i, block) in rest.enumerated() {
            lines += block.dropLast()
            lines.append((block.last ?? "") + (i < rest.count - 1 ? "," : ""))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func criterion(_ entry: ScoreEntry, _ annotations: Framework?, deep: Bool) -> String {
        var fields = ["\"id\": \(JSONText.string(entry.id))"]
        let node = annotations?.criterion(entry.id)
        if entry.na {
            fields.append("\"na\": true")
        } else if node?.survey == true || entry.survey != nil {
            fields.append("\"survey\": " + (entry.survey?.json ?? "null"))
        } else {
            for stage in annotations?.stages ?? Stage.allCases {
                fields.append("\"\(stage.rawValue)\": " + (entry.scores[stage]?.json ?? "null"))
            }
        }
        if let department = entry.department { fields.append("\"department\": \(JSONText.string(department))") }
        if let note = entry.note { fields.append("\"note\": \(JSONText.string(note))") }
        if let criterion = node {
            var extra = ["\"title\": \(JSONText.string(criterion.title))", "\"max\": \(criterion.max.json)"]
            if let parent = criterion.parentID, deep {
                extra.append("\"parent\": \(JSONText.string(parent))")
            }
            if criterion.optional { extra.append("\"optional\": true") }
            if criterion.kind != .regular { extra.append("\"kind\": \(JSONText.string(criterion.kind.rawValue))") }
            fields.append("\"extra\": { " + extra.joined(separator: ", ") + " }")
        }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    private static func deduction(_ d: Deduction, last: Bool) -> [String] {
        var fields = ["\"code\": \(JSONText.string(d.code))"]
        if let content = d.content { fields.append("\"content\": \(JSONText.string(content))") }
        if let reason = d.reason { fields.append("\"reason\": \(JSONText.string(reason))") }
        fields.append("\"points\": \(d.points.json)")
        if let remediation = d.remediation { fields.append("\"remediation\": \(JSONText.string(remediation))") }
        if !d.responsible.isEmpty { fields.append("\"responsible\": " + names(d.responsible)) }
        if !d.formerly.isEmpty { fields.append("\"formerly\": " + names(d.formerly)) }
        return ["    {"] + fields.enumerated().map { i, field in "      " + field + (i < fields.count - 1 ? "," : "") }
            + ["    }" + (last ? "" : ",")]
    }

    private static func names(_ names: [String]) -> String {
        "[" + names.map(JSONText.string).joined(separator: ", ") + "]"
    }

    private static func publishedObject(_ p: Published) -> String {
        var fields: [String] = []
        for stage in Stage.allCases {
            if let total = p.totals[stage] { fields.append("\"\(stage.rawValue)\": \(total.json)") }
        }
        if let rank = p.rank { fields.append("\"rank\": \(rank)") }
        if let of = p.of { fields.append("\"of\": \(of)") }
        return "{ " + fields.joined(separator: ", ") + " }"
    }
}
