/// A problem found while reading JSON text, at a byte offset of the source.
public struct JSONProblem: Error, Equatable, Sendable {
    /// Byte offset of the problem; `nil` when no position helps (not UTF-8 at all, say).
    public var offset: Int?
    /// What is wrong, as a lower-case fragment.
    public var message: Message
}

/// A strict RFC 8259 reader that keeps the position of every value.
///
/// Foundation's decoders give no positions, and a person fixing a hand-typed file needs the
/// line and column. The reader accepts a leading byte-order mark, rejects a repeated key,
/// caps the nesting depth and keeps numbers as their exact text.
public struct JSONParser {
    /// How deep arrays and objects may nest; scorecards need four levels.
    public static let maxDepth = 64
    /// How many values a document may hold: a scorecard holds a few hundred. The cap bounds the
    /// memory of the parsed tree (about 32 bytes a value) whatever the file's shape.
    public static let maxValues = 1_000_000

    /// Parses a whole document.
    ///
    /// - Returns: the value, and the repeated keys found (each a problem; the first value is
    ///   kept), so that a caller can report them beside its own checks.
    /// - Throws: `JSONProblem` for text that is not JSON, with the offset of the first error.
    public static func parse(_ bytes: [UInt8]) throws(JSONProblem) -> (JSONValue, duplicates: [JSONProblem]) {
        try checkEncoding(bytes)
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        guard parser.index < bytes.count else {
            throw JSONProblem(
                offset: nil, message: bytes.isEmpty ? Messages.fileEmpty : Messages.fileOnlySpace)
        }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.problem(Messages.textAfterEnd)
        }
        return (value, parser.duplicates)
    }

    private let bytes: [UInt8]
    private var index = 0
    private var values = 0
    private var duplicates: [JSONProblem] = []

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func problem(_ message: Message, at offset: Int? = nil) -> JSONProblem {
        JSONProblem(offset: offset ?? index, message: message)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func describeHere() -> Message {
        guard index < bytes.count else { return Messages.endOfFile }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return Messages.character(Character(Unicode.Scalar(b))) }
        return Messages.byte(Self.hex(b))
    }

    /// `0x0A`, `0xF3`: a byte as messages write it.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" : "") + digits
    }

    private mutating func parseValue(depth: Int) throws(JSONProblem) -> JSONValue {
        guard index < bytes.count else { throw problem(Messages.valueExpectedAtEnd) }
        values += 1
        guard values <= Self.maxValues else {
            throw problem(Messages.tooManyValues(Self.maxValues))
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONValue(kind: .object(try parseObject(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["): return JSONValue(kind: .array(try parseArray(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONValue(kind: .bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONValue(kind: .bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONValue(kind: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: .number(try parseNumber()), offset: start)
        default:
            throw problem(Messages.valueExpected(describeHere()))
        }
    }

    private mutating func expectWord(_ word: String) throws(JSONProblem) {
        let start = index
        for b in word.utf8 {
            guard index < bytes.count, bytes[index] == b else {
                throw problem(Messages.valueExpected(describeHere()), at: start)
            }
            index += 1
        }
    }

    private mutating func enter(depth: Int) throws(JSONProblem) {
        guard depth <= Self.maxDepth else {
            throw problem(Messages.tooDeep(Self.maxDepth))
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONProblem) -> JSONObject {
        try enter(depth: depth)
        index += 1
        var members: [JSONObject.Member] = []
        // Small objects are searched in place; a Set only pays off for large (hostile) ones.
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONObject(members: members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index >= bytes.count { throw problem(Messages.objectNotClosed) }
                let digit = bytes[index] >= 0x30 && bytes[index] <= 0x39
                throw problem(Messages.keyExpected(describeHere(), decimalComma: digit))
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                if index >= bytes.count { throw problem(Messages.objectNotClosed) }
                throw problem(Messages.colonExpected(describeHere(), key: Text.clipped(key)))
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            let isNew: Bool
            if let set = seen {
                isNew = !set.contains(key)
                if isNew { seen?.insert(key) }
            } else {
                isNew = !members.contains { $0.key == key }
                if members.count == 16 { seen = Set(members.map(\.key)).union([key]) }
            }
            if isNew {
                members.append(JSONObject.Member(key: key, keyOffset: keyOffset, value: value))
            } else {
                // Only the first few are ever shown; the rest share one literal and cost no memory.
                let message = Messages.keyTwice(duplicates.count < DiagnosticCollector.cap ? Text.clipped(key) : nil)
                duplicates.append(problem(message, at: keyOffset))
            }
            skipWhitespace()
            guard index < bytes.count else { throw problem(Messages.objectNotClosed) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return JSONObject(members: members)
            default: throw problem(Messages.commaOrBraceExpected(describeHere()))
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONProblem) -> [JSONValue] {
        try enter(depth: depth)
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw problem(Messages.arrayNotClosed) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return elements
            default: throw problem(Messages.commaOrBracketExpected(describeHere()))
            }
        }
    }

    private mutating func parseNumber() throws(JSONProblem) -> String {
        let start = index
        func digits(_ p: inout JSONParser) -> Int {
            var count = 0
            while p.index < p.bytes.count, p.bytes[p.index] >= 0x30, p.bytes[p.index] <= 0x39 {
                p.index += 1
                count += 1
            }
            return count
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else {
            throw problem(Messages.digitAfterMinus)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                throw problem(Messages.leadingZero, at: start)
            }
        } else {
            _ = digits(&self)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw problem(Messages.digitAfterPoint) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(&self) > 0 else { throw problem(Messages.digitInExponent) }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONProblem) -> String {
        let start = index
        index += 1
        var runStart = index
        var scratch: [UInt8] = []
        var escaped = false
        while true {
            guard index < bytes.count else {
                throw problem(Messages.stringNotClosed, at: start)
            }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                if !escaped {
                    let s = String(decoding: bytes[runStart..<index], as: UTF8.self)
                    index += 1
                    return s
                }
                scratch.append(contentsOf: bytes[runStart..<index])
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b < 0x20 {
                throw problem(Messages.controlInString(b, hex: Self.hex(b)))
            }
            if b == UInt8(ascii: "\\") {
                escaped = true
                scratch.append(contentsOf: bytes[runStart..<index])
                index += 1
                guard index < bytes.count else {
                    throw problem(Messages.stringNotClosed, at: start)
                }
                let e = bytes[index]
                switch e {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    let escapeStart = index - 1
                    index += 1
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw problem(Messages.loneSurrogate(String(code, radix: 16)), at: escapeStart) }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw problem(Messages.loneSurrogate(String(code, radix: 16)), at: escapeStart)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw problem(Messages.loneSurrogate(String(code, radix: 16)), at: escapeStart)
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw problem(Messages.invalidUnicodeEscape(String(code, radix: 16)), at: escapeStart)
                    }
                    scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
                    runStart = index
                    continue
                default:
                    throw problem(Messages.invalidEscape, at: index - 1)
                }
                index += 1
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func hex4() throws(JSONProblem) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw problem(Messages.endInEscape) }
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw problem(Messages.escapeNeedsFourDigits)
            }
            code = code << 4 | digit
            index += 1
        }
        return code
    }
}
