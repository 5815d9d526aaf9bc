import Foundation
import Testing

@testable import CCHCKit

/// The two tables of seed 002 as fixtures, and the other forms offices save them in, made from
/// the fixtures here rather than kept as more hand-made files.
enum Tables {
    static let criteriaName = "binh-thanh-2023-criteria.tsv"
    static let lostName = "binh-thanh-2023-lost.tsv"

    static func criteria() throws -> String { try Package.fixtureText(criteriaName) }
    static func lost() throws -> String { try Package.fixtureText(lostName) }

    /// The table saved as CSV: cells joined by `separator`, quoted (RFC 4180) where they hold it
    /// or a quote; optionally with `\r\n`, a byte-order mark, and `9.5` for `9,5` in number cells.
    static func csv(_ tsv: String, separator: String, crlf: Bool, bom: Bool, dotDecimals: Bool) -> String {
        let lines = tsv.components(separatedBy: "\n").map { line in
            line.components(separatedBy: "\t").map { cell -> String in
                var cell = cell
                if dotDecimals, isNumber(cell) { cell = cell.replacingOccurrences(of: ",", with: ".") }
                guard cell.contains(separator) || cell.contains("\"") else { return cell }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: separator)
        }
        return (bom ? "\u{FEFF}" : "") + lines.joined(separator: crlf ? "\r\n" : "\n")
    }

    /// `9,5`, `<b>15,25</b>`: a number cell, possibly in bold.
    private static func isNumber(_ cell: String) -> Bool {
        let bare = cell.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        return !bare.isEmpty && bare.allSatisfy { $0.isNumber || $0 == "," }
    }

    /// The built-in framework.
    static func framework() throws -> Framework {
        try FrameworkStore().open("thai-nguyen-xa-2023").get()
    }

    /// Imports tables given as text, as files named `criteriaFile` and `lostFile` would be.
    static func run(
        criteria: String, criteriaFile: String = "criteria.tsv", lost: String? = nil, lostFile: String = "lost.tsv"
    ) throws -> (Scorecard?, [Diagnostic]) {
        let request = TableImport.Request(
            unit: "UBND xã Bình Thành", year: 2023, framework: try framework(),
            frameworkReference: "thai-nguyen-xa-2023")
        return TableImport.scorecard(
            criteria: SourceText(name: criteriaFile, bytes: Array(criteria.utf8)),
            lost: lost.map { SourceText(name: lostFile, bytes: Array($0.utf8)) }, request: request)
    }
}

/// Everything a scorecard says, as plain lines, so that two scorecards compare field by field
/// and a difference shows which field.
func facts(_ card: Scorecard, publishedRank: Bool = true) -> [String] {
    var out = [
        "framework \(card.frameworkReference)", "unit \(card.unit)", "year \(card.year)",
    ]
    for e in card.entries {
        let scores = Stage.allCases.map { e.scores[$0]?.json ?? "null" }.joined(separator: " ")
        out.append("criterion \(e.id) \(scores) department=\(e.department ?? "-") note=\(e.note ?? "-")")
    }
    for d in card.deductions ?? [] {
        out.append(
            "deduction \(d.code) → \(d.criterionID) \(d.points.json) | \(d.content ?? "-") | \(d.reason ?? "-") | "
                + "\(d.remediation ?? "-") | \(d.responsible) | \(d.formerly)")
    }
    if let p = card.published {
        out.append("published " + Stage.allCases.map { p.totals[$0]?.json ?? "null" }.joined(separator: " "))
        if publishedRank { out.append("rank \(p.rank.map(String.init) ?? "-") of \(p.of.map(String.init) ?? "-")") }
    }
    return out
}
