import Foundation
import Testing

@testable import CCHCKit

/// Findings of the review of issue 11: one sign for a penalty everywhere, a file told by its
/// content, a framework file given for a scorecard.
@Suite struct ReviewFindingsTests {
    /// A text table renamed `x.docx` or `x.xlsx` was read as a TSV and imported with exit 0; the
    /// name says an office document, the content says text: one line, exit 2, nothing written.
    @Test(arguments: [("x.docx", "Word"), ("x.xlsx", "Excel"), ("x.ODS", "OpenDocument")])
    func textNamedAsAnOfficeDocumentIsRefused(name: String, kind: String) throws {
        let folder = try TemporaryFolder()
        let table = try String(contentsOfFile: Package.fixture("binh-thanh-2023-criteria.tsv"), encoding: .utf8)
        let path = try folder.write(name, table)
        let out = folder.path + "/out.json"
        let o = Package.run(
            ["import", path, "--unit", "UBND xã Bình Thành", "--year", "2023", "-o", out], language: .en)
        #expect(o.code == .invalidInput)
        let ext = String(name.dropFirst(2))
        let article = kind == "Word" ? "a" : "an"
        #expect(
            o.stderr.split(separator: "\n").first.map(String.init)
                == "\(path): the content is text, not \(article) \(kind) document: save it again in \(kind) "
                + "or rename .\(ext) to .tsv")
        #expect(!FileManager.default.fileExists(atPath: out))
        // The same in `framework import`, which reads tables the same way.
        let framework = Package.run(["framework", "import", path, "--id", "x", "--title", "X"], language: .en)
        #expect(framework.code == .invalidInput)
        #expect(framework.stderr.contains("not \(article) \(kind) document"))
    }

    /// The reverse: a real Word document renamed `.txt` is read as the Word document it is.
    @Test func aWordDocumentRenamedTextIsReadByItsContent() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/bang.txt"
        try FileManager.default.copyItem(atPath: Package.fixture("office/binh-thanh-2023.docx"), toPath: path)
        let o = Package.run(["import", path, "--unit", "UBND xã Bình Thành", "--year", "2023"], language: .en)
        #expect(o.code == .success, "\(o.stderr)")
        #expect(o.stdout.contains(#""id": "7.13""#))
    }

    /// A framework file given to `check` (or `score`) printed 12 errors about unknown and missing
    /// fields; it is one line naming what the file is and the command that reads it.
    @Test func aFrameworkFileIsNotAScorecard() {
        let path = "Fixtures/vi-du/framework.json"
        for words in [["check", path], ["score", path]] {
            let o = Package.run(words, language: .en)
            #expect(o.code == .invalidInput)
            #expect(o.stderr == "\(path):2:13: a framework file, not a scorecard: use 'cchc framework show'\n")
        }
        #expect(
            Package.run(["check", path]).stderr
                == "\(path):2:13: tệp bộ chỉ số, không phải bảng điểm: hãy dùng 'cchc framework show'\n")
        // The reverse: a scorecard where a framework is read (framework show, --framework) was
        // 11 errors; it is one.
        let card = "Fixtures/binh-thanh-2023.json"
        let show = Package.run(["framework", "show", card], language: .en)
        #expect(show.code == .invalidInput)
        #expect(
            show.stderr.hasSuffix("\(card):2:13: a scorecard, not a framework file: use 'cchc score' or 'cchc check'\n")
        )
        #expect(show.stderr.split(separator: "\n").count == 2, "\(show.stderr)")
        // A scorecard whose tag alone is wrong keeps the message about the tag.
        let tagged = Package.run(["check", "Tests/Hostile/format-framework/input.json"], language: .en).stderr
        #expect(tagged.contains("unknown format \"cchc-framework/1\""))
    }

    /// An Bình 2025's final: I 8,5 + II 17 + III 24,53 + IV 34,5 = 84,53 regular, + V 1 bonus,
    /// − VI 0,5 penalty = 85,03. `score` shows VI as -0,5, so that the column adds up to the
    /// total; `rank`, `trend` and `diff` showed 0,5, and `diff` a penalty that grew as a gain.
    @Test func aPenaltyIsNegativeInEveryReportAndFormat() throws {
        let anBinh = Package.fixture("vi-du/an-binh-2025.json")
        let before = Package.fixture("vi-du/an-binh-2024.json")
        let binhMinh = Package.fixture("vi-du/binh-minh-2025.json")
        /// The last figures of the line that starts with `prefix`, spaces aside.
        func line(_ words: [String], _ prefix: String) -> String {
            let o = Package.run(words, language: .en)
            let found = o.stdout.split(separator: "\n").first { $0.hasPrefix(prefix) } ?? ""
            return found.split(separator: " ").joined(separator: " ")
        }
        let score = line(["score", anBinh], "VI ")
        #expect(score.hasSuffix("3 0 -0.5 -0.5 —"), "\(score)")
        // rank: 2 An Bình … V 1, VI -0,5.
        #expect(line(["rank", anBinh, binhMinh], "   2 ").hasSuffix("1 -0.5"))
        // trend: 2024 penalty 1, 2025 0,5, both negative.
        #expect(line(["trend", before, anBinh], "VI ").hasSuffix("-1 -0.5"))
        // diff self → final: the penalty went 0 → 0,5, a loss of 0,5 as the total says (88,53 →
        // 85,03 is -3,5 = I -1,5 + II -0,5 + V -1 + VI -0,5).
        #expect(line(["diff", anBinh, "--from", "self", "--to", "final"], "VI ").hasSuffix(" 0 -0.5 -0.5"))
        // diff 2024 → 2025: the penalty went 1 → 0,5, a gain of 0,5.
        #expect(line(["diff", before, anBinh], "VI ").hasSuffix(" -1 -0.5 +0.5"))

        let json =
            try JSONSerialization.jsonObject(
                with: Data(Package.run(["score", anBinh, "--format", "json"]).stdout.utf8)) as? [String: Any]
        let domains = try #require(json?["domains"] as? [[String: Any]])
        let vi = try #require(domains.first { $0["id"] as? String == "VI" })
        #expect(vi["final"] as? Double == -0.5)
        #expect(vi["self"] as? Double == 0)
        let rank = Package.run(["rank", anBinh, binhMinh, "--format", "json"]).stdout
        #expect(rank.contains(#""VI": -0.5"#))
        let trend = Package.run(["trend", before, anBinh, "--format", "json"]).stdout
        #expect(trend.contains(#""VI": -1"#) && trend.contains(#""VI": -0.5"#))
        let csv = Package.run(["rank", anBinh, binhMinh, "--format", "csv"]).stdout
        #expect(csv.contains(",1,-0.5\r\n") || csv.contains(",1,-0.5\n"))
    }

    /// The best penalty is still the smallest: Bình Minh's 0 beats An Bình's -0,5.
    @Test func theBestPenaltyIsTheHighestFigure() throws {
        let reports = try ["an-binh-2025.json", "binh-minh-2025.json"].map { try FrameworkTreeTests.report($0) }
        let ranking = Ranking(
            reports.map { ($0, $0.scorecard.unit) }, framework: try FrameworkTreeTests.framework(), year: 2025,
            stage: .final)
        let best = try #require(ranking.best.first { $0.domain.id == "VI" })
        #expect(best.score == .zero)
        #expect(best.unit == "UBND xã Bình Minh")
    }
}
