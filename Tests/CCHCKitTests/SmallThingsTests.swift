import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 16 (the parts that are messages and help).
@Suite struct SmallThingsTests {
    @Test func helpHelpAndStandardInputTwice() {
        let help = Package.run(["help", "help"])
        #expect(help.code == .success)
        #expect(help.stdout.hasPrefix("TỔNG QUAN: "))
        let twice = Package.run(["check", "-", "-"], language: .en)
        #expect(twice.code == .usage)
        #expect(twice.stderr.hasPrefix("Error: standard input (-) is named twice\n"))
    }

    @Test func oneCriterionIsSingular() throws {
        let text = replacingOnce(
            try Package.fixtureText(), #""id": "1.1", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
            #""id": "1.1", "self": 1.5, "appraised": 1.5"#)
        let folder = try TemporaryFolder()
        let path = try folder.write("c.json", text)
        #expect(
            Package.run(["check", path], language: .en).stdout
                == "\(path): ok (final incomplete: 1 criterion not scored)\n")
    }

    @Test func theSizeMessageDoesNotContradictItself() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/over.json"
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        #expect(truncate(file, off_t(16 * 1024 * 1024 + 1)) == 0)
        let o = Package.run(["check", file], language: .en)
        #expect(o.stderr == "\(file): the file is larger than any scorecard (limit 16 MiB)\n")
    }

    @Test func rankAndTrendHelpHaveNoLostList() {
        for command in ["rank", "trend"] {
            let help = Package.run([command, "--help"], language: .en).stdout
            #expect(!help.contains("lost list"), "\(command)")
        }
        #expect(Package.run(["score", "--help"], language: .en).stdout.contains("lost list"))
        let diff = Package.run(["diff", "--help"], language: .en).stdout.split(whereSeparator: \.isWhitespace)
        #expect(diff.joined(separator: " ").contains("the two files are compared on one stage"))
    }
}
