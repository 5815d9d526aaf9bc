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

    /// `numerator / denominator` rounded to a whole number, halves away from zero, once.
    public static func rounded(_ numerator: Int, _ denominator: Int) -> Int {
        let q = (2 * numerator.magnitude + denominator.magnitude) / (2 * denominator.magnitude)
        return (numerator < 0) != (denominator < 0) ? -Int(q) : Int(q)
    }

    /// `self × 100 ÷ of`, to hundredths: an index out of an applicable max (77,85 of 90 is 86,5).
    public func index(of max: Points) -> Points? {
        guard max.hundredths > 0 else { return nil }
        return Points(hundredths: Self.rounded(hundredths * 10_000, max.hundredths))
    }

    /// `self × percent ÷ 100`, to hundredths: a survey's points (30 at 86,5 % is 25,95).
    public func share(_ percent: Points) -> Points {
        Points(hundredths: Self.rounded(hundredths * percent.hundredths, 10_000))
    }

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
        var text = text
        return text.withUTF8 { parseDecimal($0, comma: false, allowExponent: true) }
    }

    /// Parses the checked JSON number that starts at `start` of `bytes`, as
    /// `parse(jsonNumber:)` does from its text, and finds its end on the way.
    static func parse(jsonNumberIn bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Result<Points, ParseError> {
        // What scorecards hold (`14.5`, `0.25`, `2`): up to nine digits and two decimals, read
        // in one loop; anything else (a sign, an exponent, a third decimal) the long way. Nine
        // digits and two decimals cannot overflow: the sums are made without a check.
        var whole = 0
        var i = start
        while i < bytes.count, i - start < 9, bytes[i] &- 0x30 < 10 {
            whole = whole &* 10 &+ Int(bytes[i] &- 0x30)
            i += 1
        }
        var hundredths = whole &* 100
        if i > start, i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            var k = i + 1
            var fraction = 0
            while k < bytes.count, k - i <= 2, bytes[k] &- 0x30 < 10 {
                fraction = fraction &* 10 &+ Int(bytes[k] &- 0x30)
                k += 1
            }
            hundredths &+= k - i == 2 ? fraction &* 10 : fraction
            i = k == i + 1 ? start : k
        }
        if i > start, i == bytes.count || !isNumberByte(bytes[i]) { return .success(Points(hundredths: hundredths)) }
        var end = start + 1
        while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
        return parseDecimal(UnsafeBufferPointer(rebasing: bytes[start..<end]), comma: false, allowExponent: true)
    }

    /// Whether a byte can be part of a JSON number.
    private static func isNumberByte(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || b == UInt8(ascii: ".") || b | 0x20 == UInt8(ascii: "e") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: "-")
    }

    /// Parses a score written as text: `9,5`, `9.5`, `10`, with optional surrounding spaces.
    public static func parse(text: String) -> Result<Points, ParseError> {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return parseDecimal(UnsafeBufferPointer(rebasing: bytes[start..<end]), comma: true, allowExponent: false)
        }
    }

    /// value = digits × 10^(exponent − fraction digits), computed without leaving integers.
    private static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>, comma: Bool, allowExponent: Bool)
        -> Result<Points, ParseError>
    {
        var i = 0
        let n = bytes.count
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        } else if i < n, bytes[i] == UInt8(ascii: "+"), !allowExponent {
            i += 1
        }
        var mantissa = 0  // significant digits, leading zeros dropped
        var significant = 0  // how many digits `mantissa` holds
        var trailingZeros = 0  // zeros after the last non-zero digit, not yet in `mantissa`
        var fractionDigits = 0
        var sawDigit = false
        func take(_ digit: Int) -> Bool {
            if digit == 0 {
                if significant > 0 { trailingZeros += 1 }
                return true
            }
            // Bring back the zeros held apart, then the digit.
            significant += trailingZeros + 1
            guard significant <= 15 else { return false }
            for _ in 0..<trailingZeros { mantissa *= 10 }
            trailingZeros = 0
            mantissa = mantissa * 10 + digit
            return true
        }
        var tooLarge = false
        while i < n, isDigit(bytes[i]) {
            if !take(Int(bytes[i] - 0x30)) { tooLarge = true }
            sawDigit = true
            i += 1
        }
        if i < n, bytes[i] == UInt8(ascii: ".") || (comma && bytes[i] == UInt8(ascii: ",")) {
            i += 1
            var sawFraction = false
            while i < n, isDigit(bytes[i]) {
                if !take(Int(bytes[i] - 0x30)) { tooLarge = true }
                fractionDigits += 1
                sawFraction = true
                i += 1
            }
            guard sawFraction else { return .failure(.notANumber) }
        }
        guard sawDigit else { return .failure(.notANumber) }
        var exponent = 0
        if allowExponent, i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var sawExp = false
            while i < n, isDigit(bytes[i]) {
                // Saturate: an exponent this large is out of range either way.
                exponent = min(exponent * 10 + Int(bytes[i] - 0x30), 1_000_000)
                sawExp = true
                i += 1
            }
            guard sawExp else { return .failure(.notANumber) }
            if expNegative { exponent = -exponent }
        }
        guard i == n else { return .failure(.notANumber) }
        if significant == 0 { return .success(.zero) }
        // The value is mantissa × 10^(trailingZeros + exponent − fractionDigits).
        let scale = fractionDigits - exponent - trailingZeros
        guard scale <= 2 else { return .failure(.tooManyDecimals) }
        guard !tooLarge, significant + (2 - scale) <= 12 else { return .failure(.tooLarge) }
        var value = mantissa
        for _ in 0..<(2 - scale) { value *= 10 }
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

    /// The value with `separator` between the whole points and the hundredths, if any: `89,75`,
    /// `89,5`, `0,05`, `-3`. Written digit by digit into a buffer on the stack: every score a
    /// report or a message shows comes through here.
    func formatted(separator: String) -> String {
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        var separator = separator
        return separator.withUTF8 { mark in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24 + mark.count) { buffer in
                var end = 0
                if hundredths < 0 {
                    buffer[0] = UInt8(ascii: "-")
                    end = 1
                }
                var whole = magnitude / 100
                repeat {
                    end += 1
                    whole /= 10
                } while whole > 0
                whole = magnitude / 100
                var i = end
                repeat {
                    i -= 1
                    buffer[i] = UInt8(ascii: "0") + UInt8(whole % 10)
                    whole /= 10
                } while whole > 0
                if cents != 0 {
                    for byte in mark {
                        buffer[end] = byte
                        end += 1
                    }
                    buffer[end] = UInt8(ascii: "0") + UInt8(cents / 10)
                    end += 1
                    // `,5`, not `,50`; `,05` keeps its zero.
                    if cents % 10 != 0 {
                        buffer[end] = UInt8(ascii: "0") + UInt8(cents % 10)
                        end += 1
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
            }
        }
    }
}

/// The language of text output.
public enum Language: String, CaseIterable, Sendable {
    case vi, en
}
