import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 16 (the parts that are messages and help).
@Suite struct SmallThingsTests {
    @Test func helpHelpAndStandardInputTwice() {
        let help = Package.run(["help", "help"])
        #expect(help.code == .success)
        #expect(help.stdout.hasPrefix("TỔNG QUAN: "))
        // `help --help` is help about help, not an unknown command.
        for words in [["help", "--help"], ["help", "-h"], ["help", "help", "--help"]] {
            let o = Package.run(words, language: .en)
            #expect(o.code == .success, "\(words)")
            #expect(o.stdout.hasPrefix("OVERVIEW: "), "\(words)")
            #expect(o.stderr.isEmpty, "\(words)")
        }
        #expect(Package.run(["help", "score", "--help"], language: .en).stdout.hasPrefix("OVERVIEW: Score"))
        // Standard input can be read once: one line, and the input refused (exit 2).
        let twice = Package.run(["check", "-", "-"], language: .en)
        #expect(twice.code == .invalidInput)
        #expect(twice.stderr == "<stdin>: standard input (-) is named twice\n")
        #expect(twice.stdout.isEmpty)
        #expect(Package.run(["check", "-", "-"]).stderr == "<stdin>: đầu vào chuẩn (-) được nêu hai lần\n")
    }

    /// The widest line of a text, in terminal columns.
    static func widest(_ text: String) -> (width: Int, line: String) {
        text.split(separator: "\n").map { (Text.width(String($0)), String($0)) }.max { $0.0 < $1.0 } ?? (0, "")
    }

    /// Every usage error and every help text fits in 100 columns, in both languages (usage lines
    /// printed on an error were up to 183 columns, `import`'s, on one line).
    @Test(arguments: [Language.vi, .en]) func usageAndHelpFitIn100Columns(_ language: Language) {
        var lines: [[String]] = [[], ["bogus"], ["help", "bogus"], ["--help"], ["framework"], ["framework", "bogus"]]
        for command in Tool.allCommands {
            let words = command.spec.name.split(separator: " ").map(String.init)
            lines += [words + ["--bogus"], words + ["--help"], words + ["--format", "no-such-format-at-all", "x"]]
        }
        lines.append(["framework", "--help"])
        for words in lines {
            let o = Package.run(words, language: language)
            for (stream, text) in [("stdout", o.stdout), ("stderr", o.stderr)] {
                let w = Self.widest(text)
                #expect(w.width <= 100, "\(words) \(stream): \(w.width) columns: \(w.line)")
            }
        }
        // The usage is wrapped between its words: `[--by <group>]` stays on one line.
        let usage = Package.run(["score"], language: language).stderr
        #expect(usage.contains("[--by <group>]"))
        #expect(usage.split(separator: "\n").count > 3)
    }

    /// A unit named `Ủy ban nhân dân thị trấn Chợ Chu huyện Định Hóa tỉnh Thái Nguyên` (64
    /// columns), composed or decomposed: no line of any text report or its messages is wider than
    /// 100 columns (a diff over a year of published figures warned in 115 to 120 columns).
    @Test(arguments: [false, true]) func aLongUnitNameFitsIn100Columns(decomposed: Bool) throws {
        let long = "Ủy ban nhân dân thị trấn Chợ Chu huyện Định Hóa tỉnh Thái Nguyên"
        let name = decomposed ? long.decomposedStringWithCanonicalMapping : long
        let folder = try TemporaryFolder()
        var files: [String] = []
        for year in 2021...2024 {
            let text = replacingOnce(
                try Package.fixtureText("binh-thanh-\(year).json"), #""unit": "UBND xã Bình Thành""#,
                "\"unit\": \"\(name)\"")
            files.append(try folder.write("binh-thanh-\(year).json", text))
        }
        let other = try folder.write(
            "other-2023.json",
            try String(contentsOfFile: files[2], encoding: .utf8).replacingOccurrences(
                of: decomposed ? "Chợ Chu".decomposedStringWithCanonicalMapping : "Chợ Chu", with: "Chợ Mới"))
        let runs: [[String]] = [
            ["score", files[2]], ["score", files[2], "--detail"], ["score", files[2], "--by", "responsible"],
            ["diff", files[2]], ["diff", files[1], files[2]], ["diff", files[2], files[3]],
            ["diff", files[2], other], ["rank", files[2], other], ["trend"] + files,
            ["framework", "show", "thai-nguyen-xa-2023"],
        ]
        for language in [Language.vi, .en] {
            for words in runs {
                let o = Package.run(words, language: language)
                #expect(o.code == .success, "\(words): \(o.stderr)")
                // The files' folder stands for the one a user runs in.
                for text in [o.stdout, o.stderr] {
                    let w = Self.widest(text.replacingOccurrences(of: folder.path + "/", with: ""))
                    #expect(w.width <= 100, "\(words.first ?? ""): \(w.width) columns: \(w.line)")
                }
            }
        }
    }

    /// The warning of a diff over a year of published figures leaves room for a file name of 25
    /// characters (`long-binh-thanh-2022.json: warning: ` is 36 columns); it was 84 in English.
    @Test func theDiffWarningLeavesRoomForAFileName() {
        for language in [Language.vi, .en] {
            for message in [
                Messages.comparingPublished(.final, missing: 54), Messages.noTotalToCompare(.final, missing: 54),
            ] {
                #expect(Text.width(message.text(language)) <= 64, "\(message.text(language))")
            }
        }
        #expect(
            Messages.comparingPublished(.final, missing: 1).en
                == "final incomplete (1 criterion not scored): published total used")
    }

    /// A name pasted into an issue must not notify anyone: GitHub ignores `\@`, so every `@` of a
    /// Markdown output is followed by a zero-width space.
    @Test func markdownEscapesTheAtSign() throws {
        #expect(MarkdownText.escape("UBND @xa") == "UBND @&#8203;xa")
        let folder = try TemporaryFolder()
        let text = replacingOnce(
            try Package.fixtureText(), #""unit": "UBND xã Bình Thành""#, #""unit": "UBND xã @binh-thanh""#)
        let card = try folder.write("c.json", text.replacingOccurrences(of: "Mạc Thị Lan", with: "@lan"))
        for words in [
            ["score", card], ["score", card, "--by", "responsible"], ["score", card, "--detail"], ["diff", card],
            ["rank", card], ["trend", card],
        ] {
            let out = Package.run(words + ["--format", "markdown"]).stdout
            #expect(out.contains("@&#8203;"), "\(words)")
            #expect(!out.replacingOccurrences(of: "@&#8203;", with: "").contains("@"), "\(words)")
        }
    }

    /// Blank scorecards, as `init` writes them: nothing to rank is a result (exit 0, SPEC §4 gives
    /// exit 1 to check and diff --exit-code only), one line for people, the usual shape for data.
    @Test func rankWithNoRankedUnitIsOneLine() throws {
        let folder = try TemporaryFolder()
        let a = folder.path + "/a.json"
        let b = folder.path + "/b.json"
        #expect(Package.run(["init", "--unit", "UBND xã A", "--year", "2023", "-o", a]).code == .success)
        #expect(Package.run(["init", "--unit", "UBND xã B", "--year", "2023", "-o", b]).code == .success)
        let line = "no unit to rank: 2 units are not fully scored for final"
        for format in ["text", "markdown", "json", "csv"] {
            let o = Package.run(["rank", a, b, "--format", format], language: .en)
            #expect(o.code == .success, "\(format)")
            #expect(o.stderr.isEmpty, "\(format)")
            #expect(o.stdout.contains(line) == (format == "text" || format == "markdown"), "\(format)")
        }
        // The text lists the units apart, as it does beside a ranking; Markdown is the one line.
        let text = Package.run(["rank", a, b], language: .en).stdout
        #expect(text.contains("final\n\nNot ranked (not fully scored):\n  UBND xã A"))
        #expect(!text.contains("Rank  Unit"))
        let markdown = Package.run(["rank", a, b, "--format", "markdown"], language: .en).stdout
        #expect(markdown == "## Ranking 2023 · final\n\n\(line)\n")
        let json = Package.run(["rank", a, b, "--format", "json"]).stdout
        #expect(json.contains("\"count\": 0,\n  \"mean\": null,\n  \"median\": null,"))
        #expect(json.components(separatedBy: "\"rank\": null").count == 3)
        #expect(json.contains("\"warnings\": []"))
        let csv = Package.run(["rank", a, b, "--format", "csv"]).stdout
        #expect(csv.contains("\nunit,2023,,UBND xã A,"))
        #expect(csv.contains("\nsummary,2023,,count,,0,"))
        #expect(
            Package.run(["rank", a, b]).stdout.contains(
                "không có đơn vị nào để xếp hạng: 2 đơn vị chưa chấm đủ điểm CTHĐ\n"))
        // It is written to -o as any result is.
        let out = folder.path + "/rank.md"
        #expect(Package.run(["rank", a, b, "--format", "markdown", "-o", out]).code == .success)
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(Package.run(["rank", a, Package.fixture("binh-thanh-2023.json")]).code == .success)
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
        // score's band line and rank's unranked row said "1 criteria missing".
        #expect(
            Package.run(["score", path], language: .en).stdout.contains(
                "not fully scored: 1 criterion missing\n"))
        let other = try folder.write(
            "d.json", text.replacingOccurrences(of: "UBND xã Bình Thành", with: "UBND xã Khác"))
        let rank = Package.run(["rank", other, Package.fixture("binh-thanh-2023.json")], language: .en).stdout
        #expect(rank.contains("UBND xã Khác            —  1 criterion missing\n"), "\(rank)")
        #expect(Labels.en.criteria(54) == "54 criteria" && Labels.vi.criteria(1) == "1 tiêu chí")
        #expect(Labels.en.rows(1) == "1 row" && Labels.en.rows(12) == "12 rows" && Labels.vi.rows(1) == "1 dòng")
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
