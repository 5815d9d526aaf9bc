import Testing

@testable import CCHCKit

/// Issue 11, item 7: one person or unit written two ways is one, and a name that is blank or
/// a hand-over to nobody is an error.
@Suite struct NameTests {
    // Mạc Thị Lan answers for 1.6.1 (0,5), 5.2 (1,5), 5.3 (1,5) and, shared, 7.6 (1): 4,5 in all,
    // whatever trailing or doubled spaces one row's spelling has.
    @Test func onePersonWrittenTwoWays() throws {
        var text = try Package.fixtureText()
        text = replacingOnce(
            text,
            #""Nguyên nhân khách quan: tình hình thực tế tại đơn vị", "responsible": ["Mạc Thị Lan"] },"#
                + "\n" + #"    { "code": "5.3""#,
            #""Nguyên nhân khách quan: tình hình thực tế tại đơn vị", "responsible": ["Mạc Thị Lan "] },"#
                + "\n" + #"    { "code": "5.3""#)
        let folder = try TemporaryFolder()
        let path = try folder.write("card.json", text)
        let o = Package.run(["score", path, "--by", "responsible"])
        #expect(o.code == .success, "\(o.stderr)")
        let lines = o.stdout.split(separator: "\n").filter { $0.contains("Mạc") }
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("Mạc Thị Lan           4,5") == true)
    }

    @Test func aUnitNamedTwiceWhateverItsCase() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.json", try Package.fixtureText())
        let b = try folder.write(
            "b.json",
            replacingOnce(
                try Package.fixtureText(), #""unit": "UBND xã Bình Thành""#, #""unit": "UBND  Xã Bình Thành""#))
        let o = Package.run(["rank", a, b])
        #expect(o.code == .invalidInput)
        #expect(o.stderr == "\(b): đơn vị \"UBND  Xã Bình Thành\" cũng có trong \(a)\n")
    }

    /// A row that names one person is read the short way (no key to compare) when its name
    /// starts with a visible ASCII letter, the long way otherwise: both tell a blank name, and
    /// both keep the name in NFC.
    @Test func aRowOfOneName() throws {
        let row = #""responsible": ["Ma Khánh Hiệu", "Mạc Thị Lan"]"#
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} Dung"
        for (written, kept, blank) in [
            ("Lan", "Lan", false), (" ", nil, true), ("", nil, true), (#"\u00a0"#, nil, true), (#"\t"#, nil, true),
            (" Lan", " Lan", false), (decomposed, "Nguyễn Thị Dung", false), ("Ðinh Văn Ba", "Ðinh Văn Ba", false),
        ] as [(String, String?, Bool)] {
            let card = load(replacingOnce(try Package.fixtureText(), row, #""responsible": [""# + written + #""]"#))
            let blankError = card.diagnostics.contains { $0.message.contains("responsible") }
            #expect(blankError == blank, "\(written): \(card.diagnostics)")
            if let kept {
                let row = card.scorecard?.deductions?.first { $0.code == "7.6" }
                #expect(row?.responsible == [kept], "\(written)")
            }
        }
    }

    @Test func aBlankNameAndAHandOverToNobody() throws {
        let blank = load(
            replacingOnce(
                try Package.fixtureText(), #""responsible": ["Ma Khánh Hiệu", "Mạc Thị Lan"]"#,
                #""responsible": ["Ma Khánh Hiệu", " "]"#), language: .en)
        #expect(
            blank.diagnostics.first?.message.hasSuffix(#"field "responsible" holds a blank name (who is responsible?)"#)
                == true, "\(blank.diagnostics)")
        let nobody = load(
            replacingOnce(
                try Package.fixtureText(), #""responsible": ["Ma Khánh Hiệu", "Mạc Thị Lan"]"#,
                #""formerly": ["Mạc Thị Lan"]"#), language: .en)
        #expect(
            nobody.diagnostics.first?.message.contains(
                #""formerly" (who held it in the assessed year) without "responsible""#) == true,
            "\(nobody.diagnostics)")
    }
}
