import Foundation
import Testing

@testable import CCHCKit

/// Findings of the review of issue 11: one sign for a penalty everywhere.
@Suite struct ReviewFindingsTests {
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
