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
                == "card.json:4:3: unexpected curly quote “ ” (Word's; write a straight \"): a key in double quotes was expected"
        )
        #expect(
            try Self.first(#""unit": "#, "\"unit\":\u{A0}")
                == "card.json:4:10: unexpected non-breaking space (Word's; write a plain space): a value was expected"
        )
    }

    /// Other characters Word types are named with their code point, not by their first byte
    /// (`unexpected byte 0xE2`), with what to write instead where that is plain.
    @Test func otherWordCharactersAreNamed() throws {
        // Criterion 1.1's row, the first `"final": 1.5 },` (followed by 1.2's).
        let next = "\n" + #"    { "id": "1.2""#
        let row = #""final": 1.5 },"# + next
        #expect(
            try Self.first(row, #""final": –1.5 },"# + next)?
                .contains(#"unexpected character "–" (U+2013; a dash Word typed; write a minus as -)"#) == true)
        #expect(
            try Self.first(row, #""final": 1.5 … },"# + next)?
                .contains(#"unexpected character "…" (U+2026): ',' or '}' was expected"#) == true)
        #expect(
            try Self.first(row, #""final": 1.5 },"# + "\u{200B}" + next)?
                .contains(#"unexpected character "\#u{200B}" (U+200B; an invisible zero-width space; delete it)"#)
                == true)
        #expect(
            try Self.first(#""unit": "UBND"#, #""unit"： "UBND"#)?
                .contains(#"unexpected character "：" (U+FF1A; a full-width sign; write a plain :)"#) == true)
        #expect(
            try Self.first(row, #""final": đủ },"# + next)?
                .contains(#"unexpected character "đ" (U+0111; a word without quotes; put text in straight "…")"#)
                == true)
        #expect(
            try Self.first(#""unit": "UBND"#, #"‘unit’: "UBND"#)?
                .contains("unexpected curly single quote ‘ ’ (Word's; JSON strings need a straight \")") == true)
        let vi = load(replacingOnce(try Package.fixtureText(), row, #""final": –1.5 },"# + next), language: .vi)
        #expect(
            vi.diagnostics.first?.description.contains(
                #"gặp ký tự "–" (U+2013; gạch ngang do Word đổi; số âm viết bằng dấu trừ -) ở chỗ cần một giá trị"#)
                == true)
    }

    @Test func aTrailingCommaAndAMissingOne() throws {
        #expect(
            try Self.first(
                #""final": 1.5 },"# + "\n" + #"    { "id": "1.2""#, #""final": 1.5, },"# + "\n" + #"    { "id": "1.2""#)
                == "card.json:9:65: criterion 1.1: a trailing comma before the closing bracket (remove it)")
        #expect(
            try Self.first(
                #""final": 1.5 },"# + "\n" + #"    { "id": "1.2""#, #""final": 1.5 }"# + "\n" + #"    { "id": "1.2""#)
                == "card.json:10:5: a comma is missing between two items (two objects, or before this key)")
        #expect(
            try Self.first(#""criteria": ["#, #""criteria" ["#)?.contains("':' was expected") == true)
    }

    /// The fixture's 7.13 row (line 54) with one change: `{ "id": "7.13", "self": 1.5, …`.
    static let row713 = #"{ "id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5 }"#

    @Test func anErrorInsideACriterionNamesIt() throws {
        // “2” typed in Word for the final: the curly quote is column 61 of line 54 (the row
        // starts at column 5; `{ "id": "7.13", "self": 1.5, "appraised": 1.5, "final": ` is 56).
        let curly = replacingOnce(
            try Package.fixtureText(), Self.row713,
            Self.row713.replacingOccurrences(of: "\"final\": 1.5", with: "\"final\": “2”"))
        #expect(
            load(curly, language: .en).diagnostics.first?.description
                == "card.json:54:61: criterion 7.13: unexpected curly quote “ ” (Word's; write a straight \"): a value was expected"
        )
        #expect(
            load(curly).diagnostics.first?.description
                == "card.json:54:61: tiêu chí 7.13: gặp dấu ngoặc kép cong “ ” (do Word tự đổi; hãy viết dấu thẳng \") ở chỗ cần một giá trị"
        )
        // The comma after `"self": 1.5` left out: `"appraised"` is column 33 (5 + 28).
        let comma = replacingOnce(
            try Package.fixtureText(), Self.row713,
            Self.row713.replacingOccurrences(of: "1.5, \"appraised\"", with: "1.5 \"appraised\""))
        #expect(
            load(comma).diagnostics.first?.description
                == "card.json:54:33: tiêu chí 7.13: thiếu dấu phẩy giữa hai mục (giữa hai đối tượng, hoặc trước khóa này)"
        )
        // A deduction is named by its code (line 67 is its third line, `      "remediation"`, the
        // key at column 7); an error before any criterion names none (`  "year": 2023,` is 15).
        let deduction = try Self.first(
            #""points": 0.5,"# + "\n" + #"      "remediation": "Nghiên"#,
            #""points": 0.5"# + "\n" + #"      "remediation": "Nghiên"#)
        #expect(deduction?.hasPrefix("card.json:67:7: deduction 1.6.1: a comma is missing") == true)
        #expect(
            try Self.first(#""year": 2023"#, #""year": 2023,,"#)?.hasPrefix("card.json:7:16: unexpected ','") == true)
    }

    @Test func anErrorInsideAFrameworkCriterionNamesIt() throws {
        let text = try Package.fixtureText("vi-du/framework.json")
        func first(_ old: String, _ new: String) -> String? {
            let (_, d) = FrameworkReader.read(
                SourceText(name: "framework.json", bytes: Array(replacingOnce(text, old, new).utf8)), language: .en)
            return d.first?.description
        }
        // Criterion 1.2 sits inside criterion 1 inside domain I: the innermost one is named.
        // Line 22 is `            { "id": "1.2", "title": ` (12 + 24 = 36) and then the quote.
        #expect(
            first(#""title": "Mức độ hoàn thành kế hoạch""#, #""title": “Mức độ hoàn thành kế hoạch”"#)?
                .hasPrefix("framework.json:22:37: criterion 1.2: unexpected curly quote") == true)
        // After criterion 1's list closes, the error is criterion 1's again, not 1.2's: the brace
        // after `          ], ` is column 14.
        #expect(
            first(
                #"          ] },"# + "\n" + #"        { "id": "2""#,
                #"          ], },"# + "\n" + #"        { "id": "2""#)?
                .hasPrefix("framework.json:24:14: criterion 1: a trailing comma") == true)
        #expect(
            first(
                #""title": "Công tác chỉ đạo, điều hành", "max": 10"#,
                #""title": "Công tác chỉ đạo, điều hành" "max": 10"#)?
                // `    { "id": "I", "title": ` is 4 + 22, the title 29 with its quotes, a space: 56.
                .hasPrefix("framework.json:16:57: domain I: a comma is missing") == true)
    }

    @Test func textThatIsNotUTF8IsPlacedAtTheByte() throws {
        // Latin-1 ó (0xF3) in "Định Hóa": line 5 is `  "district": "Định H`, 2 + 11 + 1 + 7 = 21
        // characters before it.
        var bytes = Array(try Package.fixtureText().utf8)
        let at = try #require(bytes.firstRange(of: Array("Hóa".utf8)))
        bytes.replaceSubrange(at.lowerBound + 1..<at.lowerBound + 3, with: [0xF3])
        let d = ScorecardReader.read(SourceText(name: "card.json", bytes: bytes), frameworks: FrameworkStore())
            .diagnostics
        #expect(
            d.first?.description
                == "card.json:5:22: tệp không phải văn bản UTF-8: byte 0xF3 (lưu bằng Windows-1258 hay Latin-1? hãy lưu lại dưới dạng UTF-8)"
        )
    }
}
