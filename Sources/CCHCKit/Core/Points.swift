/// An exact number of points, held as integer hundredths (`89,75` is 8975).
///
/// Scores in the PAR Index have at most two decimal places, so every sum and difference of
/// them is exact in hundredths: 97,5 − 93,75 is 3,75 and never 3,7499999.
public struct Points: Hashable, Comparable, Sendable {
    /// The value in hundredths of a point.
    public var hundredths: Int

    /// Creates a value from hundredths of a point.
    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Zero points.
    public static let zero = Points(hundredths: 0)

    /// The largest magnitude accepted from input: a billion points is far beyond any scorecard
    /// and keeps every sum of many values far from overflow.
    static let limit = 100_000_000_000

    public static func < (a: Points, b: Points) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Points, b: Points) -> Points { Points(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: Points, b: Points) -> Points { Points(hundredths: a.hundredths - b.hundredths) }
    public static func += (a: inout Points, b: Points) { a.hundredths += b.hundredths }
    public static prefix func - (a: Points) -> Points { Points(hundredths: -a.hundredths) }

    /// Why a text is not a number of points.
    public enum ParseError: Error, Equatable, Sendable {
        /// Not a decimal number at all.
        case notANumber
        /// A number with more than two decimal places.
        case tooManyDecimals
        /// A number too large to be a score.
        case tooLarge
    }

    /// Parses a JSON number's text (`1.5`, `-0`, `1E2`).
    ///
    /// The caller has already checked the RFC 8259 grammar; this only computes the exact value.
    public static func parse(jsonNumber text: String) -> Result<Points, ParseError> {
        parseDecimal(Array(text.utf8), separators: [UInt8(ascii: ".")], allowExponent: true)
    }

    /// Parses a score written as text: `9,5`, `9.5`, `10`, with optional surrounding spaces.
    public static func parse(text: String) -> Result<Points, ParseError> {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.endIndex
        return parseDecimal(
            Array(bytes[start...]), separators: [UInt8(ascii: "."), UInt8(ascii: ",")], allowExponent: false)
    }

    private static func parseDecimal(_ bytes: [UInt8], separators: Set<UInt8>, allowExponent: Bool)
        -> Result<Points, ParseError>
    {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        } else if i < bytes.count, bytes[i] == UInt8(ascii: "+"), !allowExponent {
            i += 1
        }
        var digits: [UInt8] = []  // every significant digit, integer part then fraction
        var fractionCount = 0
        var sawDigit = false
        while i < bytes.count, isDigit(bytes[i]) {
            digits.append(bytes[i] - 0x30)
            sawDigit = true
            i += 1
        }
        if i < bytes.count, separators.contains(bytes[i]) {
            i += 1
            var sawFraction = false
            while i < bytes.count, isDigit(bytes[i]) {
                digits.append(bytes[i] - 0x30)
                fractionCount += 1
                sawFraction = true
                i += 1
            }
            guard sawFraction else { return .failure(.notANumber) }
        }
        guard sawDigit else { return .failure(.notANumber) }
        var exponent = 0
        if allowExponent, i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var sawExp = false
            while i < bytes.count, isDigit(bytes[i]) {
                // Saturate: an exponent this large is out of range either way.
                exponent = min(exponent * 10 + Int(bytes[i] - 0x30), 1_000_000)
                sawExp = true
                i += 1
            }
            guard sawExp else { return .failure(.notANumber) }
            if expNegative { exponent = -exponent }
        }
        guard i == bytes.count else { return .failure(.notANumber) }

        // value = digits × 10^(exponent − fractionCount); drop trailing zeros first.
        var scale = fractionCount - exponent
        while scale > 0, let last = digits.last, last == 0 {
            digits.removeLast()
            scale -= 1
        }
        while let first = digits.first, first == 0 { digits.removeFirst() }
        if digits.isEmpty { return .success(.zero) }
        guard scale <= 2 else { return .failure(.tooManyDecimals) }
        let shift = 2 - scale  // how many zeros to append to reach hundredths
        guard digits.count + shift <= 12 else { return .failure(.tooLarge) }
        var value = 0
        for d in digits { value = value * 10 + Int(d) }
        for _ in 0..<shift { value *= 10 }
        guard value <= limit else { return .failure(.tooLarge) }
        return .success(Points(hundredths: negative ? -value : value))
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The value written for people: `89,75` (Vietnamese) or `89.75` (English), `9` not `9,00`.
    public func formatted(_ language: Language = .vi) -> String {
        formatted(separator: language == .vi ? "," : ".")
    }

    /// The value with an explicit sign, for changes: `+1,5`, `-3,75`, `0`.
    public func signed(_ language: Language = .vi) -> String {
        hundredths > 0 ? "+" + formatted(language) : formatted(language)
    }

    /// The value as a JSON number: `93.75`, `9`.
    public var json: String { formatted(separator: ".") }

    private func formatted(separator: String) -> String {
        let magnitude = hundredths.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        let sign = hundredths < 0 ? "-" : ""
        if cents == 0 { return sign + whole }
        if cents % 10 == 0 { return sign + whole + separator + String(cents / 10) }
        return sign + whole + separator + (cents < 10 ? "0" : "") + String(cents)
    }
}

/// The language of text output.
public enum Language: String, CaseIterable, Sendable {
    case vi, en
}
