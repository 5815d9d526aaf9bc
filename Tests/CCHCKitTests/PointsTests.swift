import Testing

@testable import CCHCKit

@Suite struct PointsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let expected: Result<Int, Points.ParseError>
        let line: Int
        init(_ input: String, _ expected: Result<Int, Points.ParseError>, line: Int = #line) {
            self.input = input
            self.expected = expected
            self.line = line
        }
        var testDescription: String { "\(input) (line \(line))" }
    }

    @Test(arguments: [
        Case("1.5", .success(150)), Case("0", .success(0)), Case("-0", .success(0)), Case("10", .success(1000)),
        Case("93.75", .success(9375)), Case("0.25", .success(25)), Case("1E2", .success(10000)),
        Case("1.50", .success(150)), Case("1.500", .success(150)), Case("25e-2", .success(25)),
        Case("9.555", .failure(.tooManyDecimals)), Case("0.001", .failure(.tooManyDecimals)),
        Case("1e999999", .failure(.tooLarge)), Case("1e-999999", .failure(.tooManyDecimals)),
        Case(String(repeating: "9", count: 400), .failure(.tooLarge)), Case("-1.5", .success(-150)),
    ])
    func jsonNumbers(_ c: Case) {
        #expect(Points.parse(jsonNumber: c.input).map(\.hundredths) == c.expected, "line \(c.line)")
    }

    @Test(arguments: [
        Case("9,5", .success(950)), Case("9.5", .success(950)), Case("11.5", .success(1150)),
        Case("9,0", .success(900)), Case(" 0,25 ", .success(25)), Case("15,25", .success(1525)),
        Case("9,5,5", .failure(.notANumber)), Case("9.555", .failure(.tooManyDecimals)),
        Case("NaN", .failure(.notANumber)), Case("Infinity", .failure(.notANumber)), Case("", .failure(.notANumber)),
        Case(",5", .failure(.notANumber)), Case("5,", .failure(.notANumber)), Case("1e2", .failure(.notANumber)),
        Case("9 5", .failure(.notANumber)),
    ])
    func textScores(_ c: Case) {
        #expect(Points.parse(text: c.input).map(\.hundredths) == c.expected, "line \(c.line)")
    }

    @Test(arguments: [
        (8975, "89,75", "89.75", "+89,75"), (900, "9", "9", "+9"), (950, "9,5", "9.5", "+9,5"),
        (5, "0,05", "0.05", "+0,05"), (-375, "-3,75", "-3.75", "-3,75"), (0, "0", "0", "0"),
        // 1 234 567 points and 89 hundredths; a tenth; a negative below one point; a round ten.
        (123_456_789, "1234567,89", "1234567.89", "+1234567,89"), (10, "0,1", "0.1", "+0,1"),
        (-5, "-0,05", "-0.05", "-0,05"), (1000, "10", "10", "+10"),
    ])
    func formatting(hundredths: Int, vi: String, en: String, signed: String) {
        let p = Points(hundredths: hundredths)
        #expect(p.formatted(.vi) == vi)
        #expect(p.formatted(.en) == en)
        #expect(p.json == en)
        #expect(p.signed(.vi) == signed)
    }

    @Test func arithmeticIsExact() throws {
        let a = try Points.parse(jsonNumber: "97.5").get()
        let b = try Points.parse(jsonNumber: "93.75").get()
        #expect((a - b).formatted(.en) == "3.75")
        #expect((b - a).signed(.vi) == "-3,75")
    }

    /// The short way for the numbers scorecards hold gives what the long way gives, for those
    /// and for the ones it leaves to the long way.
    @Test(arguments: [
        "0", "2", "14.5", "0.25", "1.50", "999999999.99", "1234567890", "12345678901234567", "1.255", "-1.5",
        "1e2", "1E-2", "0.5e1", "7.0", "100", "3.14", "0.", "12.3e1", "5.25E+1", "-0", "0.05",
    ])
    func theShortWayAgreesWithTheLongWay(_ text: String) {
        let short = Array(text.utf8).withUnsafeBufferPointer { Points.parse(jsonNumberIn: $0, at: 0) }
        // As in a document: the number ends where a comma or a brace follows.
        let inText = Array(("[" + text + ",1]").utf8).withUnsafeBufferPointer { Points.parse(jsonNumberIn: $0, at: 1) }
        #expect("\(inText)" == "\(short)", "\(text) in an array")
        // The String overload always goes the long way.
        let long = Points.parse(jsonNumber: text)
        #expect("\(short)" == "\(long)", "\(text)")
    }

    /// The stages in process order: their order is their place in `allCases`, and `<` and the
    /// published figures' places go by it.
    @Test func stagesKeepTheirOrder() {
        #expect(Stage.allCases.map(\.order) == [0, 1, 2])
        #expect(Stage.allCases.sorted(by: >) == [.final, .appraised, .selfAssessed])
        var offsets = Published.Offsets()
        offsets[.appraised] = 120
        #expect(Stage.allCases.map { offsets[$0] } == [nil, 120, nil])
    }
}
