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
    /// The largest text read: offsets are kept as 32-bit numbers.
    static let maxSize = Int(Int32.max)

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
                guard let base = buffer.baseAddress, !buffer.isEmpty else {
                    throw JSONProblem(offset: nil, message: Messages.fileEmpty)
                }
                // Every offset then fits the tables' 32-bit numbers, and goes in without a check.
                guard buffer.count <= Self.maxSize else {
                    throw JSONProblem(
                        offset: nil,
                        message: Messages.tooLarge(sizeMiB: buffer.count >> 20, limitMiB: Self.maxSize >> 20))
                }
                var parser = JSONParser(text: Input(base: base, count: buffer.count), plan: plan)
                defer { parser.deallocate() }
                let root = parser.text.space(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
                guard root < buffer.count else { throw JSONProblem(offset: nil, message: Messages.fileOnlySpace) }
                let end = parser.text.space(try parser.parseValue(at: root, depth: 0))
                guard end == buffer.count else { throw JSONProblem(Messages.textAfterEnd, at: end) }
                // A key repeated inside a repeated member's value is found before that member's
                // key: the offsets are put in order for `CheckedJSON.isRepeated`'s binary search.
                parser.repeatedKeys.sort()
                return parser.repeatedKeys.withUnsafeBufferPointer { repeated in
                    var tables = CheckedJSON.Tables(
                        bytes: buffer, repeatedKeys: repeated, containerStarts: parser.containerStarts.buffer,
                        containerEnds: parser.containerEnds.buffer,
                        captured: CheckedJSON.Captured(
                            plan: parser.plan.map(\.fields), arrays: parser.capturedArrays.buffer,
                            objects: parser.capturedObjects.buffer, members: parser.captured.buffer))
                    return withUnsafeMutablePointer(to: &tables) { tables in
                        read(JSONValue(text: CheckedJSON(tables: tables), offset: root), parser.duplicates)
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

    /// The text, read by offsets that the parser passes along as arguments and results (not as
    /// a stored index, which the compiler would reload from memory at every step).
    private let text: Input
    private var values = 0
    private var duplicates: [JSONProblem] = []
    /// The offsets of the repeated keys' opening quotes.
    private var repeatedKeys: [Int] = []
    /// Where each array and object starts and ends (the offset after it), in the order they
    /// open: the second pass steps over a container without scanning it again.
    /// A scorecard has about one container every 120 bytes.
    private var containerStarts: Numbers
    private var containerEnds: Numbers
    /// The distinct keys of the objects being read, innermost last (`keys[0..<keyCount]`): a key
    /// is compared with its own object's distinct keys only, never with the repeats between them.
    /// Allocated once for the deepest nesting, so that a key is stored without an array's checks.
    private let keys = UnsafeMutablePointer<Key>.allocate(capacity: maxKeys)
    private var keyCount = 0
    /// An object keeps at most 16 keys there (past that it uses a `Set`), and at most `maxDepth`
    /// objects are open at once.
    private static let maxKeys = 16 * maxDepth

    /// A key's bytes between its quotes, and what they hold.
    private struct Key {
        /// The first eight bytes (zero past the key's end) as one number: most keys differ there.
        var head: UInt64
        var start: Int32
        var end: Int32
        var flags: UInt8
    }

    private init(text: Input, plan: [(array: StaticString, fields: FieldNames)]) {
        self.text = text
        self.plan = plan
        containerStarts = Numbers(capacity: text.count / 64)
        containerEnds = Numbers(capacity: text.count / 64)
        capturedArrays = Numbers(capacity: 0)
        capturedObjects = Numbers(capacity: plan.isEmpty ? 0 : text.count / 64)
        // When planned, a scorecard has one captured number every ten bytes.
        captured = Numbers(capacity: plan.isEmpty ? 0 : text.count / 8)
    }

    /// Frees the tables and the key stack, when the reader is done with them.
    private func deallocate() {
        keys.deallocate()
        containerStarts.deallocate()
        containerEnds.deallocate()
        capturedArrays.deallocate()
        capturedObjects.deallocate()
        captured.deallocate()
    }

    // What the plan asks: while the value of a planned root member is checked, the names its
    // object elements (depth 3) are sorted by, and the plan's entry. The names are held
    // unretained: `plan` keeps them for the whole parse, and no object pays a retain.
    private let plan: [(array: StaticString, fields: FieldNames)]
    private var capturing: (fields: Unmanaged<FieldNames>, entry: Int)?
    /// For each planned array whose elements are all objects (all captured): its offset, its
    /// first object's place in `capturedObjects` and how many, three numbers each.
    private var capturedArrays: Numbers
    /// For each captured object: its offset, its plan entry, and where its members start in
    /// `captured`, three numbers each, in file order.
    private var capturedObjects: Numbers
    /// Each captured member as three numbers: its field's position (`CheckedJSON.unknownField`
    /// when the names lack it), its key's offset and its value's.
    private var captured: Numbers

    /// `0x0A`, `0xF3`: a byte as messages write it.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" : "") + digits
    }

    /// Checks the value at `i`, which `space` has reached.
    ///
    /// - Returns: the offset after it.
    @inline(__always)
    private mutating func parseValue(at i: Int, depth: Int) throws(JSONProblem) -> Int {
        guard i < text.count else { throw JSONProblem(Messages.valueExpectedAtEnd, at: i) }
        values += 1
        guard values <= Self.maxValues else {
            throw JSONProblem(Messages.tooManyValues(Self.maxValues), at: i)
        }
        switch text.base[i] {
        case UInt8(ascii: "\""): return try text.stringEnd(i).end
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try text.numberEnd(i)
        case UInt8(ascii: "{"): return try parseObject(at: i, depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(at: i, depth: depth + 1)
        case UInt8(ascii: "t"): return try text.wordEnd("true", at: i)
        case UInt8(ascii: "f"): return try text.wordEnd("false", at: i)
        case UInt8(ascii: "n"): return try text.wordEnd("null", at: i)
        default:
            throw JSONProblem(Messages.valueExpected(text.describe(at: i)), at: i)
        }
    }

    /// Opens the container at `i`, checking its depth.
    ///
    /// - Returns: its number, for `close`.
    @inline(__always)
    private mutating func enter(at i: Int, depth: Int) throws(JSONProblem) -> Int {
        guard depth <= Self.maxDepth else {
            throw JSONProblem(Messages.tooDeep(Self.maxDepth), at: i)
        }
        containerStarts.append(Int32(truncatingIfNeeded: i))
        containerEnds.append(0)
        return containerEnds.count - 1
    }

    /// Closes a container at its closing bracket, at `i`.
    ///
    /// - Returns: the offset after it.
    private mutating func close(_ container: Int, at i: Int) -> Int {
        containerEnds[container] = Int32(truncatingIfNeeded: i + 1)
        return i + 1
    }

    private mutating func parseObject(at start: Int, depth: Int) throws(JSONProblem) -> Int {
        let container = try enter(at: start, depth: depth)
        var count = 0
        // Small objects are searched in place; a Set only pays off for large (hostile) ones.
        var seen: Set<String>?
        // An element of a planned array: its members are sorted out as they are checked.
        let capture = depth == 3 ? capturing : nil
        if let capture {
            capturedObjects.append(
                Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: capture.entry),
                Int32(truncatingIfNeeded: captured.count))
        }
        // This object's distinct keys are `keys[first..<keyCount]`, but for the names of a
        // captured object, which are marked in `fieldsMet`.
        let first = keyCount
        var fieldsMet: UInt16 = 0
        defer { keyCount = first }
        var i = text.space(start + 1)
        if i < text.count, text.base[i] == UInt8(ascii: "}") { return close(container, at: i) }
        while true {
            i = text.space(i)
            guard i < text.count, text.base[i] == UInt8(ascii: "\"") else { throw text.keyExpected(at: i) }
            let keyOffset = i
            let key = try text.key(at: keyOffset)
            i = text.space(Int(key.end) + 1)
            guard i < text.count, text.base[i] == UInt8(ascii: ":") else {
                if i >= text.count { throw JSONProblem(Messages.objectNotClosed, at: i) }
                throw JSONProblem(
                    Messages.colonExpected(text.describe(at: i), key: Text.clipped(text.text(of: key))), at: i)
            }
            let valueOffset = text.space(i + 1)
            // The key is sorted out before its value is read (a nested object's keys go above it
            // on the stack), so that little of it is kept across the value; a repeat is reported
            // after the value, whose own repeats come first. In a captured object a key that is
            // one of the names is a repeat when its name was met (no other key has its text);
            // only the others are compared with the keys before them.
            let field = capture.map { position(of: key, in: $0.fields) } ?? CheckedJSON.unknownField
            let isNew: Bool
            if field != CheckedJSON.unknownField {
                isNew = fieldsMet & (1 &<< field) == 0
                fieldsMet |= 1 &<< field
            } else {
                isNew =
                    seen == nil && count < 16
                    ? !text.isRepeated(key, among: UnsafeBufferPointer(start: keys + first, count: keyCount - first))
                    : isNewAmongMany(key, &seen, first: first)
                if isNew, seen == nil {
                    (keys + keyCount).initialize(to: key)
                    keyCount += 1
                }
            }
            if isNew {
                count += 1
                if capture != nil {
                    captured.append(
                        Int32(truncatingIfNeeded: field), Int32(truncatingIfNeeded: keyOffset),
                        Int32(truncatingIfNeeded: valueOffset))
                }
            }
            if depth == 1 { capturing = planned(key) }
            i = try parseValue(at: valueOffset, depth: depth)
            if depth == 1 { capturing = nil }
            if !isNew { reportRepeated(key, at: keyOffset) }
            i = text.space(i)
            guard i < text.count else { throw JSONProblem(Messages.objectNotClosed, at: i) }
            switch text.base[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): return close(container, at: i)
            case UInt8(ascii: "\""): throw JSONProblem(Messages.missingComma, at: i)
            default: throw JSONProblem(Messages.commaOrBraceExpected(text.describe(at: i)), at: i)
            }
        }
    }

    /// The plan's names and entry for a root member's key, when the plan names it.
    @inline(never)
    private func planned(_ key: Key) -> (fields: Unmanaged<FieldNames>, entry: Int)? {
        guard let k = plan.indices.first(where: { text.isKey(key, plan[$0].array) }) else { return nil }
        return (Unmanaged.passUnretained(plan[k].fields), k)
    }

    /// Whether a key is new in an object that has 16 distinct keys or more (`first` the first of
    /// them on the key stack): from the 17th key on, the keys are kept in `seen`.
    @inline(never)
    private func isNewAmongMany(_ key: Key, _ seen: inout Set<String>?, first: Int) -> Bool {
        // Inserted in place: a second reference to the set would copy it at every key.
        if seen != nil { return seen?.insert(text.text(of: key)).inserted == true }
        seen = Set((first..<keyCount).map { text.text(of: keys[$0]) }).union([text.text(of: key)])
        return !text.isRepeated(key, among: UnsafeBufferPointer(start: keys + first, count: keyCount - first))
    }

    @inline(never)
    private mutating func reportRepeated(_ key: Key, at keyOffset: Int) {
        repeatedKeys.append(keyOffset)
        // Only the first few are ever shown; the rest share one literal and cost no memory.
        let message = Messages.keyTwice(
            duplicates.count < DiagnosticCollector.cap ? Text.clipped(text.text(of: key)) : nil)
        duplicates.append(JSONProblem(message, at: keyOffset))
    }

    /// The position in `fields` of a captured object's key (`CheckedJSON.unknownField` when the
    /// names lack it): its bytes are compared when plain, its text otherwise.
    @inline(__always)
    private func position(of key: Key, in fields: Unmanaged<FieldNames>) -> Int {
        let field = fields._withUnsafeGuaranteedRef { fields in
            key.flags & (CheckedJSON.escaped | CheckedJSON.nonASCII) == 0
                ? fields.position(of: text.body(of: key), head: key.head)
                : fields.names.firstIndex(of: text.text(of: key))
        }
        return field ?? CheckedJSON.unknownField
    }

    private mutating func parseArray(at start: Int, depth: Int) throws(JSONProblem) -> Int {
        let container = try enter(at: start, depth: depth)
        // A planned array's elements are counted, to tell whether the objects captured are all
        // of them.
        let firstObject = capturedObjects.count / 3
        var elements = 0
        var i = text.space(start + 1)
        if i < text.count, text.base[i] == UInt8(ascii: "]") {
            if depth == 2, capturing != nil { capturedArrays.append(Int32(start), Int32(firstObject), 0) }
            return close(container, at: i)
        }
        var first = true
        while true {
            i = text.space(i)
            if !first, i < text.count, text.base[i] == UInt8(ascii: "]") {
                throw JSONProblem(Messages.trailingComma, at: i)
            }
            first = false
            i = text.space(try parseValue(at: i, depth: depth))
            elements += 1
            guard i < text.count else { throw JSONProblem(Messages.arrayNotClosed, at: i) }
            switch text.base[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"):
                if depth == 2, capturing != nil, capturedObjects.count / 3 - firstObject == elements {
                    capturedArrays.append(Int32(start), Int32(firstObject), Int32(elements))
                }
                return close(container, at: i)
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""):
                throw JSONProblem(Messages.missingComma, at: i)
            default: throw JSONProblem(Messages.commaOrBracketExpected(text.describe(at: i)), at: i)
            }
        }
    }

    /// A growing list of numbers that the parser owns until its reader is done: appending
    /// checks for room only (an array also checks at every append that its storage is not
    /// shared), and three numbers are appended with one check.
    private struct Numbers {
        private(set) var base: UnsafeMutablePointer<Int32>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        var buffer: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: base, count: count) }

        subscript(i: Int) -> Int32 {
            get { base[i] }
            nonmutating set { base[i] = newValue }
        }

        @inline(__always)
        mutating func append(_ a: Int32) {
            if count == capacity { grow() }
            (base + count).initialize(to: a)
            count += 1
        }

        @inline(__always)
        mutating func append(_ a: Int32, _ b: Int32, _ c: Int32) {
            if count + 3 > capacity { grow() }
            (base + count).initialize(to: a)
            (base + count + 1).initialize(to: b)
            (base + count + 2).initialize(to: c)
            count += 3
        }

        @inline(never)
        private mutating func grow() {
            capacity *= 2
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
        }

        func deallocate() { base.deallocate() }
    }

    /// The text being checked, and the scans that need nothing else: two words, passed in
    /// registers (a method of the parser itself would be handed a copy of the whole parser).
    private struct Input {
        let base: UnsafePointer<UInt8>
        let count: Int

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

        /// Eight bytes from `i` on (there must be eight), the first in the lowest bits.
        @inline(__always)
        func word(at i: Int) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        }

        /// The first offset from `i` on that is not white space.
        @inline(__always)
        func space(_ i: Int) -> Int {
            // Most tokens follow the one before directly (one comparison) or one space after it.
            guard i < count, base[i] <= 0x20 else { return i }
            if base[i] == 0x20, i + 1 < count, base[i + 1] > 0x20 { return i + 1 }
            return spaceRun(i)
        }

        private func spaceRun(_ start: Int) -> Int {
            var i = start
            while i < count {
                let b = base[i]
                guard b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D else { break }
                i += 1
                // The spaces that follow (an indentation after a line break) eight at a time.
                while i + 8 <= count {
                    let others = word(at: i) ^ 0x2020_2020_2020_2020
                    if others != 0 {
                        i += others.trailingZeroBitCount >> 3
                        break
                    }
                    i += 8
                }
            }
            return i
        }

        /// What is at `index`, as a message names it.
        func describe(at index: Int) -> Message {
            guard index < count else { return Messages.endOfFile }
            let b = base[index]
            if b >= 0x21 && b < 0x7F { return Messages.character(Character(Unicode.Scalar(b))) }
            // A character beyond ASCII (what Word types: curly quotes, dashes, `…`) is named, not
            // its first byte; a byte that starts no character stays a byte.
            var rest = bytes[index..<min(index + 4, count)].makeIterator()
            var decoder = UTF8()
            if b >= 0x80, case .scalarValue(let scalar) = decoder.decode(&rest) {
                return Messages.unexpectedScalar(scalar)
            }
            return Messages.byte(JSONParser.hex(b))
        }

        /// The problem at `i`, where an object's key should start and does not.
        func keyExpected(at i: Int) -> JSONProblem {
            if i >= count { return JSONProblem(Messages.objectNotClosed, at: i) }
            if base[i] == UInt8(ascii: "}") { return JSONProblem(Messages.trailingComma, at: i) }
            let digit = base[i] >= 0x30 && base[i] <= 0x39
            return JSONProblem(Messages.keyExpected(describe(at: i), decimalComma: digit), at: i)
        }

        /// Checks the literal `word` at `start`.
        ///
        /// - Returns: the offset after it.
        func wordEnd(_ word: StaticString, at start: Int) throws(JSONProblem) -> Int {
            for k in 0..<word.utf8CodeUnitCount {
                guard start + k < count, base[start + k] == word.utf8Start[k] else {
                    throw JSONProblem(Messages.valueExpected(describe(at: start + k)), at: start)
                }
            }
            return start + word.utf8CodeUnitCount
        }

        /// The first offset from `i` on that holds no digit.
        @inline(__always)
        private func digitsEnd(_ i: Int) -> Int {
            var i = i
            while i < count, base[i] &- 0x30 < 10 { i += 1 }
            return i
        }

        /// Checks the number at `start` (a digit or `-`).
        ///
        /// - Returns: the offset after it.
        @inline(__always)
        func numberEnd(_ start: Int) throws(JSONProblem) -> Int {
            var i = start
            if base[i] == UInt8(ascii: "-") { i += 1 }
            guard i < count, base[i] &- 0x30 < 10 else { throw JSONProblem(Messages.digitAfterMinus, at: i) }
            if base[i] == UInt8(ascii: "0") {
                i += 1
                if i < count, base[i] &- 0x30 < 10 { throw JSONProblem(Messages.leadingZero, at: start) }
            } else {
                i = digitsEnd(i + 1)
            }
            if i < count, base[i] == UInt8(ascii: ".") {
                let fraction = i + 1
                i = digitsEnd(fraction)
                guard i > fraction else { throw JSONProblem(Messages.digitAfterPoint, at: i) }
            }
            // `e` or `E`: only these two are `e` with the lower-case bit set.
            if i < count, base[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < count, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
                let exponent = i
                i = digitsEnd(exponent)
                guard i > exponent else { throw JSONProblem(Messages.digitInExponent, at: i) }
            }
            return i
        }

        /// Checks the key whose opening quote is at `start`.
        @inline(__always)
        func key(at start: Int) throws(JSONProblem) -> Key {
            let (end, flags) = try stringEnd(start)
            return Key(
                head: head(start + 1, end - 1), start: Int32(truncatingIfNeeded: start + 1),
                end: Int32(truncatingIfNeeded: end - 1), flags: flags)
        }

        /// The bytes from `start` to `end` (at most eight) as one number, the first in the lowest
        /// bits, zero past `end`.
        @inline(__always)
        private func head(_ start: Int, _ end: Int) -> UInt64 {
            let length = end - start
            guard start + 8 <= count else {
                var head: UInt64 = 0
                for k in 0..<min(length, 8) { head |= UInt64(base[start + k]) &<< (8 * k) }
                return head
            }
            return length >= 8 ? word(at: start) : word(at: start) & ((1 &<< (8 * length)) &- 1)
        }

        func body(of key: Key) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: base + Int(key.start), count: Int(key.end - key.start))
        }

        func text(of key: Key) -> String { CheckedJSON.text(body(of: key), flags: key.flags) }

        /// Whether a plain key is `name`.
        func isKey(_ key: Key, _ name: StaticString) -> Bool {
            guard key.flags == 0, Int(key.end - key.start) == name.utf8CodeUnitCount else { return false }
            for i in 0..<name.utf8CodeUnitCount where base[Int(key.start) + i] != name.utf8Start[i] { return false }
            return true
        }

        /// Whether `key` repeats one of `earlier`: bytes compared when both are plain ASCII, the
        /// first eight as one number, text (canonically equivalent) otherwise.
        @inline(__always)
        func isRepeated(_ key: Key, among earlier: UnsafeBufferPointer<Key>) -> Bool {
            for e in earlier {
                if (e.flags | key.flags) & (CheckedJSON.escaped | CheckedJSON.nonASCII) != 0 {
                    if text(of: e) == text(of: key) { return true }
                } else if e.head == key.head, e.end - e.start == key.end - key.start {
                    var a = Int(e.start) + 8
                    var b = Int(key.start) + 8
                    while a < Int(e.end), base[a] == base[b] {
                        a += 1
                        b += 1
                    }
                    if a >= Int(e.end) { return true }
                }
            }
            return false
        }

        /// Checks the string whose opening quote is at `start`.
        ///
        /// - Returns: the offset after its closing quote, and its flags (escaped, beyond ASCII).
        @inline(__always)
        func stringEnd(_ start: Int) throws(JSONProblem) -> (end: Int, flags: UInt8) {
            // Most strings are plain ASCII, scanned here without a call.
            let stop = CheckedJSON.plainEnd(bytes, from: start + 1, stopAtNonASCII: true)
            if stop < count, base[stop] == UInt8(ascii: "\"") { return (stop + 1, 0) }
            return try stringEnd(start, from: stop)
        }

        /// The rest of `stringEnd`, from `stop`, where its first run of plain ASCII ends.
        ///
        /// The rest of a string that holds text beyond ASCII is short runs of ASCII between
        /// letters of two or three bytes (Vietnamese). Each byte is told by one look-up in
        /// `kinds`, without a bound check: `last` holds a quote, a backslash or a control (found
        /// once, near the end of the text), where every run stops at the latest, and which no
        /// letter's continuation byte can be, so that a letter that starts before it ends before
        /// it too. Anything but a plain byte, a well-formed common letter or the closing quote is
        /// checked by `itemEnd`, and what follows `last` by `tailEnd`: the same checks in the
        /// same order as everywhere, the same errors at the same offsets.
        private func stringEnd(_ start: Int, from stop: Int) throws(JSONProblem) -> (end: Int, flags: UInt8) {
            let kinds = Self.kinds.utf8Start
            let last = lastStop(kinds)
            var i = stop
            var flags: UInt8 = 0
            // `i <= last` holds at each step: checked at the start and after `itemEnd` only.
            scan: while i <= last {
                while true {
                    // Four bytes a step, each read only when the one before it is plain (and so
                    // before `last`).
                    while kinds[Int(base[i])] == Self.plain {
                        if kinds[Int(base[i &+ 1])] != Self.plain {
                            i &+= 1
                            break
                        }
                        if kinds[Int(base[i &+ 2])] != Self.plain {
                            i &+= 2
                            break
                        }
                        if kinds[Int(base[i &+ 3])] != Self.plain {
                            i &+= 3
                            break
                        }
                        i &+= 4
                    }
                    let b = base[i]
                    // A byte above ASCII is before `last`, a continuation byte too: the bytes
                    // read here are in the text, and a letter ends at `last` at the latest.
                    if b &- 0xE1 < 0x0C, base[i &+ 1] & 0xC0 == 0x80, base[i &+ 2] & 0xC0 == 0x80 {
                        i &+= 3
                    } else if b &- 0xC2 < 0x1E, base[i &+ 1] & 0xC0 == 0x80 {
                        i &+= 2
                    } else if b == UInt8(ascii: "\"") {
                        return (i &+ 1, flags)
                    } else {
                        i = try itemEnd(i, in: start, flags: &flags)
                        continue scan
                    }
                    flags |= CheckedJSON.nonASCII
                }
            }
            return try tailEnd(start, from: i, flags: flags)
        }

        /// What each byte is inside a string: `.` a plain ASCII byte, `x` the others (`"`, `\`,
        /// the controls, and every byte above ASCII).
        private static let kinds: StaticString = """
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            ..x.............\
            ................\
            ................\
            ............x...\
            ................\
            ................\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx\
            xxxxxxxxxxxxxxxx
            """
        private static let plain = UInt8(ascii: ".")

        /// The last offset whose byte is a quote, a backslash or a control, searched among the
        /// last 64 bytes of the text (a file ends in a line break, a brace or a bracket); -1 when
        /// none is there (the look-ups are then not used).
        @inline(__always)
        private func lastStop(_ kinds: UnsafePointer<UInt8>) -> Int {
            var i = count &- 1
            let lowest = i &- 64
            while i >= 0, i > lowest {
                if base[i] < 0x80, kinds[Int(base[i])] != Self.plain { return i }
                i &-= 1
            }
            return -1
        }

        /// Checks the item of a string at `i` that is not plain text nor its closing quote: a
        /// character beyond ASCII, an escape (in the string that starts at `start`), or a
        /// control character (an error).
        ///
        /// - Returns: the offset after it.
        @inline(never)
        private func itemEnd(_ i: Int, in start: Int, flags: inout UInt8) throws(JSONProblem) -> Int {
            let b = base[i]
            if b >= 0x80 {
                flags |= CheckedJSON.nonASCII
                return try letterEnd(i)
            } else if b == UInt8(ascii: "\\") {
                flags |= CheckedJSON.escaped
                return try escapeEnd(i, in: start)
            }
            throw JSONProblem(Messages.controlInString(b, hex: JSONParser.hex(b)), at: i)
        }

        /// The rest of the string that starts at `start`, from `i` on (near the end of the text),
        /// checked with a bound at every step.
        @inline(never)
        private func tailEnd(_ start: Int, from i: Int, flags: UInt8) throws(JSONProblem) -> (end: Int, flags: UInt8) {
            var flags = flags
            var i = CheckedJSON.plainEnd(bytes, from: i, stopAtNonASCII: true)
            while true {
                guard i < count else { throw JSONProblem(Messages.stringNotClosed, at: start) }
                if base[i] == UInt8(ascii: "\"") { return (i + 1, flags) }
                i = CheckedJSON.plainEnd(bytes, from: try itemEnd(i, in: start, flags: &flags), stopAtNonASCII: true)
            }
        }

        /// Where the character beyond ASCII at `i` ends, checked.
        @inline(__always)
        private func letterEnd(_ i: Int) throws(JSONProblem) -> Int {
            // The letters of Vietnamese text (two bytes C2–DF, or three E1–EC and EE–EF: no
            // overlong form or surrogate to rule out) are told at a glance; others get the full
            // check.
            let b = base[i]
            if b >= 0xC2, b <= 0xDF, i + 1 < count, base[i + 1] & 0xC0 == 0x80 { return i + 2 }
            if b >= 0xE1, b <= 0xEF, b != 0xED, i + 2 < count, base[i + 1] & 0xC0 == 0x80,
                base[i + 2] & 0xC0 == 0x80
            {
                return i + 3
            }
            return try JSONParser.scalarEnd(bytes, at: i)
        }

        /// Where the escape whose backslash is at `i` ends, checked (in the string that starts
        /// at `string`).
        private func escapeEnd(_ i: Int, in string: Int) throws(JSONProblem) -> Int {
            guard i + 1 < count else { throw JSONProblem(Messages.stringNotClosed, at: string) }
            switch base[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return i + 2
            case UInt8(ascii: "u"):
                let code = try hex4(i + 2)
                if (0xD800...0xDBFF).contains(code) {
                    guard i + 7 < count, base[i + 6] == UInt8(ascii: "\\"), base[i + 7] == UInt8(ascii: "u") else {
                        throw JSONProblem(Messages.loneSurrogate(String(code, radix: 16)), at: i)
                    }
                    let low = try hex4(i + 8)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONProblem(Messages.loneSurrogate(String(code, radix: 16)), at: i)
                    }
                    return i + 12
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw JSONProblem(Messages.loneSurrogate(String(code, radix: 16)), at: i)
                } else if Unicode.Scalar(code) == nil {
                    throw JSONProblem(Messages.invalidUnicodeEscape(String(code, radix: 16)), at: i)
                }
                return i + 6
            default:
                throw JSONProblem(Messages.invalidEscape, at: i)
            }
        }

        /// The four hex digits from `start` on, as a number.
        private func hex4(_ start: Int) throws(JSONProblem) -> UInt32 {
            var code: UInt32 = 0
            for i in start..<start + 4 {
                guard i < count else { throw JSONProblem(Messages.endInEscape, at: i) }
                let b = base[i]
                let digit: UInt32
                switch b {
                case 0x30...0x39: digit = UInt32(b - 0x30)
                case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
                default: throw JSONProblem(Messages.escapeNeedsFourDigits, at: i)
                }
                code = code << 4 | digit
            }
            return code
        }
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

extension JSONProblem {
    fileprivate init(_ message: Message, at offset: Int) {
        self.init(offset: offset, message: message)
    }
}
