/// The text of a spreadsheet's stored values, read from their decimal text and never through a
/// Double: `9.5` is 9,5 exactly.
enum SpreadsheetValue {
    /// The significant digits a spreadsheet shows of a stored number (Excel's 15).
    static let shownDigits = 15

    /// A stored number as plain decimal text: the exponent applied (`1.5E-2` → `0.015`), then
    /// reduced to the 15 significant digits Excel shows, rounded half away from zero on the digit
    /// string, and trailing zeros dropped. A formula's binary noise goes (`89.750000000000014` →
    /// `89.75`), and what a person typed stays: a typed 1,255 stored as `1.2549999999999999` is
    /// `1.255`, which the reader of the cell rejects for its third decimal, as `1.3333333333333333`
    /// (`1.33333333333333`). Text that is no number is returned as it is, for the reader of the
    /// cell to reject.
    static func number(_ text: String) -> String {
        var rest = Substring(text.trimmingWhitespace)
        var negative = false
        if rest.first == "-" || rest.first == "+" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        var exponent = 0
        if let e = rest.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let value = Int(rest[rest.index(after: e)...]), abs(value) <= 400 else { return text }
            exponent = value
            rest = rest[..<e]
        }
        let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !rest.isEmpty, rest != ".",
            pieces.allSatisfy({ $0.allSatisfy { $0 >= "0" && $0 <= "9" } })
        else { return text }
        var digits = Array(pieces[0].utf8)
        if pieces.count == 2 { digits += Array(pieces[1].utf8) }
        var point = pieces[0].utf8.count + exponent
        if point < 0 {
            digits = [UInt8](repeating: 0x30, count: -point) + digits
            point = 0
        }
        if point > digits.count { digits += [UInt8](repeating: 0x30, count: point - digits.count) }
        if let first = digits.firstIndex(where: { $0 != 0x30 }), digits.count - first > shownDigits {
            point += roundShown(&digits, from: first)
        }
        var whole = String(decoding: digits[0..<point], as: UTF8.self).drop { $0 == "0" }
        if whole.isEmpty { whole = "0" }
        var fraction = digits[point...]
        while fraction.last == 0x30 { fraction = fraction.dropLast() }
        let value = fraction.isEmpty ? String(whole) : whole + "." + String(decoding: fraction, as: UTF8.self)
        return negative && value != "0" ? "-" + value : value
    }

    /// Rounds ASCII digits to `shownDigits` significant ones, the first at `first`, half away from
    /// zero; the digits after them become zeros, so the decimal point stays where it was.
    ///
    /// - Returns: 1 when a carry added a digit in front (`9.99…` → `10.0…`), else 0.
    private static func roundShown(_ digits: inout [UInt8], from first: Int) -> Int {
        let end = first + shownDigits
        let roundUp = digits[end] >= 0x35
        for i in end..<digits.count { digits[i] = 0x30 }
        guard roundUp else { return 0 }
        var i = end - 1
        while i >= 0, digits[i] == 0x39 {
            digits[i] = 0x30
            i -= 1
        }
        if i >= 0 {
            digits[i] += 1
            return 0
        }
        digits.insert(0x31, at: 0)
        return 1
    }

    /// A date serial number (days since 30 December 1899, or 1 January 1904) as `yyyy-mm-dd`,
    /// which no score column takes for a number.
    static func date(serial text: String, from1904: Bool) -> String {
        let whole = number(text).prefix { $0 != "." }
        guard let serial = Int(whole), abs(serial) < 3_000_000 else { return text }
        // Excel counts 29 February 1900, a day that never was: serials after it are one ahead.
        let days = from1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial
        // Days since 1899-12-30 → civil date (H. Hinnant's algorithm, from 1970-01-01).
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Whether a number format shows a date or time: a built-in date format, or a format code
    /// with day, month or year letters outside quotes and brackets.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
            return true
        }
        guard let code else { return false }
        var inQuote = false
        var inBracket = false
        var escaped = false
        for c in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[": inBracket = !inQuote
            case "]": inBracket = false
            case "d", "m", "y": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
