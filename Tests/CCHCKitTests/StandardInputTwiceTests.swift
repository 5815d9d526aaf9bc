import Testing

@testable import CCHCKit

/// Issue 11 review: every command taking files refuses standard input named twice, as `check`
/// does (`rank - -` and `diff - -` read it twice and said `<stdin>: tệp trống`).
@Suite struct StandardInputTwiceTests {
    @Test(arguments: [
        ["rank", "-", "-"], ["diff", "-", "-"], ["trend", "-", "-"], ["check", "-", "-"],
        ["score", "-", "--framework", "-"], ["rank", "-", "Fixtures/binh-thanh-2023.json", "-"],
        ["import", "-", "--lost", "-", "--unit", "X", "--year", "2023"],
    ])
    func standardInputNamedTwice(_ words: [String]) {
        let en = Package.run(words, language: .en)
        #expect(en.code == .invalidInput)
        #expect(en.stderr == "<stdin>: standard input (-) is named twice\n")
        #expect(en.stdout.isEmpty)
        #expect(Package.run(words).stderr == "<stdin>: đầu vào chuẩn (-) được nêu hai lần\n")
    }
}
