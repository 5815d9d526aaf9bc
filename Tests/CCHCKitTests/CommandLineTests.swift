import Foundation
import Testing

@testable import CCHCKit

/// The tool run in-process: arguments, exit codes, where messages go.
@Suite(.serialized) struct CommandLineTests {
    let fixture = "Fixtures/binh-thanh-2023.json"

    @Test func scoreShowsThePublishedFigures() {
        let o = Package.run(["score", fixture])
        #expect(o.code == .success)
        #expect(o.stderr.isEmpty)
        for figure in [
            "100", "97,5", "93,75", "89,75", "10,25", "Tốt", "Mạc Thị Lan", "Nguyễn Thị Dung",
            "Ma Khánh Hiệu", "Trần Văn Ái (2023) → Ma Đình Chung", "Nguyễn Trọng Hiếu (2023) → Ma Đình Chung",
        ] {
            #expect(o.stdout.contains(figure), "missing \(figure)")
        }
    }

    @Test func noLineIsWiderThan100Columns() {
        for args in [
            ["score", fixture, "--detail"], ["score", fixture, "--lang", "en", "--detail"],
            ["framework", "show", "thai-nguyen-xa-2023"],
        ] {
            let o = Package.run(args)
            let widest = o.stdout.split(separator: "\n").map { Text.width(String($0)) }.max() ?? 0
            #expect(widest <= 100, "\(args)")
        }
    }

    @Test func englishWritesPoints() {
        let o = Package.run(["score", fixture, "--lang=en"])
        #expect(o.stdout.contains("89.75"))
        #expect(!o.stdout.contains("89,75"))
    }

    @Test func theSameFileInNFDPrintsTheSameTable() throws {
        let folder = try TemporaryFolder()
        let nfd = try Package.fixtureText().decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(try Package.fixtureText().utf8))
        let path = try folder.write("nfd.json", nfd)
        let composed = Package.run(["score", fixture, "--detail"])
        let decomposed = Package.run(["score", path, "--detail"])
        #expect(decomposed.code == .success)
        #expect(decomposed.stdout == composed.stdout)
    }

    /// The same again with every letter beyond ASCII typed as a `\u` escape of its decomposed
    /// form (`a\u0301`): an escape's text is put in NFC as a raw letter's is.
    @Test func theFileInDecomposedEscapesPrintsTheSameTable() throws {
        let folder = try TemporaryFolder()
        var escaped = ""
        for scalar in try Package.fixtureText().decomposedStringWithCanonicalMapping.unicodeScalars {
            #expect(scalar.value <= 0xFFFF, "one escape per letter")
            escaped += scalar.isASCII ? String(scalar) : String(format: "\\u%04x", scalar.value)
        }
        let path = try folder.write("escaped.json", escaped)
        let composed = Package.run(["score", fixture, "--detail"])
        let decomposed = Package.run(["score", path, "--detail"])
        #expect(decomposed.code == .success)
        // Bytes, not `String`s: two strings in NFC and NFD are equal as `String`s.
        let differing = zip(decomposed.stdout.split(separator: "\n"), composed.stdout.split(separator: "\n"))
            .first { !$0.utf8.elementsEqual($1.utf8) }
        #expect(decomposed.stdout.utf8.elementsEqual(composed.stdout.utf8), "\(String(describing: differing))")
    }

    @Test func checkExitCodes() throws {
        let folder = try TemporaryFolder()
        let text = try Package.fixtureText()
        let wrong = try folder.write("wrong.json", replacingOnce(text, #""final": 89.75"#, #""final": 90"#))
        let invalid = try folder.write(
            "invalid.json",
            replacingOnce(
                text, #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
                #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 2"#))

        let ok = Package.run(["check", fixture])
        #expect(ok.code == .success)
        #expect(ok.stdout == "\(fixture): đúng (điểm CTHĐ 89,75, Tốt)\n")

        let w = Package.run(["check", wrong])
        #expect(w.code == .failure)
        #expect(w.stdout == "\(wrong): sai: điểm CTHĐ công bố 90 khác điểm tính được 89,75\n")

        let i = Package.run(["check", invalid])
        #expect(i.code == .invalidInput)
        #expect(i.stderr == "\(invalid):54:61: tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5\n")

        let all = Package.run(["check", invalid, fixture, wrong, folder.path + "/missing.json"])
        #expect(all.code == .invalidInput)
        #expect(all.stdout.hasSuffix("4 tệp: 1 đúng, 1 sai, 2 không hợp lệ\n"))
        #expect(all.stderr.contains("missing.json: không có tệp này"))
    }

    @Test func strictTurnsWarningsIntoFailures() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "w.json", replacingOnce(try Package.fixtureText(), #""id": "1.1", "self": 1.5,"#, #""id": "1.1","#))
        #expect(Package.run(["check", path]).code == .success)
        let strict = Package.run(["check", "--strict", path])
        #expect(strict.code == .failure)
        #expect(strict.stderr.contains("cảnh báo: điểm tự đánh giá chưa chấm đủ, chưa chấm: 1.1"))
    }

    @Test(arguments: [
        (["score", "--bogus", "Fixtures/binh-thanh-2023.json"], "Error: unknown option '--bogus'"),
        (["score"], "Error: missing expected argument '<file>'"),
        (["score", "a", "b"], "Error: unexpected argument 'b'"),
        (
            ["score", "x", "--stage", "draft"],
            "Error: invalid value 'draft' for '--stage' (expected one of: final, appraised, self)"
        ),
        (["score", "x", "--stage"], "Error: missing value for '--stage <stage>'"),
        (["score", "x", "--detial"], "Error: unknown option '--detial' (did you mean '--detail'?)"),
        (["scroe"], "Error: unknown subcommand 'scroe' (did you mean 'score'?)"),
        ([], "Error: missing subcommand"),
        (["check"], "Error: missing expected argument '<file>'"),
    ])
    func usageErrorsExit64(arguments: [String], firstLine: String) {
        let o = Package.run(arguments, language: .en)
        #expect(o.code == .usage)
        #expect(o.stdout.isEmpty)
        #expect(o.stderr.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(o.stderr.contains("Usage: cchc"))
    }

    @Test func helpEverywhere() {
        for args in [
            ["--help"], ["-h"], ["help"], ["score", "--help"], ["check", "-h"], ["help", "score"],
            ["framework", "show", "--help"], ["help", "framework show"], ["frameworks", "--help"],
        ] {
            let o = Package.run(args)
            #expect(o.code == .success, "\(args)")
            #expect(o.stdout.hasPrefix("TỔNG QUAN: "), "\(args)")
            #expect(o.stdout.contains("CÁCH DÙNG: "), "\(args)")
            let en = Package.run(args, language: .en)
            #expect(en.stdout.hasPrefix("OVERVIEW: "), "\(args)")
            #expect(en.stdout.contains("USAGE: "), "\(args)")
        }
        #expect(Package.run(["score", "--help"]).stdout.contains("--stage <stage>"))
        #expect(Package.run(["--version"]).stdout == "cchc \(Tool.version)\n")
    }

    @Test func doubleDashEndsOptions() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("--odd.json", try Package.fixtureText())
        let o = Package.run(["score", "--stage=self", "--", path])
        #expect(o.code == .success)
        #expect(o.stdout.contains("Xuất sắc"))
    }

    @Test func frameworkCommands() {
        let list = Package.run(["frameworks"])
        #expect(list.stdout.hasPrefix("thai-nguyen-xa-2023\n    Chỉ số CCHC cấp xã, tỉnh Thái Nguyên, năm 2023\n"))
        let show = Package.run(["framework", "show", "thai-nguyen-xa-2023"])
        #expect(show.code == .success)
        #expect(show.stdout.contains("7.13"))
        let json = Package.run(["framework", "show", "thai-nguyen-xa-2023", "--format", "json"])
        #expect(json.stdout == ThaiNguyenXa2023.json + "\n")
        let unknown = Package.run(["framework", "show", "thai-nguyen-xa-2022"])
        #expect(unknown.code == .invalidInput)
        #expect(unknown.stderr.contains("có phải \"thai-nguyen-xa-2023\""))
    }

    @Test func aFrameworkFileOverridesTheScorecards() throws {
        let folder = try TemporaryFolder()
        var framework = ThaiNguyenXa2023.json
        framework = replacingOnce(framework, #"{ "min": 80, "label": "Tốt" }"#, #"{ "min": 89, "label": "Tốt" }"#)
        framework = replacingOnce(
            framework, #"{ "min": 90, "label": "Xuất sắc" }"#, #"{ "min": 89.5, "label": "Xuất sắc" }"#)
        let path = try folder.write("f.json", framework)
        let o = Package.run(["score", fixture, "--framework", path])
        #expect(o.code == .success)
        #expect(o.stdout.contains("Xuất sắc, 89,75"))
    }

    @Test func readErrorsAreOneLine() throws {
        let folder = try TemporaryFolder()
        let o = Package.run(["score", folder.path])
        #expect(o.code == .invalidInput)
        #expect(o.stderr == "\(folder.path): là một thư mục, không phải tệp\n")
        let empty = try folder.write("empty.json", "")
        #expect(Package.run(["score", empty]).stderr == "\(empty): tệp trống\n")
    }
}

@Suite struct ColourTests {
    @Test func colourOnlyWhenAsked() {
        let fixture = Package.fixture("binh-thanh-2023.json")
        _ = Package.run(["--version"])
        let plain = Tool.run(["score", fixture])
        let coloured = Tool.run(["score", fixture], environment: Environment(color: true))
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(coloured.stdout.contains("\u{1B}[1m"))
        let stripped = coloured.stdout.replacingOccurrences(of: "\u{1B}[1m", with: "")
            .replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(stripped == plain.stdout)
    }
}
