import Testing

@testable import CCHCKit

/// `cchc framework` is a group: its own help listing its subcommands, its own usage errors,
/// and each subcommand reached by its word.
@Suite struct CommandGroupTests {
    @Test(arguments: [["framework", "--help"], ["framework", "-h"], ["help", "framework"]])
    func theGroupHasItsHelp(_ words: [String]) {
        let o = Package.run(words)
        #expect(o.code == .success)
        #expect(o.stdout.contains("USAGE: cchc framework <subcommand>"))
        #expect(o.stdout.contains("\n  show "))
        #expect(o.stdout.contains("\n  import "))
    }

    @Test(arguments: [
        (["framework"], "Error: missing subcommand after 'framework'"),
        (["framework", "shw", "x"], "Error: unknown subcommand 'shw' after 'framework' (did you mean 'show'?)"),
    ])
    func aWrongSubcommandIsAUsageError(_ words: [String], _ firstLine: String) {
        let o = Package.run(words)
        #expect(o.code == .usage)
        #expect(o.stderr.hasPrefix(firstLine + "\nUsage: cchc framework <subcommand>\n"))
    }

    @Test func eachSubcommandIsReached() {
        #expect(Package.run(["framework", "show", "thai-nguyen-xa-2023"]).stdout.hasPrefix("thai-nguyen-xa-2023 · "))
        #expect(Package.run(["framework", "import", "--help"]).stdout.contains("USAGE: cchc framework import"))
        #expect(Package.run(["help", "framework", "show"]).stdout.contains("USAGE: cchc framework show"))
    }
}
