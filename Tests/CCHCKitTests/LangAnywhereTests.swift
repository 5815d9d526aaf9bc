import Testing

@testable import CCHCKit

/// Issue 11, item 12 review: `--lang` stands anywhere on the line, help included.
@Suite struct LangAnywhereTests {
    @Test func helpObeysLangWherever() {
        // Each exited 64 "unknown subcommand '--lang en'" before.
        for words in [
            ["help", "--lang", "en"], ["--lang", "en", "--help"], ["--lang=en", "help"],
            ["help", "help", "--lang", "en"],
            ["-h", "--lang", "en"],
        ] {
            let o = Package.run(words)
            #expect(o.code == .success, "\(words)")
            #expect(o.stdout.hasPrefix("OVERVIEW: "), "\(words)")
            #expect(o.stderr.isEmpty, "\(words)")
        }
        for words in [
            ["help", "score", "--lang", "en"], ["--lang", "en", "help", "score"], ["score", "--help", "--lang=en"],
        ] {
            let o = Package.run(words)
            #expect(o.code == .success, "\(words)")
            #expect(o.stdout.hasPrefix("OVERVIEW: Score"), "\(words)")
        }
        let group = Package.run(["framework", "--lang", "en", "--help"])
        #expect(group.code == .success)
        #expect(group.stdout.hasPrefix("OVERVIEW: "))
        // Before the command, the option still reaches it.
        let frameworks = Package.run(["--lang", "en", "frameworks"])
        #expect(frameworks.code == .success)
        #expect(frameworks.stdout == Package.run(["frameworks", "--lang", "en"]).stdout)
    }

    @Test func languageErrorsAreVietnameseByDefault() {
        let unknown = Package.run(["help", "bogus"])
        #expect(unknown.code == .usage)
        #expect(unknown.stderr.hasPrefix("Lỗi: không có lệnh 'bogus'"))
        // A wrong language is a usage error, said as a command says it, in Vietnamese.
        for words in [["help", "--lang", "fr"], ["--lang", "fr", "--help"], ["--lang", "fr", "frameworks"]] {
            let o = Package.run(words)
            #expect(o.code == .usage, "\(words)")
            #expect(o.stderr.hasPrefix("Lỗi: "), "\(words)")
            #expect(o.stderr.contains("fr"), "\(words)")
            #expect(o.stdout.isEmpty, "\(words)")
        }
        #expect(Package.run(["help", "--lang"]).code == .usage)
    }
}
