import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 7: `rank`, `trend` and `diff` compare unit names one way (`Text.sameUnit`):
/// NFC, spaces trimmed and collapsed, and any case, Vietnamese capitals included.
@Suite(.serialized) struct UnitNameTests {
    @Test func oneComparison() {
        #expect(Text.sameUnit("UBND Xã Bình Thành", "UBND xã Bình Thành"))
        #expect(Text.sameUnit(" UBND  XÃ BÌNH THÀNH ", "UBND xã Bình Thành"))
        // A capital "Ứ" typed decomposed: U+0055 U+031B U+0301 (U, horn, acute).
        #expect(Text.sameUnit("UBND xã \u{55}\u{31B}\u{301}ng Hòa", "UBND xã ứng Hòa"))
        #expect(!Text.sameUnit("UBND xã Bình Thành", "UBND xã Bình Thạnh"))
    }

    // The seed's 2023 table imported with `--unit "UBND Xã Bình Thành"` (capital X) continues the
    // fixtures of 2021 and 2022 ("UBND xã Bình Thành"): one unit, shown as the oldest file spells
    // it. Totals 80,5 (2021, published), 80,5 (2022, published), 89,75 (2023, computed:
    // 9 + 7 + 17 + 20 + 7 + 5 + 9,5 + 15,25); change 89,75 − 80,5 = +9,25.
    @Test func trendOfOneUnitSpeltTwoWays() throws {
        let folder = try TemporaryFolder()
        let imported = folder.path + "/t23.json"
        let made = Package.run([
            "import", "Fixtures/binh-thanh-2023-criteria.tsv", "--unit", "UBND Xã Bình Thành", "--year", "2023",
            "-o", imported,
        ])
        #expect(made.code == .success, "\(made.stderr)")
        let o = Package.run(["trend", "Fixtures/binh-thanh-2021.json", "Fixtures/binh-thanh-2022.json", imported])
        #expect(o.code == .success, "\(o.stderr)")
        #expect(o.stdout.hasPrefix("Diễn biến: UBND xã Bình Thành · CTHĐ thẩm định\n"), "\(o.stdout)")
        // The imported file has no published rank, so its rank cell is empty.
        #expect(o.stdout.contains("\n2023  89,75  tính toán  Tốt          +9,25\n"), "\(o.stdout)")
    }

    // Two units still differ: the trend of Bình Thành with another commune's file is an error.
    @Test func trendOfTwoUnits() throws {
        let folder = try TemporaryFolder()
        let other = try folder.write(
            "other.json",
            replacingOnce(try Package.fixtureText(), #""unit": "UBND xã Bình Thành""#, #""unit": "UBND xã Phú Đình""#))
        let o = Package.run(["trend", "Fixtures/binh-thanh-2022.json", other])
        #expect(o.code == .invalidInput)
        #expect(o.stderr.contains("đơn vị \"UBND xã Phú Đình\" khác đơn vị của "), "\(o.stderr)")
    }

    // diff of one unit spelt two ways says nothing about units; of two units, one warning, and the
    // header names both.
    @Test func diffNamesTwoUnits() throws {
        let folder = try TemporaryFolder()
        let same = try folder.write(
            "same.json",
            replacingOnce(
                try Package.fixtureText(), #""unit": "UBND xã Bình Thành""#, #""unit": "UBND  XÃ Bình Thành""#))
        let other = try folder.write(
            "other.json",
            replacingOnce(try Package.fixtureText(), #""unit": "UBND xã Bình Thành""#, #""unit": "UBND xã Phú Đình""#))
        let quiet = Package.run(["diff", "Fixtures/binh-thanh-2023.json", same])
        #expect(quiet.code == .success)
        #expect(quiet.stderr == "", "\(quiet.stderr)")
        let loud = Package.run(["diff", "Fixtures/binh-thanh-2023.json", other])
        #expect(loud.code == .success)
        #expect(loud.stderr == "\(other): cảnh báo: hai tệp là của hai đơn vị khác nhau\n", "\(loud.stderr)")
        #expect(loud.stdout.hasPrefix("Cũ: UBND xã Bình Thành · 2023 · Fixtures/binh-thanh-2023.json\n"))
        #expect(loud.stdout.contains("\nMới: UBND xã Phú Đình · 2023 · \(other)\n"), "\(loud.stdout)")
    }
}

/// Issue 11, item 7: one name written twice in one deduction (the second time with a trailing
/// space) is a warning naming the deduction, at load, and counts once.
@Suite struct RepeatedNameTests {
    static func card() throws -> String {
        replacingOnce(
            try Package.fixtureText(), #""Nghiên cứu khắc phục trong năm 2024", "responsible": ["Mạc Thị Lan"] }"#,
            #""Nghiên cứu khắc phục trong năm 2024", "responsible": ["Mạc Thị Lan", "Mạc Thị Lan "] }"#)
    }

    static let warning =
        #"cảnh báo: dòng trừ điểm 1.6.1: trường "responsible" nêu "Mạc Thị Lan" hai lần; tính một lần"#

    // Mạc Thị Lan: 5.2 1,5 + 5.3 1,5 + 7.6 1 (shared with Ma Khánh Hiệu) + 1.6.1 0,5 = 4,5, one
    // row, and 1.6.1 is hers alone (no `*`). Counted twice it was 5 (or 3 and 1,5 and 0,5).
    @Test func countedOnce() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("card.json", try Self.card())
        let o = Package.run(["score", path, "--by", "responsible"])
        #expect(o.code == .success)
        let lines = o.stdout.split(separator: "\n").filter { $0.contains("Mạc") }
        #expect(lines == ["Mạc Thị Lan           4,5  5.2 1,5, 5.3 1,5, 7.6 1*, 1.6.1 0,5"], "\(o.stdout)")
        // Line 67 of the fixture holds 1.6.1's "responsible"; its array opens at column 76.
        #expect(o.stderr == "\(path):67:76: \(Self.warning)\n", "\(o.stderr)")
    }

    @Test func checkSaysItToo() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("card.json", try Self.card())
        let text = Package.run(["check", path])
        #expect(text.code == .success)
        #expect(text.stderr == "\(path):67:76: \(Self.warning)\n", "\(text.stderr)")
        #expect(Package.run(["check", "--strict", path]).code == .failure)
        let json = Package.run(["check", "--format", "json", path])
        #expect(json.stdout.contains(#""line": 67,"#))
        #expect(json.stdout.contains(#""id": "1.6.1","#), "\(json.stdout)")
        let github = Package.run(["check", "--format", "github", path])
        #expect(github.stdout.hasPrefix("::warning file=\(path),line=67,col=76,title=1.6.1::dòng trừ điểm 1.6.1: "))
    }
}

/// The same rule when a lost-points table is imported: `Mạc Thị Lan, Mạc  Thị Lan` in one row's
/// `Người phụ trách` cell is written once, with a warning at that cell.
@Suite struct ImportedRepeatedNameTests {
    @Test func writtenOnce() throws {
        let lost = replacingOnce(
            try Tables.lost(), "Nghiên cứu khắc phục trong năm 2024\tMạc Thị Lan\n",
            "Nghiên cứu khắc phục trong năm 2024\tMạc Thị Lan, Mạc  Thị Lan\n")
        let (card, diagnostics) = try Tables.run(criteria: try Tables.criteria(), lost: lost)
        #expect(card?.deductions?.first { $0.code == "1.6.1" }?.responsible == ["Mạc Thị Lan"])
        let warnings = diagnostics.filter { $0.severity == .warning }.map(\.description)
        // Line 2 of the table (1.6.1), at column 112, where its responsible cell starts.
        #expect(
            warnings == [
                "lost.tsv:2:112: cảnh báo: dòng trừ điểm 1.6.1: người phụ trách \"Mạc Thị Lan\" được nêu hai lần; "
                    + "tính một lần"
            ], "\(warnings)")
    }
}
