import Foundation
import Testing

@testable import CCHCKit

@Suite struct ScorecardReaderTests {
    @Test func theFixtureIsValid() throws {
        let loaded = load(try Package.fixtureText())
        #expect(loaded.isValid)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.scorecard?.entries.count == 54)
        #expect(loaded.scorecard?.deductions?.count == 12)
        #expect(loaded.scorecard?.deductions?.first { $0.code == "8.3.2.2" }?.criterionID == "8.3")
    }

    /// `check` reads without the texts only people read: they are still checked (a number
    /// where a text belongs is the same error), but no `String` is made and the model has none.
    @Test func checkReadsWithoutTheDetailTexts() throws {
        let text = try Package.fixtureText()
        func read(_ text: String, details: Bool) -> LoadedScorecard { load(text, language: .en, details: details) }
        let lean = read(text, details: false)
        let full = read(text, details: true)
        #expect(lean.isValid && lean.diagnostics.isEmpty)
        let leanDeduction = try #require(lean.scorecard?.deductions?.first { $0.code == "3.1.2" })
        let fullDeduction = try #require(full.scorecard?.deductions?.first { $0.code == "3.1.2" })
        #expect(fullDeduction.content == "Thực hiện rà soát TTHC")
        #expect(leanDeduction.content == nil && leanDeduction.reason == nil && leanDeduction.remediation == nil)
        // What scoring and the checks read is the same: codes, owners, points. The names are
        // for people (`--by responsible`): checked, not kept.
        #expect(leanDeduction.criterionID == "3.1" && leanDeduction.points == fullDeduction.points)
        #expect(fullDeduction.responsible == ["Nguyễn Thị Dung", "các BPCM xã"])
        #expect(leanDeduction.responsible.isEmpty)
        #expect(lean.scorecard?.entries.map(\.scores) == full.scorecard?.entries.map(\.scores))
        let broken = text.replacing(#""content": "Thực hiện rà soát TTHC""#, with: #""content": 7"#)
        #expect(broken != text)
        #expect(
            read(broken, details: false).diagnostics.map(\.description)
                == read(broken, details: true).diagnostics.map(\.description))
        #expect(
            read(broken, details: false).diagnostics.first?.message.contains(
                "field \"content\" must be a string, found a number") == true)
        // Names not kept are still checked: one written twice (once decomposed, with a double
        // space), a blank one, and `formerly` without anyone responsible give the same messages.
        // The fixture has four rows naming these two, and two naming Ma Đình Chung alone.
        let names = text.replacing(
            #""responsible": ["Nguyễn Thị Dung", "các BPCM xã"] },"#,
            with: #""responsible": ["Nguyễn Thị Dung", "ca\u0301c  BPCM xã", "các BPCM xã", " "] },"#
        ).replacing(#""responsible": ["Ma Đình Chung"]"#, with: #""formerly": ["Ma Đình Chung"]"#)
        #expect(names != text)
        let lines = read(names, details: false).diagnostics.map(\.description)
        #expect(lines == read(names, details: true).diagnostics.map(\.description))
        #expect(lines.filter { $0.contains("names \"các BPCM xã\" twice") }.count == 4)
        #expect(lines.filter { $0.contains("blank name") }.count == 4)
        #expect(lines.filter { $0.contains("\"formerly\" (who held it") }.count == 2)
    }

    /// A list of names past eight is compared as a set of texts: a name repeated there in
    /// another spelling (escaped, decomposed, with a double space) is still the same person, in
    /// `check` as in `score`. A hostile list's repeats make at most twenty warnings, each name
    /// quoted clipped to forty characters.
    @Test func longListsOfNamesAreCheckedAlike() throws {
        let text = try Package.fixtureText()
        func read(_ text: String, details: Bool) -> LoadedScorecard { load(text, language: .en, details: details) }
        // Nine distinct names, then "Ma Khánh Hiệu" written three other ways: three repeats.
        let nine = (1...8).map { "\"Người \($0)\"" } + [#""Ma Khánh Hiệu""#]
        let again = [#""Ma Kha\u0301nh Hiệu""#, #""Ma  Khánh Hiệu""#, "\"Ma Kha\u{301}nh Hi\u{1EC7}u\""]
        let list = text.replacing(
            #""responsible": ["Ma Đình Chung"]"#,
            with: "\"responsible\": [" + (nine + again).joined(separator: ", ") + "]")
        #expect(list != text)
        let lean = read(list, details: false)
        let full = read(list, details: true)
        #expect(lean.diagnostics.map(\.description) == full.diagnostics.map(\.description))
        // The fixture has two rows naming Ma Đình Chung alone: three repeats in each.
        #expect(full.diagnostics.filter { $0.message.contains("names \"Ma Khánh Hiệu\" twice") }.count == 6)
        let kept = try #require(full.scorecard?.deductions?.first { $0.responsible.count > 3 })
        #expect(kept.responsible.count == 9 && kept.responsible.last == "Ma Khánh Hiệu")
        // 25 repeats of a 60-letter name: twenty warnings in each of the two rows.
        let long = String(repeating: "a", count: 60)
        let hostile = text.replacing(
            #""responsible": ["Ma Đình Chung"]"#,
            with: "\"responsible\": [" + Array(repeating: "\"\(long)\"", count: 26).joined(separator: ", ") + "]")
        let warnings = read(hostile, details: false).diagnostics.filter { $0.message.contains("twice") }
        #expect(warnings.count == 40)
        #expect(warnings.allSatisfy { $0.message.contains("\"" + String(repeating: "a", count: 40) + "…\"") })
    }

    /// One change to the fixture and the first error it must give, with its place.
    struct Case: Sendable, CustomTestStringConvertible {
        let old: String
        let new: String
        let expected: String
        let line: Int
        init(_ old: String, _ new: String, _ expected: String, line: Int = #line) {
            self.old = old
            self.new = new
            self.expected = expected
            self.line = line
        }
        var testDescription: String { "\(expected) (line \(line))" }
    }

    @Test(arguments: [
        Case(
            #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
            #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 2"#,
            "card.json:54:61: criterion 7.13: final 2 is above the max 1.5"),
        Case(
            #""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": -1"#,
            "card.json:9:28: criterion 1.1: self -1 is below 0"),
        Case(
            #""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": 1.255"#,
            "card.json:9:28: criterion 1.1: self 1.255 has more than two decimal places"),
        Case(
            #""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": "9,5,5""#,
            #"card.json:9:28: criterion 1.1: self "9,5,5" is not a number (write 9.5 or "9,5")"#),
        Case(
            #""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": true"#,
            "card.json:9:28: criterion 1.1: self must be a number, found a boolean"),
        Case(
            #""id": "1.1", "self""#, #""id": "1.10", "self""#,
            "card.json:9:13: criterion 1.10: not in framework thai-nguyen-xa-2023 (did you mean 1.1?)"),
        Case(
            #""id": "1.2", "self""#, #""id": "1.1", "self""#,
            "card.json:10:5: criterion 1.1: listed twice (first at line 9)"),
        Case(
            #""id": "1.1", "self": 1.5, "appraised""#, #""id": "1.1", "self": 1.5, "apraised""#,
            #"card.json:9:33: criterion 1.1: unknown field "apraised" (did you mean "appraised"?)"#),
        Case(
            #""format": "cchc-scorecard/1""#, #""format": "cchc-scorecard/2""#,
            #"card.json:2:13: field "format": unknown format "cchc-scorecard/2" (expected "cchc-scorecard/1")"#),
        Case(
            #""framework": "thai-nguyen-xa-2023""#, #""framework": "thai-nguyen-xa-2024""#,
            #"card.json:3:16: field "framework": unknown framework "thai-nguyen-xa-2024" (did you mean "thai-nguyen-xa-2023"?)"#
        ),
        Case(
            #""year": 2023"#, #""year": "2023""#,
            #"card.json:7:11: field "year" must be a whole number, found a string"#),
        Case(#""unit": "UBND xã Bình Thành","#, "", #"card.json:1:1: missing required field "unit""#),
        Case(
            #""code": "8.5.2""#, #""code": "9.5.2""#,
            "card.json:106:15: deduction 9.5.2: the code belongs to no criterion of thai-nguyen-xa-2023"),
        Case(#""points": 0.25"#, #""points": 0"#, "card.json:104:17: deduction 8.3.2.2: points 0 must be above 0"),
        Case(
            #""district": "Định Hóa","#, #""distrct": "Định Hóa","#,
            #"card.json:5:3: unknown field "distrct" (did you mean "district"?)"#),
        Case(
            #""rank": 1, "of": 23"#, #""rank": 24, "of": 23"#,
            "card.json:111:76: published: rank 24 is beyond the count 23"),
    ])
    func errorsNameTheirPlace(_ c: Case) throws {
        let text = replacingOnce(try Package.fixtureText(), c.old, c.new)
        // The English wording (`--lang en`); `MessagesTests` reads the Vietnamese one.
        let loaded = load(text, language: .en)
        #expect(!loaded.isValid, "line \(c.line)")
        #expect(loaded.diagnostics.first?.description == c.expected, "line \(c.line)")
    }

    @Test func criteriaAsAnObjectIsATypeError() throws {
        let loaded = load(
            #"{"format": "cchc-scorecard/1", "framework": "thai-nguyen-xa-2023", "unit": "X", "year": 2023, "criteria": {}}"#,
            language: .en)
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"card.json:1:107: field "criteria" must be an array, found an object"#
            ])
    }

    @Test func everyErrorIsReportedUpToTheCap() throws {
        var text = try Package.fixtureText()
        for id in ["1.1", "1.4", "1.5", "1.7"] {
            text = replacingOnce(text, #""id": "\#(id)", "self": 1.5"#, #""id": "\#(id)", "self": 3"#)
        }
        let loaded = load(text)
        #expect(loaded.diagnostics.count == 4)
        #expect(loaded.diagnostics.filter { $0.message.contains("vượt điểm tối đa 1,5") }.count == 4)

        let many = (1...40).map { #"{ "id": "x\#($0)" }"# }.joined(separator: ",\n")
        let capped = load(
            #"{"format": "cchc-scorecard/1", "framework": "thai-nguyen-xa-2023", "unit": "X", "year": 2023, "criteria": [\#(many)]}"#
        )
        #expect(capped.diagnostics.count == DiagnosticCollector.cap + 1)
        #expect(capped.diagnostics.last?.description == "card.json: còn 20 lỗi không hiển thị")
    }

    @Test func scoresMayBeStringsWithADecimalComma() throws {
        let text = replacingOnce(
            try Package.fixtureText(), #""id": "1.9", "self": 1.5, "appraised": 1.5, "final": 1"#,
            #""id": "1.9", "self": 1.5, "appraised": 1.5, "final": "0,5""#)
        let loaded = load(text)
        let scorecard = try #require(loaded.scorecard)
        let report = ScoreReport(scorecard: scorecard, framework: try #require(loaded.framework))
        #expect(report.total == Points(hundredths: 8925))
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(try Package.fixtureText().utf8)
        let loaded = ScorecardReader.read(SourceText(name: "bom.json", bytes: bytes), frameworks: FrameworkStore())
        #expect(loaded.isValid)
    }

    @Test func extraObjectsAreKeptUnchecked() throws {
        let text = replacingOnce(
            try Package.fixtureText(), #""year": 2023,"#, #""year": 2023, "extra": { "anything": [1, "x"] },"#)
        #expect(load(text).isValid)
    }

    @Test func aFrameworkFileIsValidatedAsStrictly() throws {
        let folder = try TemporaryFolder()
        var framework = FrameworkJSON.render(try fixtureReport().framework)
        framework = replacingOnce(
            framework, #""id": "5", "title": "Cải cách chế độ công vụ", "max": 10"#,
            #""id": "5", "title": "Cải cách chế độ công vụ", "max": 11"#)
        try folder.write("bad-framework.json", framework)
        let card = replacingOnce(
            try Package.fixtureText(), #""framework": "thai-nguyen-xa-2023""#, #""framework": "bad-framework.json""#)
        let path = try folder.write("card.json", card)
        let source = try SourceFile.read(path)
        let loaded = ScorecardReader.read(source, frameworks: FrameworkStore(), language: .en)
        let messages = loaded.diagnostics.map(\.description)
        #expect(
            messages.first == path
                + #":3:16: field "framework": the framework \#(folder.path)/bad-framework.json is invalid"#)
        #expect(
            messages.dropFirst().first == folder.path
                + "/bad-framework.json:71:61: domain 5: max 11 is not the sum of its criteria 10")
    }
}

@Suite struct FrameworkTests {
    @Test func theBuiltInFrameworkMatchesTheSeed() throws {
        let store = FrameworkStore()
        let f = try store.open("thai-nguyen-xa-2023").get()
        #expect(f.domains.count == 8)
        #expect(f.criteria.count == 54)
        #expect(f.max == Points(hundredths: 10000))
        #expect(f.domains.map { $0.max.formatted() } == ["10", "7", "20", "20", "10", "5", "12", "16"])
        #expect(f.criterion("7.13")?.max == Points(hundredths: 150))
        #expect(f.bands.map(\.label) == ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"])
        #expect(f.owner(ofCode: "8.3.2.2")?.id == "8.3")
        #expect(f.owner(ofCode: "7.1")?.id == "7.1")
        #expect(f.owner(ofCode: "7.16.2")?.id == "7.16")
        #expect(f.owner(ofCode: "9.1") == nil)
        // A code beyond ASCII is looked up the long way, prefix by prefix, to the same owner.
        #expect(f.owner(ofCode: "8.3.Đ.2")?.id == "8.3")
        // A trailing dot leaves an empty last part: the prefix before it owns the code.
        #expect(f.owner(ofCode: "8.3.")?.id == "8.3")
        #expect(f.owner(ofCode: "") == nil)
    }

    @Test func showJSONWritesTheBuiltInTextBack() throws {
        let f = try FrameworkStore().open("thai-nguyen-xa-2023").get()
        #expect(FrameworkJSON.render(f) == ThaiNguyenXa2023.json + "\n")
    }

    @Test(arguments: [
        (Points(hundredths: 9000), "Xuất sắc", nil as String?),
        (Points(hundredths: 8999), "Tốt", "Xuất sắc"),
        (Points(hundredths: 8000), "Tốt", "Xuất sắc"),
        (Points(hundredths: 4999), "Yếu", "Trung bình"),
        (Points(hundredths: 0), "Yếu", "Trung bình"),
    ])
    func bandsIncludeTheirLowerBound(total: Points, band: String, next: String?) throws {
        let f = try FrameworkStore().open("thai-nguyen-xa-2023").get()
        let found = try #require(f.band(for: total))
        #expect(found.band.label == band)
        #expect(found.next?.label == next)
    }
}
