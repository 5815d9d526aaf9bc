/// A problem found while reading JSON text, at a byte offset of the source.
public struct JSONProblem: Error, Equatable, Sendable {
    /// Byte offset of the problem; `nil` when no position helps (UTF-16 text, an empty file).
    public var offset: Int?
    /// What is wrong, as a lower-case fragment.
    public var message: Message
}

/// A strict RFC 8259 checker, the first of the two passes of the one JSON reader.
///
/// Foundation's decoders give no positions, and a person fixing a hand-typed file needs the
/// line and column. The checker accepts a leading byte-order mark, rejects a repeated key,
/// caps the nesting depth and the number of values, and checks the UTF-8 inside strings. It
/// builds no tree and no `String`. What it keeps serves the second pass (`JSONValue`, which
/// reads the checked bytes in place and makes only what a decoder keeps): the offsets of the
/// repeated keys, to skip them; where each container ends, to step over it; and, as a plan asks,
/// the members of the elements of the root's big arrays sorted by field, so that they are not
/// scanned again. Two passes, and not one, because a decoder reads an object's fields in its own
/// order (the `framework` before the `criteria`, whatever the file's order) and reports in that
/// order.
public struct JSONParser {
    /// How deep arrays and objects may nest; scorecards need four levels.
    public static let maxDepth = 64
    /// How many values a document may hold: a scorecard holds a few hundred. The cap bounds the
    /// time and the memory spent on a hostile file whatever its shape.
    public static let maxValues = 1_000_000

    /// Checks a whole document, then hands its root to `read`.
    ///
    /// The value and everything read from it are valid only inside `read`: they point into the
    /// bytes, which nothing copies.
    ///
    /// - Parameters:
    ///   - plan: the root's arrays whose object elements a decoder reads by `FieldNames` (a
    ///     scorecard's `criteria` and `deductions`): their members are sorted out against the
    ///     names while the text is checked, so that reading them scans nothing again.
    ///   - read: takes the root value and the repeated keys found (each a problem; the first
    ///     value is kept), so that a caller can report them beside its own checks.
    /// - Throws: `JSONProblem` for text that is not JSON, with the offset of the first error;
    ///   text that is not UTF-8 anywhere is reported as that, before any other problem.
    static func parse<R>(
        _ bytes: [UInt8], plan: [(array: StaticString, fields: FieldNames)] = [],
        _ read: (JSONValue, _ duplicates: [JSONProblem]) -> R
    ) throws(JSONProblem) -> R {
        do throws(JSONProblem) {
            return try bytes.withUnsafeBufferPointer { buffer throws(JSONProblem) in
                var parser = JSONParser(bytes: buffer, plan: plan)
                // A scorecard has about one container every 120 bytes and, when planned, one
                // captured number every ten: reserved once, not grown step by step.
                parser.containerStarts.reserveCapacity(min(bytes.count / 64, 1 << 16))
                parser.containerEnds.reserveCapacity(min(bytes.count / 64, 1 << 16))
                if !plan.isEmpty { parser.captured.reserveCapacity(min(bytes.count / 8, 1 << 18)) }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
                parser.skipWhitespace()
                guard parser.index < buffer.count else {
                    throw JSONProblem(offset: nil, message: bytes.isEmpty ? Messages.fileEmpty : Messages.fileOnlySpace)
                }
                let root = parser.index
                try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                guard parser.index == buffer.count else {
                    throw parser.problem(Messages.textAfterEnd)
                }
                // A key repeated inside a repeated member's value is found before that member's
                // key: the offsets are put in order for `CheckedJSON.isRepeated`'s binary search.
                parser.repeatedKeys.sort()
                return parser.repeatedKeys.withUnsafeBufferPointer { repeated in
                    parser.containerStarts.withUnsafeBufferPointer { starts in
                        parser.containerEnds.withUnsafeBufferPointer { ends in
                            parser.captured.withUnsafeBufferPointer { captured in
                                parser.capturedObjects.withUnsafeBufferPointer { objects in
                                    var tables = CheckedJSON.Tables(
                                        bytes: buffer, repeatedKeys: repeated, containerStarts: starts,
                                        containerEnds: ends,
                                        captured: CheckedJSON.Captured(
                                            plan: parser.plan.map(\.fields), objects: objects, members: captured))
                                    return withUnsafeMutablePointer(to: &tables) { tables in
                                        read(
                                            JSONValue(text: CheckedJSON(tables: tables), offset: root),
                                            parser.duplicates)
                                    }
                                }
                            }
                        }
                    }
                }
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
    private var duplicates: [JSONProblem] = []
    /// The offsets of the repeated keys' opening quotes.
    private var repeatedKeys: [Int] = []
    /// Where each array and object starts and ends (the offset after it), in the order they
    /// open: the second pass steps over a container without scanning it again.
    private var containerStarts: [Int32] = []
    private var containerEnds: [Int32] = []
    /// The distinct keys of the objects being read, innermost last: a key is compared with its
    /// own object's distinct keys only, never with the repeats between them.
    private var keyStack: [Key] = []

    /// A key's bytes between its quotes, and what they hold.
    private struct Key {
        var start: Int32
        var end: Int32
        var flags: UInt8
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, plan: [(array: StaticString, fields: FieldNames)]) {
        self.bytes = bytes
        self.plan = plan
    }

    // What the plan asks: while the value of a planned root member is checked, the names its
    // object elements (depth 3) are sorted by, and the plan's entry.
    private let plan: [(array: StaticString, fields: FieldNames)]
    private var capturing: (fields: FieldNames, entry: Int)?
    /// For each captured object: its offset, its plan entry, and where its members start in
    /// `captured`, three numbers each, in file order.
    private var capturedObjects: [Int32] = []
    /// Each captured member as three numbers: its field's position (`CheckedJSON.unknownField`
    /// when the names lack it), its key's offset and its value's.
    private var captured: [Int32] = []

    private func problem(_ message: Message, at offset: Int? = nil) -> JSONProblem {
        JSONProblem(offset: offset ?? index, message: message)
    }

    private mutating func skipWhitespace() {
        // A local, not `index`, in the loop: the compiler keeps it in a register.
        var i = index
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
        index = i
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

    private mutating func parseValue(depth: Int) throws(JSONProblem) {
        guard index < bytes.count else { throw problem(Messages.valueExpectedAtEnd) }
        values += 1
        guard values <= Self.maxValues else {
            throw problem(Messages.tooManyValues(Self.maxValues))
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try parseString()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
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

    /// Opens the container at `index`, checking its depth.
    ///
    /// - Returns: its number, for `close`.
    private mutating func enter(depth: Int) throws(JSONProblem) -> Int {
        guard depth <= Self.maxDepth else {
            throw problem(Messages.tooDeep(Self.maxDepth))
        }
        containerStarts.append(Int32(index))
        containerEnds.append(0)
        index += 1
        return containerEnds.count - 1
    }

    /// Closes a container at its closing bracket.
    private mutating func close(_ container: Int) {
        index += 1
        containerEnds[container] = Int32(index)
    }

    private mutating func parseObject(depth: Int) throws(JSONProblem) {
        let container = try enter(depth: depth)
        var count = 0
        // Small objects are searched in place; a Set only pays off for large (hostile) ones.
        var seen: Set<String>?
        // An element of a planned array: its members are sorted out as they are checked.
        let capture = depth == 3 ? capturing : nil
        if let capture {
            capturedObjects.append(Int32(index - 1))
            capturedObjects.append(Int32(capture.entry))
            capturedObjects.append(Int32(captured.count))
        }
        let base = keyStack.count
        defer { keyStack.removeLast(keyStack.count - base) }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            close(container)
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
            let key = Key(start: Int32(keyOffset + 1), end: Int32(index - 1), flags: flags)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                if index >= bytes.count { throw problem(Messages.objectNotClosed) }
                throw problem(Messages.colonExpected(describeHere(), key: Text.clipped(keyText(key))))
            }
            index += 1
            skipWhitespace()
            let valueOffset = index
            if depth == 1, let k = plan.indices.first(where: { isKey(key, plan[$0].array) }) {
                capturing = (plan[k].fields, k)
            }
            try parseValue(depth: depth)
            if depth == 1 { capturing = nil }
            let isNew: Bool
            if seen != nil {
                // Inserted in place: a second reference to the set would copy it at every key.
                isNew = seen?.insert(keyText(key)).inserted == true
            } else {
                isNew = !isRepeated(key, from: base)
                if count == 16 { seen = Set(keyStack[base...].map(keyText)).union([keyText(key)]) }
            }
            if isNew {
                count += 1
                if seen == nil { keyStack.append(key) }
                if let capture {
                    let body = UnsafeBufferPointer(rebasing: bytes[Int(key.start)..<Int(key.end)])
                    let field =
                        key.flags & (CheckedJSON.escaped | CheckedJSON.nonASCII) == 0
                        ? capture.fields.position(of: body) : capture.fields.names.firstIndex(of: keyText(key))
                    captured.append(Int32(field ?? CheckedJSON.unknownField))
                    captured.append(Int32(keyOffset))
                    captured.append(Int32(valueOffset))
                }
            } else {
                repeatedKeys.append(keyOffset)
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
                close(container)
                return
            case UInt8(ascii: "\""): throw problem(Messages.missingComma)
            default: throw problem(Messages.commaOrBraceExpected(describeHere()))
            }
        }
    }

    /// Whether a plain key is `name`.
    private func isKey(_ key: Key, _ name: StaticString) -> Bool {
        guard key.flags == 0, Int(key.end - key.start) == name.utf8CodeUnitCount else { return false }
        for i in 0..<name.utf8CodeUnitCount where bytes[Int(key.start) + i] != name.utf8Start[i] { return false }
        return true
    }

    private func keyText(_ key: Key) -> String {
        CheckedJSON.text(UnsafeBufferPointer(rebasing: bytes[Int(key.start)..<Int(key.end)]), flags: key.flags)
    }

    /// Whether the key just read repeats an earlier one of its object (the keys from `base` on):
    /// bytes compared when both
    /// are plain ASCII, text (canonically equivalent) otherwise.
    private func isRepeated(_ key: Key, from base: Int) -> Bool {
        for i in base..<keyStack.count {
            let e = keyStack[i]
            if (e.flags | key.flags) & (CheckedJSON.escaped | CheckedJSON.nonASCII) != 0 {
                if keyText(e) == keyText(key) { return true }
            } else if e.end - e.start == key.end - key.start {
                var a = Int(e.start)
                var b = Int(key.start)
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
        let container = try enter(depth: depth)
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            close(container)
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
                close(container)
                return
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""): throw problem(Messages.missingComma)
            default: throw problem(Messages.commaOrBracketExpected(describeHere()))
            }
        }
    }

    private mutating func parseNumber() throws(JSONProblem) {
        let start = index
        func digits(_ p: inout JSONParser) -> Int {
            var i = p.index
            while i < p.bytes.count, p.bytes[i] &- 0x30 < 10 { i += 1 }
            defer { p.index = i }
            return i - p.index
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
            // Printable ASCII and the letters of Vietnamese text (two bytes C2–DF, or three
            // E1–EC and EE–EF: no overlong form or surrogate to rule out) are stepped over in one
            // tight loop; whatever else stops it is looked at below.
            var i = CheckedJSON.plainEnd(bytes, from: index, stopAtNonASCII: true)
            while i < count {
                let b = bytes[i]
                if b &- 0x20 < 0x60 {
                    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
                    i += 1
                } else if b >= 0xC2, b <= 0xDF, i + 1 < count, bytes[i + 1] & 0xC0 == 0x80 {
                    flags |= CheckedJSON.nonASCII
                    i += 2
                } else if b >= 0xE1, b <= 0xEF, b != 0xED, i + 2 < count, bytes[i + 1] & 0xC0 == 0x80,
                    bytes[i + 2] & 0xC0 == 0x80
                {
                    flags |= CheckedJSON.nonASCII
                    i += 3
                } else {
                    break
                }
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
                flags |= CheckedJSON.nonASCII
                index = try Self.scalarEnd(bytes, at: index)
                continue
            }
            if b < 0x20 {
                throw problem(Messages.controlInString(b, hex: Self.hex(b)))
            }
            if b == UInt8(ascii: "\\") {
                flags |= CheckedJSON.escaped
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
