import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 14: every message of `check --format json|github` that concerns a criterion
/// or a field carries its id (SPEC §8: `id`, criterion or field).
@Suite struct CheckIdTests {
    /// The fixture with 3.2's final 0 (its max and its other stages 14,5; no deduction row under
    /// 3.2), the published final 90,25, and 7.13's final left out.
    static func file(in folder: TemporaryFolder) throws -> String {
        var text = try Package.fixtureText()
        text = replacingOnce(
            text, #""id": "3.2", "self": 14.5, "appraised": 14.5, "final": 14.5"#,
            #""id": "3.2", "self": 14.5, "appraised": 14.5, "final": 0"#)
        text = replacingOnce(text, #""final": 89.75"#, #""final": 90.25"#)
        text = replacingOnce(
            text, #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
            #""id": "7.13", "self": 1.5, "appraised": 1.5"#)
        return try folder.write("card.json", text)
    }

    // final incomplete (7.13 missing): no total is computed, so the published final is not
    // compared; 3.2 lost 14,5 − 0 = 14,5 and no row explains it.
    @Test func jsonWarningsCarryTheirIds() throws {
        let folder = try TemporaryFolder()
        let path = try Self.file(in: folder)
        let o = Package.run(["check", path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let warnings = try #require(file["warnings"] as? [[String: Any]])
        let pairs = warnings.map { ($0["id"] as? String ?? "null", $0["message"] as? String ?? "") }
        #expect(
            pairs.map(\.0) == ["final", "3.2"]
                && pairs.map(\.1) == [
                    "điểm CTHĐ chưa chấm đủ, chưa chấm: 7.13",
                    "tiêu chí 3.2: mất 14.5 điểm CTHĐ, các dòng trừ điểm giải thích 0",
                ], "\(pairs)")
    }

    // With 7.13 scored, the final adds up to 89,75 − 14,5 = 75,25 against the published 90,25.
    @Test func thePublishedFieldIsTheId() throws {
        let folder = try TemporaryFolder()
        let text = replacingOnce(
            try String(contentsOfFile: try Self.file(in: folder), encoding: .utf8),
            #""id": "7.13", "self": 1.5, "appraised": 1.5"#,
            #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#)
        let path = try folder.write("scored.json", text)
        let o = Package.run(["check", path, "--format", "github"])
        #expect(o.code == .failure)
        let lines = o.stdout.split(separator: "\n").map(String.init)
        // The published figures are on line 111 of the fixture, the final at column 61; 3.2 on line 25.
        #expect(
            lines.contains(
                "::warning file=\(path),line=111,col=61,title=published.final::"
                    + "điểm CTHĐ công bố 90,25 khác điểm tính được 75,25"), "\(lines)")
        #expect(
            lines.contains(
                "::warning file=\(path),line=25,col=5,title=3.2::"
                    + "tiêu chí 3.2: mất 14,5 điểm CTHĐ, các dòng trừ điểm giải thích 0"), "\(lines)")
    }

    @Test func anIncompleteStageHasNoLineButItsField() throws {
        let folder = try TemporaryFolder()
        let o = Package.run(["check", try Self.file(in: folder), "--format", "github"])
        #expect(o.stdout.contains(",title=final::điểm CTHĐ chưa chấm đủ, chưa chấm: 7.13\n"), "\(o.stdout)")
    }

    @Test func errorsOfFieldsToo() {
        #expect(Messages.keyTwice("unit").id == "unit")
        #expect(Messages.unknownScorecardFormat("x", expected: "cchc-scorecard/1", isFramework: false).id == "format")
        #expect(Messages.yearNotInFramework(2023, "x", years: [2025]).id == "year")
        #expect(Messages.tooManyDecimals("points", "0.125").id == "points")
        #expect(Messages.mustBeBool("na", found: Messages.document).id == "na")
    }

    // A year out of range is an error about the field `year` (line 7 of the fixture).
    @Test func aYearOutOfRange() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "card.json", replacingOnce(try Package.fixtureText(), #""year": 2023"#, #""year": 1"#))
        let o = Package.run(["check", path, "--format", "github"])
        #expect(o.code == .invalidInput)
        #expect(o.stdout.hasPrefix("::error file=\(path),line=7,col=11,title=year::"), "\(o.stdout)")
    }
}
