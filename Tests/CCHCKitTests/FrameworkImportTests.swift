import Foundation
import Testing

@testable import CCHCKit

/// `cchc framework import`: a decision's criteria table as a framework file (SPEC §6).
@Suite struct FrameworkImportTests {
    static let table = "Fixtures/vi-du/framework-table.tsv"

    /// The national-style table of the vi-du framework (Roman domains, criteria 1…11 across the
    /// framework, sub-criteria 1.1…, titles in capitals, "(NẾU CÓ)", a survey domain, bonus and
    /// penalty, a Cách chấm điểm column, a Tổng cộng row) gives the same tree as the hand-written file.
    @Test func theNationalStyleGivesTheSameTree() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/imported.json"
        let outcome = Package.run([
            "framework", "import", Self.table, "--id", "vi-du-xa-2025", "--title", "Ví dụ", "--bands",
            "85 Xuất sắc, 70 Tốt, 50 Đạt, 0 Chưa đạt", "--years", "2024,2025", "-o", out,
        ])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        guard case .success(let imported) = FrameworkStore().open(out) else {
            Issue.record("the written framework does not load")
            return
        }
        let written = try FrameworkTreeTests.framework()
        func shape(_ f: Framework) -> [String] {
            f.nodes.map {
                "\($0.id) \($0.parentID ?? "-") \($0.max.json) \($0.optional) \($0.survey) \($0.kind.rawValue)"
                    + " \($0.department ?? "")"
            }
        }
        #expect(shape(imported) == shape(written))
        #expect(imported.bands == written.bands)
        #expect(imported.about.years == [2024, 2025])
        // The Cách chấm điểm column is kept under `extra`, row by row.
        #expect(imported.criterion("1.2")?.extra.map { "\($0.key): \($0.value)" } == ["Cách chấm điểm: 100%: 2"])
        // score --framework uses it as it is: Bình Minh's index is 96,72 (59 × 100 ÷ 61).
        let score = Package.run(["score", "--framework", out, "--format", "json", "Fixtures/vi-du/binh-minh-2025.json"])
        #expect(score.code == .success, "\(score.stderr)")
        #expect(score.stdout.contains("\"final\": 96.72"))
    }

    /// The prefix style (Thái Nguyên's): `1` a domain, `1.2` under it, `1.2.1` under that; a CSV
    /// with a quoted decimal comma.
    @Test func thePrefixStyle() throws {
        let folder = try TemporaryFolder()
        let table = try folder.write(
            "prefix.csv",
            "TT,Nội dung,Điểm chuẩn\n1,Công tác chỉ đạo,3\n1.1,Kế hoạch,1\n1.2,Báo cáo,\"2,0\"\n"
                + "1.2.1,Đúng hạn,1\n1.2.2,Đủ nội dung,1\n2,Điểm thưởng,1\n2.1,Sáng kiến,1\nTổng,,3\n")
        let outcome = Package.run(["framework", "import", table, "--id", "p", "--title", "P"])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        let (f, d) = FrameworkReader.read(SourceText(name: "p.json", bytes: Array(outcome.stdout.utf8)))
        let framework = try #require(f, "\(d)")
        #expect(framework.nodes.map(\.id) == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1"])
        #expect(framework.criterion("1.2.2")?.depth == 2)
        #expect(framework.criterion("2.1")?.kind == .bonus)
        // 1 + 2 = 3; the bonus domain is outside the max.
        #expect(framework.max.formatted() == "3")
    }

    /// Criterion 5's rows add up to 5 + 3 = 8, not the 7 written: an error at the 7, and the
    /// domain above it (20 against 12 + 7 = 19) too; nothing is written.
    @Test func aGroupThatDoesNotAddUpIsAnErrorAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let text = replacingOnce(
            try String(contentsOfFile: Package.root + "/" + Self.table, encoding: .utf8),
            "5\tDịch vụ công đặc thù (NẾU CÓ)\t8", "5\tDịch vụ công đặc thù (NẾU CÓ)\t7")
        let table = try folder.write("bad.tsv", text)
        let out = folder.path + "/out.json"
        let outcome = Package.run(
            ["framework", "import", table, "--id", "x", "--title", "X", "-o", out], language: .en)
        #expect(outcome.code == .invalidInput)
        #expect(
            outcome.stderr
                == "\(table):10:32: domain II: max 20 differs from the sum of its criteria, 19\n"
                + "\(table):14:33: criterion 5: max 7 differs from the sum of its sub-criteria, 8\n"
                + "nothing written: 2 errors in the table\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func bandsFromTheCommandLine() {
        #expect(
            (try? FrameworkTable.bands("90 Xuất sắc, 80 Tốt; 0 Yếu").get())?.map(\.label) == ["Xuất sắc", "Tốt", "Yếu"])
        #expect((try? FrameworkTable.bands("80 Tốt, 90 Xuất sắc").get()) == nil)
        #expect((try? FrameworkTable.bands("Tốt").get()) == nil)
    }
}
