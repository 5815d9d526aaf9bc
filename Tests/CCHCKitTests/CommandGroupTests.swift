import Testing

@testable import CCHCKit

/// `cchc framework` is a group: its own help listing its subcommands, its own usage errors,
/// and each subcommand reached by its word.
@Suite struct CommandGroupTests {
    @Test(arguments: [["framework", "--help"], ["framework", "-h"], ["help", "framework"]])
    func theGroupHasItsHelp(_ words: [String]) {
        let o = Package.run(words)
        #expect(o.code == .success)
        #expect(o.stdout.contains("CÁCH DÙNG: cchc framework <subcommand>"))
        #expect(o.stdout.contains("\n  show "))
        #expect(o.stdout.contains("\n  import "))
    }

    @Test(arguments: [
        (["framework"], "Lỗi: thiếu lệnh sau 'framework'"),
        (["framework", "shw", "x"], "Lỗi: không có lệnh 'shw' sau 'framework' (có phải 'show'?)"),
    ])
    func aWrongSubcommandIsAUsageError(_ words: [String], _ firstLine: String) {
        let o = Package.run(words)
        #expect(o.code == .usage)
        #expect(o.stderr.hasPrefix(firstLine + "\nCách dùng: cchc framework <subcommand>\n"))
    }

    @Test func eachSubcommandIsReached() {
        #expect(Package.run(["framework", "show", "thai-nguyen-xa-2023"]).stdout.hasPrefix("thai-nguyen-xa-2023 · "))
        #expect(Package.run(["framework", "import", "--help"]).stdout.contains("CÁCH DÙNG: cchc framework import"))
        #expect(Package.run(["help", "framework", "show"]).stdout.contains("CÁCH DÙNG: cchc framework show"))
    }
}
