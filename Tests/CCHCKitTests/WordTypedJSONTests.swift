import Testing

@testable import CCHCKit

/// Issue 11, item 13: JSON typed or pasted in Word gets a hint at what Word did (today:
/// `unexpected byte 0xE2`).
@Suite struct WordTypedJSONTests {
    static func first(_ old: String, _ new: String) throws -> String? {
        load(replacingOnce(try Package.fixtureText(), old, new), language: .en).diagnostics.first?.description
    }

    @Test func curlyQuotesAndNonBreakingSpaces() throws {
        #expect(
            try Self.first(#""unit": "UBND"#, #"“unit”: "UBND"#)
                == "card.json:4:3: unexpected a curly quote “ ” (Word's; write a straight \"): a key in double quotes was expected"
        )
        #expect(
            try Self.first(#""unit": "#, "\"unit\":\u{A0}")
                == "card.json:4:10: unexpected a non-breaking space (Word's; write a plain space): a value was expected"
        )
    }

    @Test func aTrailingCommaAndAMissingOne() throws {
        #expect(
            try Self.first(
                #""final": 1.5 },"# + "\n" + #"    { "id": "1.2""#, #""final": 1.5, },"# + "\n" + #"    { "id": "1.2""#)
                == "card.json:9:65: a trailing comma before the closing bracket (remove it)")
        #expect(
            try Self.first(
                #""final": 1.5 },"# + "\n" + #"    { "id": "1.2""#, #""final": 1.5 }"# + "\n" + #"    { "id": "1.2""#)
                == "card.json:10:5: a comma is missing between two items (two objects, or before this key)")
        #expect(
            try Self.first(#""criteria": ["#, #""criteria" ["#)?.contains("':' was expected") == true)
    }
}
