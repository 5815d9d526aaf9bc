import Foundation
import Testing

@testable import CCHCKit

/// The one message catalogue (`Sources/CCHCKit/Messages/`): every message in both languages,
/// made nowhere else, and the language chosen by `--lang` or `CCHC_LANG`.
@Suite struct MessagesTests {
    static let folder = Package.root + "/Sources/CCHCKit/Messages"

    /// Every `Message(vi: "…", en: "…")` of the catalogue's source, with the file it is in: the
    /// first string literal after `vi:` and after `en:`.
    static func entries() throws -> [(file: String, vi: String, en: String)] {
        var out: [(String, String, String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder)
        where name.hasSuffix(".swift") && name != "Message.swift" {
            // The doc comments show the pattern; only code counts.
            let code = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            let text = Array(code.joined(separator: "\n"))
            var i = 0
            let opening = Array("Message(")
            while i + opening.count < text.count {
                defer { i += 1 }
                guard Array(text[i..<i + opening.count]) == opening else { continue }
                var j = i + opening.count
                while text[j].isWhitespace { j += 1 }
                #expect(String(text[j..<j + 3]) == "vi:", "\(name): a Message( without vi: first")
                guard let (vi, afterVi) = literal(text, after: j + 3) else { continue }
                guard
                    let en = (String(text[afterVi...]).range(of: "en:")).map({
                        String(text[afterVi...])[$0.upperBound...]
                    }),
                    let (english, _) = literal(Array(en), after: 0)
                else {
                    Issue.record("\(name): a Message( without en:")
                    continue
                }
                out.append((name, vi, english))
            }
        }
        return out
    }

    /// The first Swift string literal at or after `start`, with `\(…)` interpolations (which may
    /// hold literals of their own) kept as written; and the index after it.
    static func literal(_ text: [Character], after start: Int) -> (String, Int)? {
        var i = start
        while i < text.count, text[i].isWhitespace || text[i] == ":" || text[i].isLetter { i += 1 }
        guard i < text.count else { return nil }
        // A text built from others (`"điểm " + name.vi`) is checked through those others.
        guard text[i] == "\"" else { return ("<expression>", i) }
        i += 1
        var out = ""
        while i < text.count, text[i] != "\"" {
            if text[i] == "\\", i + 1 < text.count, text[i + 1] == "(" {
                var depth = 0
                var inString = false
                repeat {
                    let c = text[i]
                    if c == "\"", text[i - 1] != "\\" { inString.toggle() }
                    if !inString, c == "(" { depth += 1 }
                    if !inString, c == ")" { depth -= 1 }
                    out.append(c)
                    i += 1
                } while i < text.count && (depth > 0 || text[i - 1] != ")")
                continue
            }
            if text[i] == "\\", i + 1 < text.count {
                out.append(text[i])
                i += 1
            }
            out.append(text[i])
            i += 1
        }
        return (out, i + 1)
    }

    @Test func everyMessageHasBothLanguages() throws {
        let entries = try Self.entries()
        #expect(entries.count > 150, "the catalogue holds every message: \(entries.count) found")
        for e in entries where e.vi != "<expression>" && e.en != "<expression>" {
            #expect(!e.vi.isEmpty || e.en.isEmpty, "\(e.file): no Vietnamese for \"\(e.en)\"")
            #expect(!e.en.isEmpty || e.vi.isEmpty, "\(e.file): no English for \"\(e.vi)\"")
            // Texts that are the same in both are ids or numbers, made with `Message.same`.
            #expect(e.vi != e.en || e.vi.isEmpty, "\(e.file): \"\(e.en)\" is not translated")
        }
    }

    @Test func noMessageIsMadeOutsideTheCatalogue() throws {
        let sources = Package.root + "/Sources"
        let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.hasPrefix("CCHCKit/Messages/") {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            #expect(!text.contains("Message(vi:"), "\(file) makes its own message: add it to the catalogue")
        }
    }

    /// The fixture with 7.13's final written 2 (its max is 1,5), as SPEC §8's example has it.
    static func finalAboveTheMax(in folder: TemporaryFolder) throws -> String {
        try folder.write(
            "2023.json",
            replacingOnce(
                try Package.fixtureText(), #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
                #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 2"#))
    }

    /// SPEC §8's example, in the clerk's language by default and in English when asked.
    @Test func aFinalAboveTheMaxInBothLanguages() throws {
        let folder = try TemporaryFolder()
        let path = try Self.finalAboveTheMax(in: folder)
        let vi = Package.run(["check", path])
        #expect(vi.stderr == "\(path):54:61: tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5\n")
        #expect(vi.stdout == "\(path): không hợp lệ (1 lỗi)\n")
        let en = Package.run(["check", path, "--lang", "en"])
        #expect(en.stderr == "\(path):54:61: criterion 7.13: final 2 is above the max 1.5\n")
        #expect(en.stdout == "\(path): invalid (1 error)\n")
        // The environment's default is what the executable passes in.
        #expect(Package.run(["score", path], language: .en).stderr == en.stderr)
        #expect(Package.run(["score", path, "--lang=vi"], language: .en).stderr == vi.stderr)
    }

    @Test func theExecutableReadsCCHCLang() throws {
        let folder = try TemporaryFolder()
        let path = try Self.finalAboveTheMax(in: folder)
        let en = try BinaryTests().sh(#""$CCHC" check "$F""#, environment: ["F": path, "CCHC_LANG": "en"])
        #expect(en.status == 2)
        #expect(en.stderr == "\(path):54:61: criterion 7.13: final 2 is above the max 1.5\n")
        let vi = try BinaryTests().sh(#""$CCHC" check "$F""#, environment: ["F": path, "CCHC_LANG": "vi"])
        #expect(vi.stderr == "\(path):54:61: tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5\n")
        let unset = try BinaryTests().sh(#""$CCHC" check "$F""#, environment: ["F": path])
        #expect(unset.stderr == vi.stderr)
        let flag = try BinaryTests().sh(#""$CCHC" check --lang vi "$F""#, environment: ["F": path, "CCHC_LANG": "en"])
        #expect(flag.stderr == vi.stderr, "--lang wins over the environment")
    }

    @Test func helpAndUsageErrorsInVietnamese() {
        let help = Package.run(["score", "--help"])
        #expect(help.stdout.hasPrefix("TỔNG QUAN: Tính điểm một bảng điểm"))
        #expect(help.stdout.contains("TÙY CHỌN:"))
        #expect(help.stdout.contains("Hiện trợ giúp."))
        #expect(!help.stdout.contains("Show help"))
        let en = Package.run(["score", "--help", "--lang", "en"])
        #expect(en.stdout.hasPrefix("OVERVIEW: Score a scorecard"))
        let usage = Package.run(["score", "--bogus"])
        #expect(usage.stderr.hasPrefix("Lỗi: không có tùy chọn '--bogus'\nCách dùng: cchc score"))
        #expect(Package.run(["--help"]).stdout.contains("LỆNH:"))
    }

    @Test func warningsAndSubjectsUseTheDocumentsWords() {
        #expect(
            Messages.aboveMax(.final, Points(hundredths: 200), max: Points(hundredths: 150))
                .about(Messages.criterion("7.13")).text(.vi) == "tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5")
        #expect(
            Messages.stageAbove(.appraised, Points(hundredths: 50), earlier: .selfAssessed, .zero)
                .about(Messages.criterion("1.2")).text(.vi)
                == "tiêu chí 1.2: điểm thẩm định 0,5 cao hơn điểm tự đánh giá 0")
        #expect(
            Messages.pointsNotPositive(.zero).about(Messages.deduction("8.5.2")).en
                == "deduction 8.5.2: points 0 must be above 0")
        #expect(
            Messages.pointsNotPositive(.zero).about(Messages.deduction("8.5.2")).vi.hasPrefix("dòng trừ điểm 8.5.2"))
    }
}
