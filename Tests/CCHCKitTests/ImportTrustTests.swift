import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, items 1–6: `import` never writes a wrong scorecard (SPEC §5). Seed 002's table
/// (Fixtures/binh-thanh-2023-criteria.tsv) in the forms offices send it.
@Suite(.serialized) struct ImportTrustTests {
    static let unit = ["--unit", "UBND xã Bình Thành", "--year", "2023"]

    /// The table's rows as cells, changed by `change` and written back as a file.
    static func table(in folder: TemporaryFolder, _ name: String = "t.tsv", _ change: ([String]) -> [String]?)
        throws -> String
    {
        let rows = try Tables.criteria().split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let text = rows.compactMap { change($0).map { $0.joined(separator: "\t") } }.joined(separator: "\n")
        return try folder.write(name, text)
    }

    /// The totals `score --format json` gives for an imported file.
    static func totals(_ card: String) throws -> [String: Any] {
        let json = Package.run(["score", card, "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["totals"] as? [String: Any])
    }

    // 1. Row 1.9 with its numbers blanked: exit 2 naming 1.9, nothing written (today: written
    // with 1.9 unscored, exit 0).
    @Test func aCriterionRowWithoutNumbersIsAnError() throws {
        let folder = try TemporaryFolder()
        let path = try Self.table(in: folder) { cells in
            guard cells.first == "1.9." else { return cells }
            return [cells[0], cells[1], "", "", "", "", cells[6]]
        }
        let out = folder.path + "/out.json"
        let o = Package.run(["import", path] + Self.unit + ["-o", out])
        #expect(o.code == .invalidInput)
        #expect(o.stderr.hasPrefix("\(path):11:"), "\(o.stderr)")
        #expect(o.stderr.contains("tiêu chí 1.9: dòng không có số nào"))
        #expect(!FileManager.default.fileExists(atPath: out))
        // One blank stage cell where the other rows have scores: an error too.
        let one = try Self.table(in: folder, "one.tsv") { cells in
            cells.first == "1.9." ? [cells[0], cells[1], cells[2], cells[3], "", cells[5], cells[6]] : cells
        }
        let e = Package.run(["import", one] + Self.unit, language: .en)
        #expect(e.code == .invalidInput)
        #expect(e.stderr.contains("criterion 1.9: appraised is blank where the other rows have scores"))
    }

    // 1. A Word line break cut row 1.9 in two: its numbers are on the next line.
    @Test func aRowBrokenAcrossTwoLinesIsReportedAsSuch() throws {
        let folder = try TemporaryFolder()
        let path = try Self.table(in: folder) { cells in
            guard cells.first == "1.9." else { return cells }
            return [cells[0], cells[1] + "\n(tiếp)", cells[2], cells[3], cells[4], cells[5], cells[6]]
        }
        let o = Package.run(["import", path] + Self.unit, language: .en)
        #expect(o.code == .invalidInput)
        #expect(o.stderr.contains("criterion 1.9: the row looks broken across two lines"), "\(o.stderr)")
        #expect(o.stdout.isEmpty)
    }

    // 2. The Tự đánh giá and Thẩm định columns swapped, header and all: read by their header,
    // the totals are the seed's 97,5 / 93,75 / 89,75 (its Tổng row), not swapped.
    @Test func swappedColumnsAreReadByTheirHeader() throws {
        let folder = try TemporaryFolder()
        let path = try Self.table(in: folder) { c in
            c.count >= 6 ? [c[0], c[1], c[2], c[4], c[3]] + c[5...] : c
        }
        let out = folder.path + "/out.json"
        let o = Package.run(["import", path] + Self.unit + ["-o", out])
        #expect(o.code == .success, "\(o.stderr)")
        let totals = try Self.totals(out)
        #expect(totals["self"] as? Double == 97.5)
        #expect(totals["appraised"] as? Double == 93.75)
        #expect(totals["final"] as? Double == 89.75)
    }

    // 2. Only the self-assessment column (as at self-assessment time): self 97,5 (the Tổng row's
    // figure), the other stages unscored, one line saying so. A table with no stage column is
    // one error (today twenty lines about the department column).
    @Test func onlyTheSelfColumnAndNoStageColumn() throws {
        let folder = try TemporaryFolder()
        let path = try Self.table(in: folder) { c in c.count >= 7 ? [c[0], c[1], c[2], c[3], c[6]] : c }
        let out = folder.path + "/out.json"
        let o = Package.run(["import", path] + Self.unit + ["-o", out])
        #expect(o.code == .success, "\(o.stderr)")
        #expect(o.stderr.hasPrefix("\(path): cảnh báo: bảng chưa có điểm thẩm định, điểm CTHĐ: để trống, chưa chấm\n"))
        let totals = try Self.totals(out)
        #expect(totals["self"] as? Double == 97.5)
        #expect(totals["appraised"] is NSNull)
        #expect(totals["final"] is NSNull)

        let none = try Self.table(in: folder, "none.tsv") { c in c.count >= 7 ? [c[0], c[1], c[2], c[6]] : c }
        let n = Package.run(["import", none] + Self.unit)
        #expect(n.code == .invalidInput)
        #expect(n.stderr.split(separator: "\n").count == 1, "\(n.stderr)")
        #expect(n.stderr.hasPrefix("\(none):1:1: bảng không có cột điểm nào"))
    }

    // 2. A blank stage column in every row (before the appraisal): that stage unscored.
    @Test func aStageColumnBlankInEveryRowIsUnscored() throws {
        let folder = try TemporaryFolder()
        let path = try Self.table(in: folder) { c in
            guard c.count >= 7, c[0] != "STT" else { return c }
            return [c[0], c[1], c[2], c[3], "", "", c[6]]
        }
        let o = Package.run(["import", path] + Self.unit, language: .en)
        #expect(o.code == .success, "\(o.stderr)")
        #expect(o.stderr.contains("warning: the table has no appraised, final scores: left unscored"))
        #expect(o.stdout.contains(#""id": "1.1", "self": 1.5, "appraised": null, "final": null }"#))
    }

    // 3. Excel's "Unicode Text": UTF-16LE with a byte-order mark and CRLF gives the same
    // scorecard as the UTF-8 table.
    @Test func unicodeTextFromExcel() throws {
        let folder = try TemporaryFolder()
        let text = try Tables.criteria().replacingOccurrences(of: "\n", with: "\r\n")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = folder.path + "/unicode.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let utf16 = Package.run(["import", path] + Self.unit)
        #expect(utf16.code == .success, "\(utf16.stderr)")
        let utf8 = Package.run(["import", Package.fixture(Tables.criteriaName)] + Self.unit)
        #expect(utf16.stdout == utf8.stdout)
        #expect(utf16.stdout.contains(#""published": { "self": 97.5, "appraised": 93.75, "final": 89.75 }"#))
    }

    // 4. The ids of 5.2 and 5.3 swapped: a warning on each row naming the other. Titles that
    // only read differently (the fixture's own, against the framework's) stay silent.
    @Test func aTitleThatIsAnotherCriterionsIsAWarning() throws {
        let folder = try TemporaryFolder()
        let path = try Self.table(in: folder) { c in
            switch c.first {
            case "5.2.": return ["5.3."] + c.dropFirst()
            case "5.3.": return ["5.2."] + c.dropFirst()
            default: return c
            }
        }
        let o = Package.run(["import", path] + Self.unit, language: .en)
        let warnings = o.stderr.split(separator: "\n").filter { $0.contains("title") }
        #expect(warnings.count == 2, "\(o.stderr)")
        #expect(o.stderr.contains("criterion 5.3: the title written here is criterion 5.2's"))
        #expect(o.stderr.contains("criterion 5.2: the title written here is criterion 5.3's"))
        let plain = Package.run(["import", Package.fixture(Tables.criteriaName)] + Self.unit)
        #expect(plain.stderr.isEmpty)
    }

    // 5. `-0,5` in Số điểm trừ is 0,5 points lost (today: "points -0,5 must be above 0").
    @Test func aDeductionWithAMinusSign() throws {
        let lost = replacingOnce(
            try Tables.lost(), "Không có sáng kiến cấp tỉnh\t0,5", "Không có sáng kiến cấp tỉnh\t-0,5")
        let (card, diagnostics) = try Tables.run(criteria: try Tables.criteria(), lost: lost)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let row = try #require(card?.deductions?.first { $0.code == "1.6.1" })
        #expect(row.points == Points(hundredths: 50))
    }

    // 5. `-o /dev/null` needs no --force; --district and --province fill those fields.
    @Test func aDeviceAndTheDistrict() throws {
        let null = Package.run(["import", Package.fixture(Tables.criteriaName)] + Self.unit + ["-o", "/dev/null"])
        #expect(null.code == .success, "\(null.stderr)")
        let o = Package.run(
            ["import", Package.fixture(Tables.criteriaName)] + Self.unit
                + ["--district", "Định Hóa", "--province", " Thái Nguyên "])
        #expect(o.stdout.contains(#""district": "Định Hóa""#))
        #expect(o.stdout.contains(#""province": "Thái Nguyên""#))
    }

    // 6. "Did you mean" prefers an id the file leaves out: in a scorecard `7.l1` is 7.11 (7.1 is
    // there); in a table `8.6.` is 8.5 when 8.5 is the row missing; `1,1` as an id gets a hint.
    @Test func suggestionsPreferMissingIDs() throws {
        let card = replacingOnce(try Package.fixtureText(), #""id": "7.11""#, #""id": "7.l1""#)
        let loaded = load(card, language: .en)
        #expect(
            loaded.diagnostics.first?.message
                == "criterion 7.l1: not in framework thai-nguyen-xa-2023 (did you mean 7.11?)")
        let folder = try TemporaryFolder()
        let table = try Self.table(in: folder) { c in
            switch c.first {
            case "8.5.": return ["8.6."] + c.dropFirst()
            case "1.1.": return ["1,1"] + c.dropFirst()
            default: return c
            }
        }
        let o = Package.run(["import", table] + Self.unit, language: .en)
        #expect(
            o.stderr.contains("criterion 8.6: not in framework thai-nguyen-xa-2023 (did you mean 8.5?)"), "\(o.stderr)")
        #expect(o.stderr.contains(#"row skipped: "1,1" is not an id (did you mean 1.1?)"#))
    }
}
