import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 10: Bình Thành's deduction rows 3.1.2 (1,5) and 3.1.4 (0,5) explain 3.1's loss
/// at the final (max 3,5 − final 1,5 = 2), not at the appraisal (3,5 − 3 = 0,5). With
/// `--stage appraised` 3.1 stands on its own for 0,5, and the rows are shown beside it, saying
/// they were written for the final; they are not counted.
@Suite struct OtherStageRowsTests {
    @Test func theRowsStandBesideTheirCriterion() throws {
        let report = try fixtureReport(stage: .appraised)
        let item = try #require(report.lost.first { $0.code == "3.1" })
        #expect(item.points == Points(hundredths: 50))  // 3,5 − 3
        #expect(!item.fromDeduction)
        #expect(item.otherStage == .final)
        #expect(item.otherStageRows.map(\.code) == ["3.1.2", "3.1.4"])
        #expect(item.otherStageRows.map(\.points) == [Points(hundredths: 150), Points(hundredths: 50)])
        // Not counted: the list still adds up to 100 − 93,75 = 6,25.
        #expect(report.lost.reduce(Points.zero) { $0 + $1.points } == Points(hundredths: 625))
        #expect(!report.lost.contains { $0.code == "3.1.2" || $0.code == "3.1.4" })
        // At the final the rows are the loss itself: 1,5 + 0,5 = 2.
        let final = try fixtureReport()
        #expect(final.lost.filter { $0.criterionID == "3.1" }.map(\.code) == ["3.1.2", "3.1.4"])
        #expect(!final.lost.contains { $0.otherStage != nil })
    }

    @Test func everyFormatSaysWhichStage() throws {
        let file = Package.fixture("binh-thanh-2023.json")
        let text = Package.run(["score", file, "--stage", "appraised"]).stdout
        #expect(!text.contains("không có dòng trừ điểm)\n3.1.2"))
        #expect(text.contains("3.1           0,5  Công tác kiểm soát thủ tục hành chính (TTHC)\n"))
        #expect(text.contains("(bộ phận phụ trách; dòng trừ điểm 3.1.2,\n                   3.1.4 viết cho điểm CTHĐ)"))
        #expect(
            text.contains(
                "3.1.2       (1,5)  Thực hiện rà soát TTHC\n"
                    + "                   Dòng trừ điểm viết cho điểm CTHĐ, không tính vào điểm thẩm định\n"))
        #expect(text.contains("Nội dung bị mất điểm (thẩm định): 6,25 điểm, 8 dòng"))
        let english = Package.run(["score", file, "--stage", "appraised"], language: .en).stdout
        #expect(english.contains("A deduction row written for the final stage, not counted in the appraised stage"))
        #expect(english.contains("(department; the deduction rows 3.1.2, 3.1.4"))

        let markdown = Package.run(["score", file, "--stage", "appraised", "--format", "markdown"]).stdout
        #expect(
            markdown.contains(
                "| 3.1.4 | (0,5) | Rà soát, phê duyệt phương án cắt giảm, đơn giản hóa TTHC nội bộ giữa các cơ quan "
                    + "nhà nước thuộc thẩm quyền của địa phương | Dòng trừ điểm viết cho điểm CTHĐ, không tính vào "
                    + "điểm thẩm định |"))

        let csv = Package.run(["score", file, "--stage", "appraised", "--format", "csv"]).stdout
        let rows = csv.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("lost_other_stage,") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains(",3.1.2,Thực hiện rà soát TTHC,1.5,final,") == true)

        let json = Package.run(["score", file, "--stage", "appraised", "--format", "json"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lost = try #require(document["lost"] as? [[String: Any]])
        let item = try #require(lost.first { $0["code"] as? String == "3.1" })
        #expect(item["points"] as? Double == 0.5)
        #expect(item["deductions_written_for"] as? String == "final")
        let deductions = try #require(item["deductions"] as? [[String: Any]])
        #expect(deductions.compactMap { $0["code"] as? String } == ["3.1.2", "3.1.4"])
        #expect(deductions.compactMap { $0["points"] as? Double } == [1.5, 0.5])

        // The appendix (HTML, Word, Excel) lists what the stage lost, 3.1 naming the rows; the
        // rows follow in a table of their own, titled as not counted.
        let html = Package.run(["score", file, "--stage", "appraised", "--format", "html"]).stdout
        #expect(html.contains("(bộ phận phụ trách; dòng trừ điểm 3.1.2, 3.1.4 viết cho điểm CTHĐ)"))
        #expect(html.contains("<h4>Dòng trừ điểm viết cho giai đoạn khác, không tính vào điểm thẩm định</h4>"))
        #expect(
            html.contains(
                "<tr><td>3.1</td><td>3.1.2</td><td>Thực hiện rà soát TTHC</td><td class=\"num\">(1,5)</td>"
                    + "<td>CTHĐ</td><td>Lần 1 được chấm điểm tối đa"))
        #expect(html.contains("<td class=\"num\">(0,5)</td><td>CTHĐ</td><td>Tài liệu minh chứng không phù hợp</td>"))
    }

    /// The Word appendix and the workbook carry the rows too, after the lost-points table, and
    /// `import` reads back only the deductions the appraisal lost: 7 rows (0,5 + 1 + 1,5 + 1,5 +
    /// 0,5 + 0,25 + 0,5 = 5,75), not 3.1.2 nor 3.1.4. The appendix's 3.1 row, its department
    /// standing in for its 0,5 (6,25 − 5,75), is the criterion's loss, not a deduction: read as
    /// one, it wrote "BPCM xã (bộ phận phụ trách" as a person's name.
    @Test(arguments: ["docx", "xlsx"]) func officeDocumentsCarryTheRows(_ format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-other-\(format)-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("phu-luc.\(format)").path
        let card = folder.appendingPathComponent("imported.json").path
        let file = Package.fixture("binh-thanh-2023.json")
        #expect(
            Package.run(["score", file, "--stage", "appraised", "--format", format, "-o", document]).code == .success)
        let parts = try #require(unzipped(Array(try Data(contentsOf: URL(fileURLWithPath: document)))))
        let xml = parts.map { String(decoding: $0.data, as: UTF8.self) }.joined()
        for text in ["3.1.2", "3.1.4", "(1,5)", "(0,5)", "Chưa đảm bảo tỷ lệ cắt giảm 4%", "Nguyễn Thị Dung"] {
            #expect(xml.contains(text), "\(text)")
        }
        #expect(
            xml.contains(format == "docx" ? "Dòng trừ điểm viết cho giai đoạn khác" : "Không tính vào điểm thẩm định"))
        let imported = Package.run(["import", document, "--unit", "UBND xã Bình Thành", "--year", "2023", "-o", card])
        #expect(imported.code == .success, "\(imported.stderr)")
        #expect(imported.stderr.contains("7 dòng trừ điểm"), "\(imported.stderr)")
        #expect(!imported.stderr.contains("cảnh báo"), "\(imported.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: card))) as? [String: Any])
        let rows = try #require(json["deductions"] as? [[String: Any]])
        let codes = rows.compactMap { ($0["code"] ?? $0["criterion"]) as? String }
        #expect(!codes.contains("3.1") && !codes.contains("3.1.2") && !codes.contains("3.1.4"))
        #expect(rows.count == 7)
        let names = rows.flatMap { $0["responsible"] as? [String] ?? [] }
        #expect(!names.contains { $0.contains("bộ phận") || $0.contains("dòng trừ điểm") }, "\(names)")
        // Scored again, the appraisal still lost 6,25: 3.1's 0,5 under its department.
        let again = Package.run(["score", card, "--stage", "appraised"])
        #expect(again.stdout.contains("Nội dung bị mất điểm (thẩm định): 6,25 điểm, 8 dòng"), "\(again.stdout)")
    }

    /// What `score`'s appendix writes for a criterion's department standing in for a deduction
    /// row, in either language, against a hand-over and plain names that must stay deductions.
    @Test func aDepartmentStandingInIsNoDeduction() {
        #expect(Responsibility.isDepartmentStandIn("— (bộ phận phụ trách; không có dòng trừ điểm)"))
        #expect(
            Responsibility.isDepartmentStandIn(
                "Văn phòng - TK xã, BPCM xã (bộ phận phụ trách; dòng trừ điểm 3.1.2, 3.1.4 viết cho điểm CTHĐ)"))
        #expect(Responsibility.isDepartmentStandIn("Office (department; no deduction row)"))
        #expect(!Responsibility.isDepartmentStandIn("Trần Văn Ái (2023) → Ma Đình Chung"))
        #expect(!Responsibility.isDepartmentStandIn("Mạc Thị Lan, các BPCM xã"))
        #expect(!Responsibility.isDepartmentStandIn("Công an, quân sự (bộ phận)"))
    }

    /// Issue 11, item 10's edge: without the 3.1.4 row, 3.1.2 (1,5) explains neither the
    /// appraisal's loss (3,5 − 3 = 0,5) nor the final's (3,5 − 1,5 = 2). 3.1 still stands for its
    /// 0,5, but is never said to have no deduction row: 3.1.2 is shown beside it, not counted.
    @Test func rowsThatMatchNoStageAreShownToo() throws {
        let text = try Package.fixtureText()
        let start = try #require(text.range(of: "{ \"code\": \"3.1.4\""))
        let end = try #require(text.range(of: "{ \"code\": \"3.3.2\"", range: start.upperBound..<text.endIndex))
        let card = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-no-314-\(getpid()).json")
        try (text[..<start.lowerBound] + text[end.lowerBound...]).write(to: card, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: card) }
        let markdown = Package.run(["score", card.path, "--stage", "appraised", "--format", "markdown"]).stdout
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| 3.1 |") })
        #expect(!line.contains("không có dòng trừ điểm"), "\(line)")
        #expect(line.contains("dòng trừ điểm 3.1.2 không khớp số điểm mất của giai đoạn nào"), "\(line)")
        #expect(markdown.contains("| 3.1.2 | (1,5) | Thực hiện rà soát TTHC | Dòng trừ điểm không khớp số điểm mất"))
        // Not counted: 6,25 still (the 0,5 of 3.1 as before).
        let plain = Package.run(["score", card.path, "--stage", "appraised"]).stdout
        #expect(plain.contains("Nội dung bị mất điểm (thẩm định): 6,25 điểm, 8 dòng"))
        let english = Package.run(["score", card.path, "--stage", "appraised"], language: .en).stdout
        #expect(english.contains("(department; the deduction rows 3.1.2 match"))
        let json = Package.run(["score", card.path, "--stage", "appraised", "--format", "json"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lost = try #require(document["lost"] as? [[String: Any]])
        let item = try #require(lost.first { $0["code"] as? String == "3.1" })
        #expect(item["deductions_written_for"] is NSNull)
        let rows = try #require(item["deductions"] as? [[String: Any]])
        #expect(rows.compactMap { $0["code"] as? String } == ["3.1.2"])
    }
}
