import Foundation
import Testing

@testable import CCHCKit

/// The html, xlsx and docx writers over the report documents of the fixtures: golden pages and
/// golden XML parts (read back out of the archive), byte-stable archives, well-formed XML, and
/// the figures where a reader finds them.
@Suite struct DocumentWritersTests {
    static func report(_ name: String = "binh-thanh-2023", stage: Stage = .final) throws -> ScoreReport {
        let path = Package.root + "/Fixtures/\(name).json"
        let source = SourceText(name: "\(name).json", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let loaded = ScorecardReader.read(source, frameworks: FrameworkStore(), language: .vi)
        let scorecard = try #require(loaded.scorecard)
        let framework = try #require(loaded.framework)
        return ScoreReport(scorecard: scorecard, framework: framework, stage: stage)
    }

    static func score(_ language: Language = .vi, detail: Bool = false) throws -> ReportDocument {
        ReportDocument.score(try report(), language: language, detail: detail)
    }

    /// The archive's parts, each a header line and its XML with a line break between tags, so
    /// that a golden diff shows which element changed.
    static func partsText(_ archive: [UInt8]) throws -> String {
        let parts = try #require(unzipped(archive))
        return parts.map { part in
            let xml = String(decoding: part.data, as: UTF8.self).replacingOccurrences(of: "><", with: ">\n<")
            return "==> \(part.name) <==\n\(xml)\n"
        }.joined()
    }

    @Test func scoreHTML() throws {
        // The page itself is the golden case Golden/score-html; here, what it must hold.
        let html = HTMLWriter.page(try Self.score())
        // Figures and names as text, not only in pictures.
        for text in ["89,75", "Mạc Thị Lan", "Ma Đình Chung", "<svg", "lang=\"vi\""] {
            #expect(html.contains(text), "\(text)")
        }
        for forbidden in ["<script", "http://", "https://", "@import", "url("] {
            #expect(
                !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains(forbidden),
                "\(forbidden)")
        }
        #expect(XMLText.isWellFormed(Array(html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "").utf8)))
        #expect(HTMLWriter.page(try Self.score(.en)).contains("lang=\"en\""))
    }

    @Test func scoreXLSXGolden() throws {
        let document = try Self.score()
        let archive = XLSXWriter.write(document, options: .init())
        #expect(XLSXWriter.write(document, options: .init()) == archive)
        try expectGolden("score.xlsx.txt", try Self.partsText(archive))
        for part in try #require(unzipped(archive)) { #expect(XMLText.isWellFormed(part.data), "\(part.name)") }
        let sheet = try #require(unzipped(archive)?.first { $0.name == "xl/worksheets/sheet1.xml" })
        let xml = String(decoding: sheet.data, as: UTF8.self)
        // Domain 1 is rows 3–11 (1.1 to 1.9) under its own row 2; its final is 1,5+0,5+0,5+1,5+1,5
        // +0,5+1,5+0,5+1 = 9. The total row sums the eight domain rows: 9+7+17+20+7+5+9,5+15,25
        // = 89,75 in final, and 9,5+7+20+20+8,5+5+11,5+16 = 97,5 in self.
        #expect(xml.contains("<f>SUM(F3:F11)</f><v>9</v>"))
        #expect(xml.contains("<f>SUM(F2,F12,F19,F23,F27,F36,F41,F58)</f><v>89.75</v>"))
        #expect(xml.contains("<f>SUM(D2,D12,D19,D23,D27,D36,D41,D58)</f><v>97.5</v>"))
    }

    @Test func scoreDOCXGolden() throws {
        let document = try Self.score()
        let archive = DOCXWriter.write(document, options: .init())
        #expect(DOCXWriter.write(document, options: .init()) == archive)
        try expectGolden("score.docx.txt", try Self.partsText(archive))
        for part in try #require(unzipped(archive)) { #expect(XMLText.isWellFormed(part.data), "\(part.name)") }
        let word = DOCXWriter.wordDocument(document)
        let tables = word.sections.flatMap(\.blocks).compactMap { block -> WordDocument.Table? in
            if case .table(let t) = block { return t } else { return nil }
        }
        // Seed 002's appendix: a header, 8 domains, 54 criteria and Tổng (64 rows); a header, the
        // 12 deductions and Tổng cộng (14 rows) of 10,25 points.
        #expect(tables.map(\.rows.count) == [64, 14])
        #expect(tables.last?.rows.last?.cells[4].text == "10,25")
        #expect(tables.last?.rows.contains { $0.cells[6].text == "Trần Văn Ái (2023) → Ma Đình Chung" } == true)
    }

    /// The workbooks of rank, trend and diff as the command line writes them: golden XML parts,
    /// the same bytes twice, every part well-formed.
    @Test(arguments: [
        ("rank.xlsx.txt", ["rank", "Fixtures/binh-thanh-2023.json"]),
        ("trend.xlsx.txt", ["trend", "Fixtures/binh-thanh-2021.json", "Fixtures/binh-thanh-2023.json"]),
        ("diff.xlsx.txt", ["diff", "Fixtures/binh-thanh-2023.json", "--from", "self", "--to", "final"]),
    ])
    func reportWorkbooks(_ golden: String, _ words: [String]) throws {
        let outcome = Package.run(words + ["--format", "xlsx"])
        #expect(outcome.code == .success)
        let archive = outcome.bytes(.out)
        #expect(Package.run(words + ["--format", "xlsx"]).bytes(.out) == archive)
        try expectGolden(golden, try Self.partsText(archive))
        for part in try #require(unzipped(archive)) { #expect(XMLText.isWellFormed(part.data), "\(part.name)") }
    }

    /// The Word appendix and the workbook are what an office hands in: `import` reads each back
    /// to the same scorecard, so `score` of the imported file prints the same tables, band and
    /// lost points (everything after the title block, which holds the district and province the
    /// appendix does not). The workbook's lost-points sheet keeps the appendix's STT column and
    /// order, without which its 12 rows were once left behind unread.
    @Test(arguments: ["docx", "xlsx"]) func appendixImportsBack(_ format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-\(format)-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("phu-luc.\(format)").path
        let card = folder.appendingPathComponent("imported.json").path
        #expect(
            Package.run(["score", "Fixtures/binh-thanh-2023.json", "--format", format, "-o", document]).code
                == .success)
        let imported = Package.run(["import", document, "--unit", "UBND xã Bình Thành", "--year", "2023", "-o", card])
        #expect(imported.code == .success, "\(imported.stderr)")
        #expect(imported.stderr.contains("12"), "\(imported.stderr)")
        func body(_ text: String) -> String {
            text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        }
        let original = Package.run(["score", "Fixtures/binh-thanh-2023.json", "--detail"]).stdout
        let again = Package.run(["score", card, "--detail"]).stdout
        #expect(!body(original).isEmpty)
        #expect(body(again) == body(original))
    }

    /// A workbook is never written onto a terminal: `-o FILE`, or a standard output that is not
    /// one. Word writes only `score`'s appendix.
    @Test func binaryFormatsNeedAFileOrAPipe() throws {
        _ = Package.run([])  // into the package's folder, where the fixtures are
        let terminal = Environment(outputIsTerminal: true)
        let refused = Tool.run(["score", "Fixtures/binh-thanh-2023.json", "--format", "xlsx"], environment: terminal)
        #expect(refused.code == .usage)
        #expect(refused.bytes(.out).isEmpty)
        #expect(refused.stderr.contains("-o FILE"))
        let piped = Tool.run(
            ["score", "Fixtures/binh-thanh-2023.json", "--format", "docx"], environment: Environment())
        #expect(piped.code == .success)
        #expect(piped.bytes(.out).prefix(4) == [0x50, 0x4B, 0x03, 0x04])  // a ZIP's first local header
        let html = Tool.run(["score", "Fixtures/binh-thanh-2023.json", "--format", "html"], environment: terminal)
        #expect(html.code == .success)
        #expect(Package.run(["rank", "Fixtures/binh-thanh-2023.json", "--format", "docx"]).code == .usage)
        #expect(
            Package.run(["score", "Fixtures/binh-thanh-2023.json", "--by", "responsible", "--format", "docx"]).code
                == .usage)
    }

    /// A third level is one more indent in every format, not another code path.
    @Test func subCriterionIsOneMoreIndent() throws {
        let table = ReportDocument.Table(
            id: "criteria", name: "Tiêu chí",
            columns: [
                .init("id", ""), .init("title", "Tiêu chí", width: .wrap()), .init("final", "CTHĐ", alignment: .right),
            ],
            rows: [
                .init(
                    "domain", role: .group, depth: 0,
                    cells: [.text("I"), .text("Chỉ đạo"), .points(.init(hundredths: 300))]),
                .init(
                    "criterion", role: .group, depth: 1,
                    cells: [.text("1"), .text("Kế hoạch"), .points(.init(hundredths: 300))]),
                .init(
                    "criterion", depth: 2, cells: [.text("1.1"), .text("Ban hành"), .points(.init(hundredths: 100))]),
                .init(
                    "criterion", depth: 2, cells: [.text("1.2"), .text("Hoàn thành"), .points(.init(hundredths: 200))]),
            ])
        let document = ReportDocument(kind: .score, language: .vi, detail: true, blocks: [.init(.table(table))])
        #expect(HTMLWriter.page(document).contains("<tr class=\"group depth1\">"))
        #expect(HTMLWriter.page(document).contains("<tr class=\"depth2\">"))
        let sheet = try #require(XLSXWriter.workbook(document).sheets.first)
        #expect(sheet.rows[3].cells[1] == .text("Ban hành", indent: 2))
        // Domain I sums its criterion 1 (row 3), which sums 1.1 and 1.2 (rows 4–5): 1 + 2 = 3.
        #expect(sheet.rows[1].cells[2] == .sum(rows: [3]))
        #expect(sheet.rows[2].cells[2] == .sum(rows: [4, 5]))
        #expect(Workbook.value(of: sheet, row: 2, column: 2) == Points(hundredths: 300))
    }
}
