import Testing

@testable import CCHCKit

@Suite struct TextTests {
    static let composed = "Nguy\u{1EC5}n Th\u{1ECB} Dung"
    static let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} Dung"

    @Test func widthCountsCharactersWhateverTheNormalisation() {
        #expect(Self.composed.unicodeScalars.count != Self.decomposed.unicodeScalars.count)
        #expect(Text.width(Self.composed) == 15)
        #expect(Text.width(Self.decomposed) == 15)
        #expect(Text.width("漢字") == 4)
    }

    /// `collapsed` answers text that is collapsed already from its bytes; everything else goes
    /// the long way, word by word, and NFC. Both ways must give the same names, and the long way
    /// what splitting into words and joining them gives.
    @Test func collapsedTakesTheShortWayOnlyForCollapsedText() {
        #expect(Text.collapsed(Self.composed) == Self.composed)  // short way: Vietnamese precomposed
        #expect(Array(Text.collapsed(Self.decomposed).utf8) == Array(Self.composed.utf8))  // combining marks
        #expect(Text.collapsed(" Mạc Thị  Lan ") == "Mạc Thị Lan")  // a leading, double and trailing space
        #expect(Text.collapsed("Mạc\u{00A0}Thị\tLan") == "Mạc Thị Lan")  // no-break space and tab are white space
        #expect(Text.collapsed("Mạc\u{3000}Lan") == "Mạc Lan")  // ideographic space
        #expect(Text.collapsed("Đỗ Văn Ái") == "Đỗ Văn Ái")
        #expect(Text.collapsed("") == "")
        #expect(Text.collapsed("   ") == "")
        for text in [
            "\t a\u{0301}  b \n", " \u{0301}x  y", "a\r\nb", "\u{2028}Lan\u{2029}", "x \u{200B} y", "  ", "ab",
        ] {
            let split = Text.nfc(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            #expect(Array(Text.collapsed(text).utf8) == Array(split.utf8), "\(text.debugDescription)")
        }
    }

    @Test func nfcComposes() {
        #expect(Array(Text.nfc(Self.decomposed).utf8) == Array(Self.composed.utf8))
        #expect(Text.nfc("ASCII only") == "ASCII only")
    }

    @Test func padAlignsDecomposedText() {
        #expect(Text.width(Text.pad(Self.decomposed, to: 20)) == 20)
        #expect(Text.pad(Self.decomposed, to: 20).unicodeScalars.count == 23)
        #expect(Text.pad("9,5", to: 6, right: true) == "   9,5")
    }

    @Test(arguments: [
        ("một hai ba bốn năm", 7, ["một hai", "ba bốn", "năm"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("", 10, [""]),
        ("tab\there\nand line", 20, ["tab here and line"]),
        ("漢字漢字", 1, ["漢", "字", "漢", "字"]),
    ])
    func wrapKeepsWithinTheWidth(text: String, width: Int, expected: [String]) {
        #expect(Text.wrap(text, width: width) == expected)
    }
}

@Suite struct NFCFastPathTests {
    /// The fast path must agree with the normaliser on text it lets through and text it does not.
    @Test(arguments: [
        "UBND xã Bình Thành", "Nguyễn Thị Dung", "Điềm Mặc – “ngoặc” …", "café", "Ångström",
        "e\u{301}", "Nguye\u{302}\u{303}n", "\u{212B}", "ḁ\u{323}", "漢字", "",
    ])
    func agreesWithTheNormaliser(_ text: String) {
        #expect(Array(Text.nfc(text).utf8) == text._nfcCodeUnits)
    }
}
