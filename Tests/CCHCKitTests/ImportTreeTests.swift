import Foundation
import Testing

@testable import CCHCKit

/// `import` of a table scored against a tree framework (Fixtures/vi-du: optional, survey, bonus
/// and penalty criteria), whatever file it comes in: the entries a scorecard of that framework
/// has (SPEC §6), so that the table scores as the scorecard would.
@Suite struct ImportTreeTests {
    static let header = "STT\tLĩnh vực, tiêu chí\tĐiểm tối đa\tTự đánh giá\tThẩm định\tCTHĐ thẩm định"

    /// The table's criterion rows, with the rows given replaced.
    static func table(_ changes: [String: String] = [:]) -> String {
        let rows = [
            "1.1\tBan hành kế hoạch đúng thời hạn\t1\t1\t1\t1",
            "1.2\tMức độ hoàn thành kế hoạch\t2\t2\t1,5\t1,5",
            "2\tSáng kiến CCHC (nếu có)\t1\t\t\t",
            "3\tKiểm tra CCHC\t6\t6\t5,5\t5",
            "4.1\tHồ sơ giải quyết đúng hạn\t7\t6\t6\t6",
            "4.2\tHồ sơ trực tuyến toàn trình\t5\t5\t4,5\t4,5",
            "5.1\tThủ tục liên thông\t5\t4\t4\t4",
            "5.2\tThủ tục cấp xã đặc thù\t3\t2,5\t2,5\t2,5",
            "6\tMức độ hài lòng của người dân\t20\t17,3\t17,3\t17,3",
            "7\tĐánh giá của công chức (72,25 %)\t10\t7,23\t7,23\t7,23",
            "8.1\tThu ngân sách\t10\t8\t8\t8",
            "8.2\tKết cấu hạ tầng\t15\t12,5\t12,5\t12,5",
            "9\tQuốc phòng, an ninh\t15\t14\t14\t14",
            "10\tMô hình mới được tỉnh công nhận\t2\t\t\t",
            "11\tBị phê bình vì chậm báo cáo\t3\t0\t-0,5\t-0,5",
        ].map { row in changes[String(row.prefix { $0 != "\t" })] ?? row }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    static func run(_ text: String) throws -> (Scorecard?, [Diagnostic], Framework) {
        let fw = try FrameworkStore().open(Package.fixture("vi-du/framework.json")).get()
        let request = TableImport.Request(unit: "UBND xã An Bình", year: 2025, framework: fw, frameworkReference: "x")
        let (card, diagnostics) = TableImport.scorecard(
            criteria: SourceText(name: "vi-du.tsv", bytes: Array(text.utf8)), lost: nil, request: request,
            language: .en)
        return (card, diagnostics, fw)
    }

    // 2 left blank is not applicable (optional); 10 left blank is a bonus not earned; 11's
    // `-0,5` is a penalty of 0,5; 6's 17,3 points of 20 are a survey of 86,5 %; 7's percentage
    // is the one its title gives, 72,25 % (10 × 72,25 % = 7,225, 7,23 rounded).
    // Final: I 1 + 1,5 + 5 = 7,5 (2 does not apply); II 6 + 4,5 + 4 + 2,5 = 17; III 17,3 + 7,23
    // = 24,53; IV 8 + 12,5 + 14 = 34,5; regular 83,53, no bonus, penalty 0,5: total 83,03. The
    // applicable max is 100 − 1 = 99, so the index is 83,03 × 100 ÷ 99 = 83,868… → 83,87.
    @Test func optionalSurveyBonusAndPenalty() throws {
        let (card, diagnostics, fw) = try Self.run(Self.table())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let imported = try #require(card)
        #expect(imported.entry("2")?.na == true)
        #expect(imported.entry("10")?.scores == StageScores())
        #expect(imported.entry("11")?.scores[.final] == Points(hundredths: 50))
        #expect(imported.entry("11")?.scores[.selfAssessed] == .zero)
        #expect(imported.entry("6")?.survey == Points(hundredths: 8650))
        #expect(imported.entry("6")?.scores == StageScores())
        #expect(imported.entry("7")?.survey == Points(hundredths: 7225))
        let report = ScoreReport(scorecard: imported, framework: fw)
        #expect(report.totals[.final] == Points(hundredths: 8303))
        #expect(report.applicable == Points(hundredths: 9900))
        #expect(report.indices[.final] == Points(hundredths: 8387))
    }

    // Without the percentage in its title, 7's 7,23 points of 10 stand for 72,3 %, which gives
    // the same 7,23 points back; a survey row whose stages differ is an error at its row.
    @Test func aSurveyFromItsPoints() throws {
        let (card, _, _) = try Self.run(Self.table(["7": "7\tĐánh giá của công chức\t10\t7,23\t7,23\t7,23"]))
        #expect(card?.entry("7")?.survey == Points(hundredths: 7230))
        let (bad, diagnostics, _) = try Self.run(Self.table(["6": "6\tMức độ hài lòng\t20\t17,3\t17\t17,3"]))
        #expect(bad == nil)
        #expect(
            diagnostics.map(\.description) == [
                "vi-du.tsv:10:1: criterion 6: a survey criterion has the same points in every stage, but its "
                    + "score cells differ"
            ])
    }
}
