/// A problem found while reading JSON text, at a byte offset of the source.
public struct JSONProblem: Error, Equatable, Sendable {
    /// Byte offset of the problem; `nil` when no position helps (UTF-16 text, an empty file).
    public var offset: Int?
    /// What is wrong, as a lower-case fragment.
    public var message: Message
}

/// A strict RFC 8259 reader that keeps the position of every value.
///
/// Foundation's decoders give no positions, and a person fixing a hand-typed file needs the
/// line and column. The reader accepts a leading byte-order mark, rejects a repeated key,
/// caps the nesting depth and keeps numbers as their exact text. It makes no tree and no
/// `String`: one pass checks the grammar and the UTF-8 inside strings and writes the flat index
/// of `JSONDocument`; the readers of scorecards and frameworks take from it what they keep.
public struct JSONParser {
    /// How deep arrays and objects may nest; scorecards need four levels.
    public static let maxDepth = 64
    /// How many values a document may hold: a scorecard holds a few hundred. The cap bounds the
    /// memory of the index (12 bytes a value or key) whatever the file's shape.
    public static let maxValues = 1_000_000

    /// Parses a whole document.
    ///
    /// - Returns: the value, and the repeated keys found (each a problem; the first value is
    ///   kept), so that a caller can report them beside its own checks.
    /// - Throws: `JSONProblem` for text that is not JSON, with the offset of the first error;
    ///   text that is not UTF-8 anywhere is reported as that, before any other problem.
    public static func parse(_ bytes: [UInt8]) throws(JSONProblem) -> (JSONValue, duplicates: [JSONProblem]) {
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(JSONProblem) in
                var parser = JSONParser(bytes: buffer)
                parser.entries.reserveCapacity(bytes.count / 8)
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
                parser.skipWhitespace()
                guard parser.index < buffer.count else {
                    throw JSONProblem(offset: nil, message: bytes.isEmpty ? Messages.fileEmpty : Messages.fileOnlySpace)
                }
                try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                guard parser.index == buffer.count else {
                    throw parser.problem(Messages.textAfterEnd)
                }
                let document = JSONDocument(bytes: bytes, entries: parser.entries)
                return (JSONValue(document: document, index: 0), parser.duplicates)
            }
        } catch {
            // Every byte above ASCII that parsed was inside a string and checked there; text that
            // does not parse may hold others, and then its encoding is the problem to tell.
            try checkEncoding(bytes)
            throw error
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var values = 0
    private var entries: [JSONDocument.Entry] = []
    private var duplicates: [JSONProblem] = []
    /// The distinct keys of the objects being read, innermost last: a key is compared with its
    /// own object's distinct keys only, never with the repeats between them.
    private var keyStack: [Int32] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

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
        // A character beyond ASCII (what Word types: curly quotes, dashes, `…`) is named, not
        // its first byte; a byte that starts no character stays a byte.
        var rest = bytes[index..<min(index + 4, bytes.count)].makeIterator()
        var decoder = UTF8()
        if b >= 0x80, case .scalarValue(let scalar) = decoder.decode(&rest) { return Messages.unexpectedScalar(scalar) }
        return Messages.byte(Self.hex(b))
    }

    /// `0x0A`, `0xF3`: a byte as messages write it.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" : "") + digits
    }

    private mutating func append(_ kind: JSONDocument.Entry.Kind, from start: Int, flags: UInt8 = 0) {
        entries.append(JSONDocument.Entry(kind: kind, flags: flags, start: UInt32(start), end: UInt32(index)))
    }

    private mutating func parseValue(depth: Int) throws(JSONProblem) {
        guard index < bytes.count else { throw problem(Messages.valueExpectedAtEnd) }
        values += 1
        guard values <= Self.maxValues else {
            throw problem(Messages.tooManyValues(Self.maxValues))
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            let flags = try parseString()
            append(.string, from: start, flags: flags)
            entries[entries.count - 1].end = UInt32(index - 1)
        case UInt8(ascii: "t"):
            try expectWord("true")
            append(.bool, from: start, flags: JSONDocument.Entry.isTrue)
        case UInt8(ascii: "f"):
            try expectWord("false")
            append(.bool, from: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            append(.null, from: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
            append(.number, from: start)
        default:
            throw problem(Messages.valueExpected(describeHere()))
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONProblem) {
        let start = index
        for k in 0..<word.utf8CodeUnitCount {
            guard index < bytes.count, bytes[index] == word.utf8Start[k] else {
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

    /// Opens a container's entry; `close` sets where it ends.
    private mutating func open(_ kind: JSONDocument.Entry.Kind) -> Int {
        entries.append(JSONDocument.Entry(kind: kind, flags: 0, start: UInt32(index), end: 0))
        return entries.count - 1
    }

    private mutating func close(_ entry: Int) {
        entries[entry].end = UInt32(entries.count)
    }

    private mutating func parseObject(depth: Int) throws(JSONProblem) {
        try enter(depth: depth)
        let object = open(.object)
        index += 1
        var count = 0
        // Small objects are searched in place; a Set only pays off for large (hostile) ones.
        var seen: Set<String>?
        let base = keyStack.count
        defer { keyStack.removeLast(keyStack.count - base) }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            close(object)
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index >= bytes.count { throw problem(Messages.objectNotClosed) }
                if bytes[index] == UInt8(ascii: "}") { throw problem(Messages.trailingComma) }
                let digit = bytes[index] >= 0x30 && bytes[index] <= 0x39
                throw problem(Messages.keyExpected(describeHere(), decimalComma: digit))
            }
            let keyOffset = index
            let flags = try parseString()
            append(.key, from: keyOffset, flags: flags)
            let key = entries.count - 1
            entries[key].end = UInt32(index - 1)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                if index >= bytes.count { throw problem(Messages.objectNotClosed) }
                throw problem(Messages.colonExpected(describeHere(), key: Text.clipped(keyText(key))))
            }
            index += 1
            skipWhitespace()
            try parseValue(depth: depth)
            let isNew: Bool
            if let set = seen {
                let text = keyText(key)
                isNew = !set.contains(text)
                if isNew { seen?.insert(text) }
            } else {
                isNew = !isRepeated(key, among: keyStack[base...])
                if count == 16 { seen = Set(keyStack[base...].map { keyText(Int($0)) }).union([keyText(key)]) }
            }
            if isNew {
                count += 1
                if seen == nil { keyStack.append(Int32(key)) }
            } else {
                entries[key].flags |= JSONDocument.Entry.duplicate
                // Only the first few are ever shown; the rest share one literal and cost no memory.
                let message = Messages.keyTwice(
                    duplicates.count < DiagnosticCollector.cap ? Text.clipped(keyText(key)) : nil)
                duplicates.append(problem(message, at: keyOffset))
            }
            skipWhitespace()
            guard index < bytes.count else { throw problem(Messages.objectNotClosed) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                close(object)
                return
            case UInt8(ascii: "\""): throw problem(Messages.missingComma)
            default: throw problem(Messages.commaOrBraceExpected(describeHere()))
            }
        }
    }

    private func keyText(_ key: Int) -> String {
        let e = entries[key]
        let body = bytes[Int(e.start) + 1..<Int(e.end)]
        if e.flags & JSONDocument.Entry.escaped != 0 { return String(decoding: Self.unescape(body), as: UTF8.self) }
        return String(decoding: body, as: UTF8.self)
    }

    /// Whether the key just read repeats an earlier one of its object: bytes compared when both
    /// are plain ASCII, text (canonically equivalent) otherwise.
    private func isRepeated(_ key: Int, among earlier: ArraySlice<Int32>) -> Bool {
        let k = entries[key]
        for i in earlier {
            let e = entries[Int(i)]
            if (e.flags | k.flags) & (JSONDocument.Entry.escaped | JSONDocument.Entry.nonASCII) != 0 {
                if keyText(Int(i)) == keyText(key) { return true }
            } else if e.end - e.start == k.end - k.start {
                var a = Int(e.start) + 1
                var b = Int(k.start) + 1
                while a < Int(e.end), bytes[a] == bytes[b] {
                    a += 1
                    b += 1
                }
                if a == Int(e.end) { return true }
            }
        }
        return false
    }

    private mutating func parseArray(depth: Int) throws(JSONProblem) {
        try enter(depth: depth)
        let array = open(.array)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            close(array)
            return
        }
        var first = true
        while true {
            skipWhitespace()
            if !first, index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw problem(Messages.trailingComma) }
            first = false
            try parseValue(depth: depth)
            skipWhitespace()
            guard index < bytes.count else { throw problem(Messages.arrayNotClosed) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                close(array)
                return
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""): throw problem(Messages.missingComma)
            default: throw problem(Messages.commaOrBracketExpected(describeHere()))
            }
        }
    }

    private mutating func parseNumber() throws(JSONProblem) {
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
    }

    /// Checks a string from its opening quote to its closing one, which it leaves `index` after.
    ///
    /// - Returns: the string's flags (escaped, beyond ASCII).
    private mutating func parseString() throws(JSONProblem) -> UInt8 {
        let start = index
        index += 1
        var flags: UInt8 = 0
        let count = bytes.count
        while true {
            // Most of a string is printable ASCII other than `"` and `\`: skipped in a tight loop.
            var i = index
            while i < count {
                let b = bytes[i]
                guard b &- 0x20 < 0x60, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") else { break }
                i += 1
            }
            index = i
            guard index < count else {
                throw problem(Messages.stringNotClosed, at: start)
            }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return flags
            }
            if b >= 0x80 {
                flags |= JSONDocument.Entry.nonASCII
                index = try Self.scalarEnd(bytes, at: index)
                continue
            }
            if b < 0x20 {
                throw problem(Messages.controlInString(b, hex: Self.hex(b)))
            }
            if b == UInt8(ascii: "\\") {
                flags |= JSONDocument.Entry.escaped
                index += 1
                guard index < bytes.count else {
                    throw problem(Messages.stringNotClosed, at: start)
                }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    let escapeStart = index - 1
                    index += 1
                    let code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw problem(Messages.loneSurrogate(String(code, radix: 16)), at: escapeStart) }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw problem(Messages.loneSurrogate(String(code, radix: 16)), at: escapeStart)
                        }
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw problem(Messages.loneSurrogate(String(code, radix: 16)), at: escapeStart)
                    } else if Unicode.Scalar(code) == nil {
                        throw problem(Messages.invalidUnicodeEscape(String(code, radix: 16)), at: escapeStart)
                    }
                default:
                    throw problem(Messages.invalidEscape, at: index - 1)
                }
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

    /// A checked string's text with its escapes decoded (the string's bytes between the quotes).
    static func unescape<Bytes: Collection<UInt8>>(_ body: Bytes) -> [UInt8] where Bytes.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        func hex4(_ at: Int) -> UInt32 {
            var code: UInt32 = 0
            for b in body[at..<at + 4] {
                code = code << 4 | UInt32(b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10)
            }
            return code
        }
        while i < body.endIndex {
            let b = body[i]
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            let e = body[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = hex4(i)
                i += 4
                if (0xD800...0xDBFF).contains(code) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (hex4(i + 2) - 0xDC00)
                    i += 6
                }
                if let scalar = Unicode.Scalar(code) { out.append(contentsOf: Array(String(Character(scalar)).utf8)) }
            default: out.append(e)  // \" \\ \/
            }
        }
        return out
    }
}
