/// The syntax of JSON text: what a person who typed or saved the file can fix.
extension Messages {
    static let fileEmpty = Message(vi: "tệp trống", en: "the file is empty")
    static let fileOnlySpace = Message(vi: "tệp chỉ có khoảng trắng", en: "the file holds only white space")
    static let textAfterEnd = Message(
        vi: "còn chữ sau chỗ kết thúc tài liệu JSON", en: "unexpected text after the end of the JSON document")
    static let utf16 = Message(
        vi: "tệp là văn bản UTF-16; hãy lưu lại dưới dạng UTF-8", en: "the file is UTF-16 text; save it as UTF-8")
    static let utf16Like = Message(
        vi: "tệp có vẻ là văn bản UTF-16; hãy lưu lại dưới dạng UTF-8",
        en: "the file looks like UTF-16 text; save it as UTF-8")
    static let zipNotJSON = Message(
        vi: "tệp là một tệp nén ZIP (tệp Excel hay Word?), không phải văn bản JSON",
        en: "the file is a ZIP archive (an Excel or Word file?), not JSON text")

    /// A byte that is not UTF-8; the message is placed at it (FILE:LINE:COL).
    static func notUTF8(byte: String) -> Message {
        Message(
            vi: "tệp không phải văn bản UTF-8: byte \(byte)"
                + " (lưu bằng Windows-1258 hay Latin-1? hãy lưu lại dưới dạng UTF-8)",
            en: "the file is not UTF-8 text: byte \(byte)"
                + " (saved as Windows-1258 or Latin-1? save it as UTF-8)")
    }

    /// What stands where the reader stopped.
    static let endOfFile = Message(vi: "cuối tệp", en: "the end of the file")
    /// `'x'`, a printable character.
    static func character(_ c: Character) -> Message { .same("'\(c)'") }
    /// `byte 0xE2`.
    static func byte(_ hex: String) -> Message { Message(vi: "byte \(hex)", en: "byte " + hex) }

    static let valueExpectedAtEnd = Message(
        vi: "tệp kết thúc giữa chừng: còn thiếu một giá trị", en: "unexpected end of the file: a value was expected")

    static func tooManyValues(_ limit: Int) -> Message {
        Message(
            vi: "hơn \(limit) giá trị trong một tệp, nhiều hơn hẳn mọi bảng điểm",
            en: "more than \(limit) values in one file, far more than any scorecard holds")
    }

    /// `unexpected 'x': a value was expected`.
    static func valueExpected(_ found: Message) -> Message {
        Message(vi: "gặp \(found.vi) ở chỗ cần một giá trị", en: "unexpected \(found.en): a value was expected")
    }

    static func tooDeep(_ limit: Int) -> Message {
        Message(vi: "lồng sâu hơn \(limit) mức", en: "nesting deeper than \(limit) levels")
    }

    static let objectNotClosed = Message(
        vi: "tệp kết thúc giữa chừng: đối tượng chưa đóng", en: "unexpected end of the file: the object is not closed")
    static let arrayNotClosed = Message(
        vi: "tệp kết thúc giữa chừng: mảng chưa đóng", en: "unexpected end of the file: the array is not closed")
    static let stringNotClosed = Message(
        vi: "tệp kết thúc giữa chừng: chuỗi chưa đóng", en: "unexpected end of the file: the string is not closed")

    /// A key was expected; `decimalComma` when a digit stands there (`9,5` written bare).
    static func keyExpected(_ found: Message, decimalComma: Bool) -> Message {
        let hint =
            decimalComma
            ? Message(
                vi: " (dấu phẩy thập phân? viết 9.5 hoặc \"9,5\")", en: " (a decimal comma? write 9.5 or \"9,5\")")
            : .none
        return Message(
            vi: "gặp \(found.vi) ở chỗ cần một khóa trong dấu ngoặc kép",
            en: "unexpected \(found.en): a key in double quotes was expected") + hint
    }

    static func colonExpected(_ found: Message, key: String) -> Message {
        Message(
            vi: "gặp \(found.vi) ở chỗ cần ':' sau khóa \"\(key)\"",
            en: "unexpected \(found.en): ':' was expected after the key \"\(key)\"")
    }

    /// A key repeated in one object; `nil` when it is too long to show.
    static func keyTwice(_ key: String?) -> Message {
        guard let key else {
            return Message(
                vi: "một khóa xuất hiện hai lần trong một đối tượng", en: "a key appears twice in one object")
        }
        return Message(
            vi: "khóa \"\(key)\" xuất hiện hai lần trong một đối tượng",
            en: "the key \"\(key)\" appears twice in one object", id: key)
    }

    static func commaOrBraceExpected(_ found: Message) -> Message {
        Message(vi: "gặp \(found.vi) ở chỗ cần ',' hoặc '}'", en: "unexpected \(found.en): ',' or '}' was expected")
    }

    static func commaOrBracketExpected(_ found: Message) -> Message {
        Message(vi: "gặp \(found.vi) ở chỗ cần ',' hoặc ']'", en: "unexpected \(found.en): ',' or ']' was expected")
    }

    static let digitAfterMinus = Message(vi: "cần một chữ số sau '-'", en: "a digit was expected after '-'")
    static let leadingZero = Message(
        vi: "số không được bắt đầu bằng 0 (viết 5, không viết 05)",
        en: "a number may not start with 0 (write 5, not 05)")
    static let digitAfterPoint = Message(
        vi: "cần một chữ số sau dấu thập phân", en: "a digit was expected after the decimal point")
    static let digitInExponent = Message(vi: "cần một chữ số trong phần mũ", en: "a digit was expected in the exponent")

    /// A raw control character inside a string.
    static func controlInString(_ byte: UInt8, hex: String) -> Message {
        let what: Message =
            byte == 0x0A
            ? Message(vi: "một dấu xuống dòng", en: "a line break")
            : byte == 0x09
                ? Message(vi: "một dấu tab", en: "a tab")
                : Message(vi: "ký tự điều khiển \(hex)", en: "control character \(hex)")
        return Message(
            vi: "\(what.vi) nằm trong một chuỗi (viết nó dưới dạng thoát, hoặc đóng chuỗi lại)",
            en: "\(what.en) inside a string (write it as an escape, or close the string)")
    }

    static func loneSurrogate(_ code: String) -> Message {
        Message(vi: "một mã thoát \\u\(code) đứng lẻ (nửa cặp surrogate)", en: "a lone surrogate escape \\u\(code)")
    }

    static func invalidUnicodeEscape(_ code: String) -> Message {
        Message(vi: "mã thoát \\u\(code) không hợp lệ", en: "an invalid escape \\u\(code)")
    }

    static let invalidEscape = Message(vi: "mã thoát không hợp lệ trong chuỗi", en: "an invalid escape in a string")
    static let endInEscape = Message(
        vi: "tệp kết thúc giữa một mã thoát \\u", en: "unexpected end of the file in a \\u escape")
    static let escapeNeedsFourDigits = Message(
        vi: "mã thoát \\u cần bốn chữ số thập lục phân", en: "a \\u escape needs four hexadecimal digits")

    /// The name of a JSON value's type, as a message says it: `a string`, `an array`.
    static func typeName(_ kind: JSONValue.Kind) -> Message {
        switch kind {
        case .null: return .same("null")
        case .bool: return Message(vi: "một giá trị đúng/sai", en: "a boolean")
        case .number: return Message(vi: "một số", en: "a number")
        case .string: return Message(vi: "một chuỗi", en: "a string")
        case .array: return Message(vi: "một mảng", en: "an array")
        case .object: return Message(vi: "một đối tượng", en: "an object")
        }
    }

    // MARK: Text typed in Word

    /// A character beyond ASCII where JSON's syntax needs another, named with its code point
    /// (`ký tự "…" (U+2026)`), and what to write instead where that is plain: Word's curly
    /// quotes, dashes for a minus, full-width punctuation, an invisible space, a word without
    /// its quotes. Said after `gặp` / `unexpected`, so English has no article.
    static func unexpectedScalar(_ scalar: Unicode.Scalar) -> Message {
        let v = scalar.value
        let hex = String(v, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        func named(_ vi: String? = nil, _ en: String? = nil) -> Message {
            Message(
                vi: "ký tự \"\(scalar)\" (U+\(code)" + (vi.map { "; " + $0 } ?? "") + ")",
                en: "character \"\(scalar)\" (U+\(code)" + (en.map { "; " + $0 } ?? "") + ")")
        }
        switch v {
        case 0x201C, 0x201D, 0x201E, 0x201F:
            return Message(
                vi: "dấu ngoặc kép cong “ ” (do Word tự đổi; hãy viết dấu thẳng \")",
                en: "curly quote “ ” (Word's; write a straight \")")
        case 0x2018, 0x2019, 0x201A, 0x201B:
            return Message(
                vi: "dấu nháy đơn cong ‘ ’ (do Word tự đổi; chuỗi JSON cần dấu ngoặc kép thẳng \")",
                en: "curly single quote ‘ ’ (Word's; JSON strings need a straight \")")
        case 0xA0, 0x202F:
            return Message(
                vi: "một dấu cách không ngắt (do Word chèn; hãy thay bằng dấu cách thường)",
                en: "non-breaking space (Word's; write a plain space)")
        case 0x2010...0x2015, 0x2212:
            return named(
                "gạch ngang do Word đổi; số âm viết bằng dấu trừ -", "a dash Word typed; write a minus as -")
        case 0x200B...0x200D, 0x2060, 0xFEFF:
            return named("ký tự vô hình độ rộng 0; hãy xóa nó", "an invisible zero-width space; delete it")
        case 0xFF01...0xFF5E:
            let plain = Unicode.Scalar(v - 0xFEE0).map(String.init) ?? ""
            return named(
                "dấu toàn độ rộng; hãy viết dấu thường \(plain)", "a full-width sign; write a plain \(plain)")
        case _ where scalar.properties.isAlphabetic:
            return named(
                "chữ không nằm trong dấu ngoặc kép; hãy đặt chuỗi trong \"…\"",
                "a word without quotes; put text in straight \"…\"")
        default:
            return named()
        }
    }
    static let trailingComma = Message(
        vi: "dấu phẩy thừa trước dấu đóng (xóa dấu phẩy cuối cùng)",
        en: "a trailing comma before the closing bracket (remove it)")
    static let missingComma = Message(
        vi: "thiếu dấu phẩy giữa hai mục (giữa hai đối tượng, hoặc trước khóa này)",
        en: "a comma is missing between two items (two objects, or before this key)")
}
