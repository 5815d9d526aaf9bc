import Foundation
import Testing

@testable import CCHCKit

/// Importing the tables of seed 002, as pasted and in the other forms offices save them in.
@Suite struct ImportTests {
    /// What the fixture says, less what no table carries: district and province (the tables name
    /// neither) and the rank (not in the tables; the `Tổng` row gives only the three totals).
    func expectedFacts() throws -> [String] {
        let loaded = load(try Package.fixtureText(), name: "binh-thanh-2023.json")
        let card = try #require(loaded.scorecard)
        return facts(card, publishedRank: false)
    }

    /// Imports, writes the document, reads it back with the scorecard reader, as `score` would.
    func roundTrip(
        criteria: String, criteriaFile: String = "criteria.tsv", lost: String?, lostFile: String = "lost.tsv"
    )
        throws -> (Scorecard, [Diagnostic], String)
    {
        let (imported, diagnostics) = try Tables.run(
            criteria: criteria, criteriaFile: criteriaFile, lost: lost, lostFile: lostFile)
        let card = try #require(imported, "\(diagnostics)")
        let text = ScorecardJSON.render(card)
        let loaded = load(text, name: "imported.json")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return (try #require(loaded.scorecard), diagnostics, text)
    }

    @Test func theSeedTablesGiveTheFixture() throws {
        let (card, diagnostics, _) = try roundTrip(criteria: try Tables.criteria(), lost: try Tables.lost())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(card.district == nil && card.province == nil)
        #expect(card.published?.rank == nil && card.published?.of == nil)
        let actual = facts(card, publishedRank: false)
        let expected = try expectedFacts()
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) { #expect(a == e) }
    }

    /// The same tables saved the other ways a spreadsheet saves them.
    @Test(arguments: [
        ("semicolons, CRLF, BOM, dot decimals", ";", true, true, true),
        ("commas with quotes", ",", false, false, false),
        ("commas with quotes, CRLF, dot decimals", ",", true, false, true),
        ("semicolons, decimal commas", ";", false, true, false),
    ])
    func csvGivesTheSameScorecard(name: String, separator: String, crlf: Bool, bom: Bool, dots: Bool) throws {
        let criteria = Tables.csv(try Tables.criteria(), separator: separator, crlf: crlf, bom: bom, dotDecimals: dots)
        let lost = Tables.csv(try Tables.lost(), separator: separator, crlf: crlf, bom: bom, dotDecimals: dots)
        let (card, diagnostics, _) = try roundTrip(
            criteria: criteria, criteriaFile: "criteria.csv", lost: lost, lostFile: "lost.csv")
        #expect(diagnostics.isEmpty, "\(name): \(diagnostics)")
        #expect(facts(card, publishedRank: false) == (try expectedFacts()), "\(name)")
    }

    @Test func theWrittenDocumentIsStable() throws {
        let (_, _, first) = try roundTrip(criteria: try Tables.criteria(), lost: try Tables.lost())
        let (_, _, again) = try roundTrip(criteria: try Tables.criteria(), lost: try Tables.lost())
        #expect(first == again)
        #expect(first.contains("\n    { \"id\": \"7.13\", \"self\": 1.5, \"appraised\": 1.5, \"final\": 1.5 },\n"))
        #expect(first.hasSuffix("  \"published\": { \"self\": 97.5, \"appraised\": 93.75, \"final\": 89.75 }\n}\n"))
        #expect(!first.contains("<b>") && !first.contains("<i>"))
    }

    /// A slip in the criteria table: what it changes, and what the import must say.
    struct Slip: Sendable, CustomTestStringConvertible {
        var name: String
        var old: String
        var new: String
        /// The first message, exactly.
        var message: String
        /// Whether the import still gives a scorecard (warnings only).
        var imports: Bool
        var testDescription: String { name }
    }

    static let slips: [Slip] = [
        Slip(
            name: "7.13's max written 0,5, as seed 002's narrative has it",
            old: "7.13.\tSử dụng chữ ký số\t1,5", new: "7.13.\tSử dụng chữ ký số\t0,5",
            message: "criteria.tsv:57:25: tiêu chí 7.13: điểm tối đa 0,5 khác điểm tối đa của bộ chỉ số, 1,5",
            imports: false),
        Slip(
            name: "domain 5's self written 9,5 (its criteria add up to 8,5)",
            old: "<b>10</b>\t<b>8,5</b>", new: "<b>10</b>\t<b>9,5</b>",
            message: "criteria.tsv:28:51: cảnh báo: lĩnh vực 5: điểm tự đánh giá 9,5 khác tổng các tiêu chí, 8,5",
            imports: true),
        Slip(
            name: "row 5.3 deleted",
            old: "5.3.\tChất lượng đội ngũ cán bộ chủ chốt cấp xã\t1,5\t0\t0\t0\tVăn phòng - thống kê xã\n", new: "",
            message: "criteria.tsv: tiêu chí 5.3: không có trong bảng (Chất lượng đội ngũ cán bộ chủ chốt cấp xã)",
            imports: false),
        Slip(
            name: "an id the framework does not have",
            old: "7.16.\t", new: "7.17.\t",
            message: "criteria.tsv:61:1: tiêu chí 7.17: không có trong bộ chỉ số thai-nguyen-xa-2023 (có phải 7.16?)",
            imports: false),
        Slip(
            name: "a final score above the max",
            old: "1,0\t1,0\t1,0\t1,0\tVăn hoá - xã hội xã\n7.11", new: "1,0\t1,0\t1,0\t1,5\tVăn hoá - xã hội xã\n7.11",
            message: "criteria.tsv:54:44: tiêu chí 7.10: điểm CTHĐ 1,5 vượt điểm tối đa 1", imports: false),
        Slip(
            name: "a score that is not a number",
            old: "1.2.\tBáo cáo CCHC\t0,5\t0,5", new: "1.2.\tBáo cáo CCHC\t0,5\tnửa",
            message: "criteria.tsv:4:23: tiêu chí 1.2: điểm tự đánh giá \"nửa\" không phải là số", imports: false),
        Slip(
            name: "the total row's final written 90",
            old: "<b>93,75</b>\t<b>89,75</b>", new: "<b>93,75</b>\t<b>90</b>",
            message: "criteria.tsv:68:50: cảnh báo: dòng tổng: điểm CTHĐ 90 khác tổng các tiêu chí, 89,75",
            imports: true),
        Slip(
            name: "the same criterion twice",
            old: "1.3.\tKiểm tra CCHC", new: "1.2.\tKiểm tra CCHC",
            message: "criteria.tsv:5:1: tiêu chí 1.2: có hai lần (lần đầu ở dòng 4)", imports: false),
    ]

    @Test(arguments: slips)
    func aSlipInTheCriteriaTable(_ slip: Slip) throws {
        let table = replacingOnce(try Tables.criteria(), slip.old, slip.new)
        let (card, diagnostics) = try Tables.run(criteria: table)
        #expect(diagnostics.map(\.description).contains(slip.message), "\(diagnostics)")
        #expect((card != nil) == slip.imports)
        if slip.imports { #expect(diagnostics.allSatisfy { $0.severity == .warning }) }
    }

    @Test func theTotalRowIsWhatWasPublished() throws {
        let table = replacingOnce(try Tables.criteria(), "<b>93,75</b>\t<b>89,75</b>", "<b>93,75</b>\t<b>90</b>")
        let (card, _) = try Tables.run(criteria: table)
        #expect(try #require(card).published?.totals.final == Points(hundredths: 9000))
    }

    @Test(arguments: [
        (
            "<b>10,25</b>", "<b>10</b>", "lost.tsv:16:21: cảnh báo: dòng tổng: 10 khác tổng các dòng, 10,25",
            true
        ),
        (
            "11\t8.3.2.2\t", "11\t9.3.2.2\t",
            "lost.tsv:14:4: dòng trừ điểm 9.3.2.2: mã không thuộc tiêu chí nào của thai-nguyen-xa-2023", false
        ),
        (
            "Có xử lý vi phạm về đất đai\t0,5", "Có xử lý vi phạm về đất đai\t",
            "lost.tsv:15:112: dòng trừ điểm 8.5.2: ô số điểm trừ (Số điểm trừ) để trống", false
        ),
    ])
    func aSlipInTheLostTable(old: String, new: String, message: String, imports: Bool) throws {
        let lost = replacingOnce(try Tables.lost(), old, new)
        let (card, diagnostics) = try Tables.run(criteria: try Tables.criteria(), lost: lost)
        #expect(diagnostics.map(\.description).contains(message), "\(diagnostics)")
        #expect((card != nil) == imports)
    }

    @Test func domainsNumberedInRomanAreDomainRows() throws {
        var table = try Tables.criteria()
        for (n, roman) in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"].enumerated() {
            table = replacingOnce(table, "\n<b>\(n + 1)</b>\t", "\n\(roman).\t")
        }
        table = replacingOnce(table, "<b>10</b>\t<b>8,5</b>", "<b>10</b>\t<b>9,5</b>")
        let (card, diagnostics) = try Tables.run(criteria: table)
        #expect(card != nil)
        #expect(
            diagnostics.map(\.description) == [
                "criteria.tsv:28:45: cảnh báo: lĩnh vực 5: điểm tự đánh giá 9,5 khác tổng các tiêu chí, 8,5"
            ])
    }

    @Test func withoutTheLostTableThereIsNoDeductionsList() throws {
        let (card, diagnostics) = try Tables.run(criteria: try Tables.criteria())
        #expect(diagnostics.isEmpty)
        #expect(try #require(card).deductions == nil)
        #expect(!ScorecardJSON.render(try #require(card)).contains("deductions"))
    }

    @Test func aDepartmentOtherThanTheFrameworksIsKept() throws {
        let table = replacingOnce(
            try Tables.criteria(), "1.3.\tKiểm tra CCHC\t0,5\t0,5\t0,5\t0,5\tVăn phòng - thống kê xã",
            "1.3.\tKiểm tra CCHC\t0,5\t0,5\t0,5\t0,5\tTư pháp - hộ tịch xã")
        let (card, _) = try Tables.run(criteria: table)
        #expect(try #require(card).entry("1.3")?.department == "Tư pháp - hộ tịch xã")
        #expect(try #require(card).entry("1.2")?.department == nil)
    }
}
