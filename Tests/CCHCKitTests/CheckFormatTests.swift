import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 14: `check` for CI, every error and warning placed (SPEC §8).
@Suite struct CheckFormatTests {
    /// The fixture with 7.13's final written 2 (its max is 1,5) and a published final of 90
    /// where the criteria add up to 89,75.
    static func files(in folder: TemporaryFolder) throws -> (invalid: String, wrong: String) {
        let text = try Package.fixtureText()
        let invalid = try folder.write(
            "invalid.json",
            replacingOnce(
                text, #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
                #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 2"#))
        let wrong = try folder.write("wrong.json", replacingOnce(text, #""final": 89.75"#, #""final": 90"#))
        return (invalid, wrong)
    }

    /// Each file's line in English: An Bình 2024's total 73 out of an applicable 99 is the
    /// index 73,74 (FrameworkTreeTests), shown beside it; Bình Thành's 89,75 out of 100 is its
    /// own index. Without the 12 deduction rows, every criterion that lost points in the final
    /// is warned about: 3.1 lost 3,5 − 1,5 = 2, and the rows explain 0.
    @Test func theLinesInEnglish() throws {
        let o = Package.run(
            ["check", "Fixtures/vi-du/an-binh-2024.json", "Fixtures/binh-thanh-2023.json"], language: .en)
        #expect(o.code == .success, "\(o.stderr)")
        #expect(
            o.stdout.hasPrefix(
                "Fixtures/vi-du/an-binh-2024.json: ok (final 73 · index 73.74, Tốt)\n"
                    + "Fixtures/binh-thanh-2023.json: ok (final 89.75, Tốt)\n"))
        let folder = try TemporaryFolder()
        let text = try Package.fixtureText()
        let start = try #require(text.range(of: #""deductions": ["#))
        let end = try #require(text.range(of: #""published""#))
        let bare = try folder.write(
            "bare.json",
            text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: #""deductions": [],"# + "\n  "))
        let warned = Package.run(["check", bare], language: .en)
        #expect(
            warned.stderr.contains("\(bare):24:5: warning: 3.1: lost 2 in final, deductions explain 0\n"),
            "\(warned.stderr)")
    }

    @Test func jsonGivesEveryMessageAsAnObject() throws {
        let folder = try TemporaryFolder()
        let (invalid, wrong) = try Self.files(in: folder)
        let o = Package.run(["check", invalid, wrong, "--format", "json"], language: .en)
        #expect(o.code == .invalidInput)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        let error = try #require((files[0]["errors"] as? [[String: Any]])?.first)
        #expect(error["file"] as? String == invalid)
        #expect(error["line"] as? Int == 54)
        #expect(error["column"] as? Int == 61)
        #expect(error["id"] as? String == "7.13")
        #expect(error["severity"] as? String == "error")
        #expect(error["message"] as? String == "criterion 7.13: final 2 is above the max 1.5")
        let warning = try #require((files[1]["warnings"] as? [[String: Any]])?.first)
        #expect(warning["severity"] as? String == "warning")
        // The published final's field (SPEC §2, `published` {`final`}).
        #expect(warning["id"] as? String == "published.final")
        #expect(warning["message"] as? String == "published final 90 differs from the computed 89.75")
        #expect(warning["line"] as? Int == 111)
    }

    @Test func githubWritesWorkflowCommands() throws {
        let folder = try TemporaryFolder()
        let (invalid, wrong) = try Self.files(in: folder)
        let o = Package.run(["check", invalid, wrong, "--format", "github"])
        #expect(o.code == .invalidInput)
        let lines = o.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "::error file=\(invalid),line=54,col=61,title=7.13::tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5")
        #expect(
            lines.contains(
                "::warning file=\(wrong),line=111,col=61,title=published.final::điểm CTHĐ công bố 90 khác điểm tính được 89,75"
            ))
        #expect(lines.last == "2 tệp: 0 đúng, 1 sai, 1 không hợp lệ")
        // A message's own line break or `%` cannot end or corrupt the command.
        #expect(CheckCommand.FileResult.data("50% a\nb") == "50%25 a%0Ab")
        #expect(CheckCommand.FileResult.property("a,b:c") == "a%2Cb%3Ac")
    }
}
