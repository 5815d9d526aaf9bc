import Testing

@testable import CCHCKit

/// The library's limits on hostile input, one at a time: clipped quotes, typo hints that stay
/// cheap, the value cap, line look-up and wrapping on huge text.
@Suite struct LimitTests {
    @Test func messagesQuoteAtMostFortyCharacters() {
        #expect(Text.clipped("1.1") == "1.1")
        #expect(Text.clipped(String(repeating: "9", count: 400)) == String(repeating: "9", count: 40) + "…")
        #expect(Text.clipped("a\nb\u{1B}[31m") == "a b [31m", "one line, no terminal escapes")
    }

    @Test func typoHints() {
        #expect(Suggestion.nearest(to: "slef", in: ["self", "appraised", "final"]) == "self", "a swap is one edit")
        #expect(Suggestion.nearest(to: "8.6", in: ["1.6", "8.1", "8.5"]) == "8.1", "same beginning first")
        let huge = String(repeating: "8", count: 1_000_000)
        #expect(Suggestion.nearest(to: huge, in: ["8.1"]) == nil, "no quadratic work on a huge word")
    }

    @Test func theValueCapStopsAHugeArray() throws {
        let bytes =
            Array("[".utf8) + Array(repeating: Array("0,".utf8), count: JSONParser.maxValues).flatMap { $0 }
            + Array("0]".utf8)
        #expect(throws: JSONProblem.self) { try JSONParser.parse(bytes) { _, _ in } }
        do {
            try JSONParser.parse(bytes) { _, _ in }
        } catch {
            #expect(error.message.en.hasPrefix("more than 1000000 values"))
        }
    }

    @Test func lineAndColumnOfADistantOffset() {
        let text = SourceText(name: "x", bytes: Array(repeating: 0x0A, count: 1_000_000) + Array("  ễx".utf8))
        let (line, column) = text.location(of: text.bytes.count - 1)
        #expect(line == 1_000_001)
        #expect(column == 4, "columns count characters, not bytes")
        #expect(text.location(of: -5) == (1, 1))
        #expect(text.location(of: Int.max) == (1_000_001, 5))
        let marked = SourceText(name: "x", bytes: [0xEF, 0xBB, 0xBF, 0x7B])
        #expect(marked.location(of: 3) == (1, 1))
        #expect(marked.location(of: 1) == (1, 1))
    }

    @Test func aHugeWordWrapsInOnePass() {
        let lines = Text.wrap(String(repeating: "a", count: 2_000_000), width: 100)
        #expect(lines.count == 20_000)
        #expect(lines.allSatisfy { $0.count == 100 })
    }
}
