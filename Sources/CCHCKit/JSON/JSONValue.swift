/// JSON text that `JSONParser` has checked, read in place: the second pass of the one reader.
///
/// Nothing is built from it but what a decoder asks for: a value is its offset, a container is
/// stepped over through the checker's table of ends, an object's members are the ones the
/// checker sorted out (an element of a planned array) or are found by scanning its bytes, a key
/// is compared as bytes, a number is read straight to hundredths, and a `String` is made only
/// for a string a decoder keeps. Because the text is known to be valid, the scans cannot fail
/// and check nothing again. Look-ups remember where they ended (`Tables`' hints), so one
/// document is read by one thread at a time, as `JSONParser.parse` hands it to one reader.
public struct CheckedJSON {
    /// A string holds a backslash escape: its text must be decoded.
    static let escaped: UInt8 = 1
    /// A string holds a byte above ASCII: compared as text, not bytes, and put in NFC.
    static let nonASCII: UInt8 = 2

    /// What the checker found, kept where `JSONParser.parse` runs its reader: a value holds
    /// only its address, so that passing values around copies two words.
    struct Tables {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The offsets of the repeated keys' opening quotes, ascending: their members are
        /// skipped (the first one counts).
        let repeatedKeys: UnsafeBufferPointer<Int>
        /// Where each array and object starts, ascending, and where it ends.
        let containerStarts: UnsafeBufferPointer<Int32>
        let containerEnds: UnsafeBufferPointer<Int32>
        /// The members of the objects `JSONParser` sorted out as it checked them.
        let captured: Captured
        /// Where the last look-ups of a container and of a captured object ended: a decoder reads
        /// the text front to back, so the next one asked for is almost always just after. Hints
        /// only: a look-up that misses them searches the whole table.
        var lastContainer = -1
        var lastObject = -1
        /// The last string scanned, where it ends and its flags: a decoder reads a string's text
        /// and then steps over it, and the second scan is spared.
        var lastString = (start: -1, end: 0, flags: UInt8(0))
    }

    let tables: UnsafeMutablePointer<Tables>

    var bytes: UnsafeBufferPointer<UInt8> { tables.pointee.bytes }
    var repeatedKeys: UnsafeBufferPointer<Int> { tables.pointee.repeatedKeys }
    var containerStarts: UnsafeBufferPointer<Int32> { tables.pointee.containerStarts }
    var containerEnds: UnsafeBufferPointer<Int32> { tables.pointee.containerEnds }
    var captured: Captured { tables.pointee.captured }

    /// A captured member's field position when the reader's names lack its key.
    static let unknownField: Int = -1

    /// The object elements of planned arrays, their members already sorted out against the
    /// reader's field names (see `JSONParser.parse(_:plan:_:)`).
    struct Captured {
        /// The names each plan entry sorted by (compared by identity).
        let plan: InlineArray<4, ObjectIdentifier?>
        /// The planned arrays whose elements are all objects: offset, first object and how
        /// many, three numbers an array.
        let arrays: UnsafeBufferPointer<Int32>
        /// Offset, plan entry and first member, three numbers an object, by offset.
        let objects: UnsafeBufferPointer<Int32>
        /// Field position, key offset and value offset, three numbers a member.
        let members: UnsafeBufferPointer<Int32>

        init(
            plan: [FieldNames], arrays: UnsafeBufferPointer<Int32>, objects: UnsafeBufferPointer<Int32>,
            members: UnsafeBufferPointer<Int32>
        ) {
            precondition(plan.count <= 4, "a plan names at most four arrays")
            var ids = InlineArray<4, ObjectIdentifier?>(repeating: nil)
            for k in plan.indices { ids[k] = ObjectIdentifier(plan[k]) }
            self.plan = ids
            self.arrays = arrays
            self.objects = objects
            self.members = members
        }

        /// The places in `objects` of the elements of the array at `offset`, when it is a planned
        /// array whose elements are all objects.
        func elements(of offset: Int) -> Range<Int>? {
            for a in stride(from: 0, to: arrays.count, by: 3) where Int(arrays[a]) == offset {
                return Int(arrays[a + 1])..<Int(arrays[a + 1]) + Int(arrays[a + 2])
            }
            return nil
        }

        /// The captured object at `offset`, when it was sorted by `known`: the range of its
        /// members in `members`. `last` is where the previous look-up ended, and becomes this one's.
        func members(of offset: Int, by known: FieldNames, last: inout Int) -> Range<Int>? {
            let count = objects.count / 3
            // A decoder reads the elements in order: the one after the last is looked at first.
            let next = last + 1
            let low =
                next < count && Int(objects[3 * next]) == offset
                ? next : CheckedJSON.search(count, for: offset, after: last) { Int(objects[3 * $0]) }
            guard low < count, Int(objects[3 * low]) == offset,
                plan[Int(objects[3 * low + 1])] == ObjectIdentifier(known)
            else { return nil }
            last = low
            let end = low + 1 < count ? Int(objects[3 * low + 5]) : members.count
            return Int(objects[3 * low + 2])..<end
        }
    }

    /// The first position in an ascending table of `count` offsets whose offset is not below
    /// `offset`. Reading goes forward: the search starts after `last` with steps that double
    /// (one step finds a criterion, two a deduction with its names), and searches the whole
    /// table only for an offset before it.
    @inline(__always)
    static func search(_ count: Int, for offset: Int, after last: Int, _ at: (Int) -> Int) -> Int {
        var low = 0
        var high = count
        if last >= 0, last < count, at(last) < offset {
            low = last + 1
            var step = 1
            while low + step - 1 < count, at(low + step - 1) < offset {
                low += step
                step *= 2
            }
            high = min(low + step - 1, count)
        }
        while low < high {
            let mid = (low + high) / 2
            if at(mid) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first offset from `i` on whose byte ends a run of plain string text: `"`, `\`, a
    /// control character, or (when asked) a byte above ASCII. Eight bytes are looked at a time,
    /// and the first that ends the run is found in the word, not by a second loop. Both passes
    /// of the reader scan strings with it.
    @inline(__always)
    static func plainEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stopAtNonASCII: Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let n = bytes.count
        var i = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let quote = x ^ (ones &* 0x22)
            let backslash = x ^ (ones &* 0x5C)
            // A byte is zero in `quote` where `x` holds `"`; below 0x20 where it holds a control.
            var stop = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((x &- ones &* 0x20) & ~x)
            if stopAtNonASCII { stop |= x }
            stop &= high
            // The lowest byte marked is the first stop (a borrow can mark bytes after it, never
            // before): its position is read off the bits, not found again byte by byte.
            if stop != 0 { return i + stop.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b == 0x22 || b == 0x5C || b < 0x20 || (stopAtNonASCII && b >= 0x80) { break }
            i += 1
        }
        return i
    }

    /// The first offset at or after `i` that is not white space.
    @inline(__always)
    func space(_ i: Int) -> Int {
        var i = i
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i
    }

    /// The string whose opening quote is at `i`: the offset of its closing quote, and its flags.
    @inline(__always)
    func stringEnd(_ start: Int) -> (end: Int, flags: UInt8) {
        // Most strings are plain ASCII (an id, a code, a field's name): one scan finds the end.
        let stop = Self.plainEnd(bytes, from: start + 1, stopAtNonASCII: true)
        if bytes[stop] == UInt8(ascii: "\"") { return (stop, 0) }
        return stringEnd(start, from: stop)
    }

    /// The rest of `stringEnd`, from `stop`, where its first run of plain ASCII ends.
    @inline(never)
    private func stringEnd(_ start: Int, from stop: Int) -> (end: Int, flags: UInt8) {
        let last = tables.pointee.lastString
        if last.start == start { return (last.end, last.flags) }
        var i = stop
        var flags: UInt8 = 0
        while true {
            i = Self.plainEnd(bytes, from: i, stopAtNonASCII: flags & Self.nonASCII == 0)
            switch bytes[i] {
            case UInt8(ascii: "\""):
                tables.pointee.lastString = (start, i, flags)
                return (i, flags)
            case UInt8(ascii: "\\"):
                // The escaped character is skipped; a `\u` escape's hex digits are plain text.
                flags |= Self.escaped
                i += 2
            default:
                flags |= Self.nonASCII
                i += 1
            }
        }
    }

    /// The offset just after the value that starts at `i`.
    func valueEnd(_ i: Int) -> Int {
        switch bytes[i] {
        case UInt8(ascii: "\""): return stringEnd(i).end + 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let starts = containerStarts
            let k = Self.search(starts.count, for: i, after: tables.pointee.lastContainer) { Int(starts[$0]) }
            tables.pointee.lastContainer = k
            return Int(containerEnds[k])
        case UInt8(ascii: "t"), UInt8(ascii: "n"): return i + 4
        case UInt8(ascii: "f"): return i + 5
        default:
            var i = i + 1
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                    UInt8(ascii: "+"), UInt8(ascii: "-"):
                    i += 1
                default: return i
                }
            }
            return i
        }
    }

    /// Whether the key whose opening quote is at `offset` repeats an earlier one of its object.
    func isRepeated(_ offset: Int) -> Bool {
        guard !repeatedKeys.isEmpty else { return false }
        var low = 0
        var high = repeatedKeys.count
        while low < high {
            let mid = (low + high) / 2
            if repeatedKeys[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < repeatedKeys.count && repeatedKeys[low] == offset
    }

    /// A string's text, from its bytes between the quotes.
    static func text(_ body: UnsafeBufferPointer<UInt8>, flags: UInt8) -> String {
        guard flags & escaped != 0 else { return String(decoding: body, as: UTF8.self) }
        return String(decoding: JSONParser.unescape(body), as: UTF8.self)
    }

    /// The bytes between `start` and `end`.
    func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

/// A value of checked JSON text: where it starts, so that a message about it can name the line
/// and column. Valid only while `JSONParser.parse` runs its reader: it points into the bytes.
public struct JSONValue {
    /// What the value is.
    public enum Kind {
        case null
        case bool(Bool)
        /// A number, kept as its exact source text (`93.75`, `1E2`).
        case number(String)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    let text: CheckedJSON
    /// Byte offset of the value's first byte in the source.
    public let offset: Int

    private var first: UInt8 { text.bytes[offset] }

    /// What the value is; a string's text is made here, for the reader that keeps it.
    public var kind: Kind {
        switch first {
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "t"): return .bool(true)
        case UInt8(ascii: "f"): return .bool(false)
        case UInt8(ascii: "\""): return .string(string?.text ?? "")
        case UInt8(ascii: "["): return .array(elements)
        case UInt8(ascii: "{"): return .object(JSONObject(text: text, offset: offset))
        default: return .number(String(decoding: text.slice(offset, text.valueEnd(offset)), as: UTF8.self))
        }
    }

    public var isNull: Bool { first == UInt8(ascii: "n") }
    /// `true` or `false` (nil for any other value).
    var bool: Bool? {
        switch first {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: return nil
        }
    }
    var isObject: Bool { first == UInt8(ascii: "{") }
    var isArray: Bool { first == UInt8(ascii: "[") }
    var isString: Bool { first == UInt8(ascii: "\"") }

    /// The text of a string value.
    public var stringValue: String? { string?.text }

    /// A string value's text, and whether it is plain ASCII (then it needs no normalizing): no
    /// byte beyond ASCII and no escape, which may stand for a letter beyond it (`e\u0301`).
    var string: (text: String, ascii: Bool)? {
        guard let (body, flags) = stringBytes else { return nil }
        return (CheckedJSON.text(body, flags: flags), flags & (CheckedJSON.escaped | CheckedJSON.nonASCII) == 0)
    }

    /// A string value's bytes between its quotes, and its flags (`CheckedJSON.escaped`,
    /// `CheckedJSON.nonASCII`); nil for any other value.
    var stringBytes: (body: UnsafeBufferPointer<UInt8>, flags: UInt8)? {
        guard first == UInt8(ascii: "\"") else { return nil }
        let (end, flags) = text.stringEnd(offset)
        return (text.slice(offset + 1, end), flags)
    }

    /// A string value's bytes when they are its text as they are: no escape, nothing beyond
    /// ASCII (nil for any other value).
    var asciiString: UnsafeBufferPointer<UInt8>? {
        guard let (body, flags) = stringBytes, flags == 0 else { return nil }
        return body
    }

    /// A number value in hundredths, read from its bytes (`nil` for any other value).
    var points: Result<Points, Points.ParseError>? {
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return Points.parse(jsonNumberIn: text.bytes, at: offset)
        default: return nil
        }
    }

    /// An array's elements, in order (none for any other value).
    var elements: [JSONValue] {
        // A planned array's objects are in the checker's table: found there, not scanned.
        if isArray, let objects = text.captured.elements(of: offset) {
            return objects.map { JSONValue(text: text, offset: Int(text.captured.objects[3 * $0])) }
        }
        var out: [JSONValue] = []
        // Room made once: an element of a scorecard's arrays takes some sixty bytes or more.
        if isArray { out.reserveCapacity(min((text.valueEnd(offset) - offset) / 32, 4096)) }
        forEachElement { out.append($0) }
        return out
    }

    /// An array's element when it has exactly one and it is a string: its bytes between the
    /// quotes and its flags (nil for any other value).
    var onlyString: (body: UnsafeBufferPointer<UInt8>, flags: UInt8)? {
        guard first == UInt8(ascii: "[") else { return nil }
        let element = text.space(offset + 1)
        guard text.bytes[element] == UInt8(ascii: "\"") else { return nil }
        let (end, flags) = text.stringEnd(element)
        guard text.bytes[text.space(end + 1)] == UInt8(ascii: "]") else { return nil }
        return (text.slice(element + 1, end), flags)
    }

    /// Calls `body` with each element of an array, in order.
    func forEachElement(_ body: (JSONValue) -> Void) {
        guard first == UInt8(ascii: "[") else { return }
        var i = text.space(offset + 1)
        guard text.bytes[i] != UInt8(ascii: "]") else { return }
        while true {
            body(JSONValue(text: text, offset: i))
            i = text.space(text.valueEnd(i))
            guard text.bytes[i] == UInt8(ascii: ",") else { return }
            i = text.space(i + 1)
        }
    }

    /// The name of the value's type, as a message says it: `a string`, `an array`.
    var typeName: Message { Messages.typeName(kind) }
}

/// A JSON object's members in source order, each key with its own offset.
public struct JSONObject {
    /// One `"key": value` pair.
    public struct Member {
        public var key: String
        public var keyOffset: Int
        public var value: JSONValue
    }

    let text: CheckedJSON
    let offset: Int

    /// Calls `body` with each member's key (the offsets of its opening and closing quotes, and
    /// its flags) and value, in order, until it returns false; a repeated key is left out.
    private func forEachMember(_ body: (_ key: Int, _ keyEnd: Int, _ flags: UInt8, _ value: Int) -> Bool) {
        var i = text.space(offset + 1)
        guard text.bytes[i] != UInt8(ascii: "}") else { return }
        while true {
            let (keyEnd, flags) = text.stringEnd(i)
            let value = text.space(text.space(keyEnd + 1) + 1)
            if !text.isRepeated(i), !body(i, keyEnd, flags, value) { return }
            i = text.space(text.valueEnd(value))
            guard text.bytes[i] == UInt8(ascii: ",") else { return }
            i = text.space(i + 1)
        }
    }

    private func member(_ key: Int, _ keyEnd: Int, _ flags: UInt8, _ value: Int) -> Member {
        Member(
            key: CheckedJSON.text(text.slice(key + 1, keyEnd), flags: flags), keyOffset: key,
            value: JSONValue(text: text, offset: value))
    }

    /// The members, keys made into text.
    public var members: [Member] {
        var out: [Member] = []
        forEachMember { key, keyEnd, flags, value in
            out.append(member(key, keyEnd, flags, value))
            return true
        }
        return out
    }

    /// Whether a key is `name`: bytes compared when both are plain ASCII, text otherwise.
    private func key(_ body: UnsafeBufferPointer<UInt8>, flags: UInt8, is name: String) -> Bool {
        guard flags & (CheckedJSON.escaped | CheckedJSON.nonASCII) == 0 else {
            return CheckedJSON.text(body, flags: flags) == name
        }
        // Only text beyond ASCII can be the same as other bytes (a canonical equivalent).
        guard name.utf8.count == body.count else {
            return name.utf8.contains { $0 >= 0x80 } && String(decoding: body, as: UTF8.self) == name
        }
        return name.hasUTF8(body)
    }

    /// Puts the offset of each `known` field's value in `slots` (which hold -1), when the checker
    /// sorted this object's members out by them and every member is one of them, as in nearly
    /// every element of a planned array. False otherwise (`fields(_:other:)` then reads it).
    @inline(__always)
    func capturedFields(_ known: FieldNames, into slots: inout InlineArray<16, Int32>) -> Bool {
        guard let range = text.captured.members(of: offset, by: known, last: &text.tables.pointee.lastObject)
        else { return false }
        let members = text.captured.members
        for m in stride(from: range.lowerBound, to: range.upperBound, by: 3) {
            let field = Int(members[m])
            guard field != CheckedJSON.unknownField else { return false }
            slots[field] = members[m + 2]
        }
        return true
    }

    /// Finds the values of the `known` fields in one pass over the keys, and calls `other` with
    /// each member that is not one of them. A plain ASCII key is compared as bytes, without a
    /// `String`; a key with an escape or beyond ASCII is made into text and compared as text.
    ///
    /// - Returns: for each known field, its value's offset, or -1.
    func fields(_ known: FieldNames, other: (Member) -> Void) -> InlineArray<16, Int32> {
        var slots = InlineArray<16, Int32>(repeating: -1)
        if let range = text.captured.members(of: offset, by: known, last: &text.tables.pointee.lastObject) {
            let members = text.captured.members
            for m in stride(from: range.lowerBound, to: range.upperBound, by: 3) {
                let field = Int(members[m])
                if field != CheckedJSON.unknownField {
                    slots[field] = members[m + 2]
                } else {
                    let key = Int(members[m + 1])
                    let (keyEnd, flags) = text.stringEnd(key)
                    other(member(key, keyEnd, flags, Int(members[m + 2])))
                }
            }
            return slots
        }
        forEachMember { key, keyEnd, flags, value in
            let body = text.slice(key + 1, keyEnd)
            let k =
                flags & (CheckedJSON.escaped | CheckedJSON.nonASCII) == 0
                ? known.position(of: body) : known.names.firstIndex(of: CheckedJSON.text(body, flags: flags))
            if let k { slots[k] = Int32(value) } else { other(member(key, keyEnd, flags, value)) }
            return true
        }
        return slots
    }

    /// The value of `key`, if present.
    public subscript(key: String) -> JSONValue? {
        var found: Int?
        forEachMember { start, keyEnd, flags, value in
            guard self.key(text.slice(start + 1, keyEnd), flags: flags, is: key) else { return true }
            found = value
            return false
        }
        return found.map { JSONValue(text: text, offset: $0) }
    }
}

/// The field names a reader knows, as the literals the reader is written with: a key of the
/// document is found among them by its bytes, without a `String`, and a reader's own literal by
/// its address, usually the very constant the names were made of. Made once a run (a
/// `static let`), never freed.
final class FieldNames: ExpressibleByArrayLiteral, Sendable {
    let names: [String]
    private let count: Int
    /// Each name's first eight bytes as one number, its length, and where its literal's bytes
    /// are, in fixed arrays (no look-up pays for an array's checks): a key is told from a name by
    /// a number and a length, its bytes compared only when it is longer.
    private let heads: InlineArray<16, UInt64>
    private let lengths: InlineArray<16, Int>
    private let addresses: InlineArray<16, UInt>
    /// A document's key found in one look: each name's position, in the slot its first bytes and
    /// length hash to with `keyMultiplier` (-1 in an empty slot: no name is that key). The
    /// multiplier is one that gives each name a slot of its own; when none is found (many names),
    /// a name whose slot another took is found by comparing them all (`crowded`).
    private let byKey: InlineArray<32, Int8>
    private let keyMultiplier: UInt64
    private let crowded: Bool
    /// A reader's literal found by its address in one look, as `byKey` finds a key; a literal
    /// whose slot another took is found by its bytes.
    private let byAddress: InlineArray<32, Int8>
    private let addressMultiplier: UInt64

    init(arrayLiteral literals: StaticString...) {
        precondition(literals.count <= 16, "an object's known fields fit JSONObject.fields' slots")
        count = literals.count
        names = literals.map(\.description)
        var heads = InlineArray<16, UInt64>(repeating: 0)
        var lengths = InlineArray<16, Int>(repeating: -1)
        var addresses = InlineArray<16, UInt>(repeating: 0)
        for (k, literal) in literals.enumerated() {
            heads[k] = Self.head(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
            lengths[k] = literal.utf8CodeUnitCount
            addresses[k] = UInt(bitPattern: literal.utf8Start)
        }
        self.heads = heads
        self.lengths = lengths
        self.addresses = addresses
        let keys = (0..<count).map { heads[$0] &+ UInt64(lengths[$0]) }
        (byKey, keyMultiplier, crowded) = Self.table(keys)
        (byAddress, addressMultiplier, _) = Self.table((0..<count).map { UInt64(addresses[$0]) })
        // Names are a reader's static lists, made once a run: each keeps itself alive, so that a
        // `FieldReader` holds its names without counting references.
        _ = Unmanaged.passRetained(self)
    }

    /// The slot of `byKey` or `byAddress` a number hashes to with a multiplier (multiplicative
    /// hashing: the top five bits).
    @inline(__always)
    private static func slot(_ x: UInt64, _ multiplier: UInt64) -> Int {
        Int(truncatingIfNeeded: (x &* multiplier) >> 59)
    }

    /// A table of the positions of `values` by their slots, with the first of some odd
    /// multipliers that gives each value a slot of its own; else with the first, and crowded (a
    /// value whose slot another took is left out).
    private static func table(_ values: [UInt64]) -> (InlineArray<32, Int8>, UInt64, crowded: Bool) {
        func multiplier(_ attempt: UInt64) -> UInt64 { 0x9E37_79B9_7F4A_7C15 &* (2 * attempt + 1) }
        func place(_ multiplier: UInt64) -> (InlineArray<32, Int8>, crowded: Bool) {
            var table = InlineArray<32, Int8>(repeating: -1)
            var crowded = false
            for (k, value) in values.enumerated() {
                let slot = Self.slot(value, multiplier)
                if table[slot] < 0 { table[slot] = Int8(k) } else { crowded = true }
            }
            return (table, crowded)
        }
        for attempt in 0..<256 as Range<UInt64> {
            let (table, crowded) = place(multiplier(attempt))
            if !crowded { return (table, multiplier(attempt), false) }
        }
        return (place(multiplier(0)).0, multiplier(0), true)
    }

    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var head: UInt64 = 0
        for i in 0..<bytes.count { head |= UInt64(base[i]) << (8 * i) }
        return head
    }

    /// Whether the name at `k` is the key whose head this is.
    @inline(__always)
    private func isName(_ k: Int, _ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> Bool {
        guard heads[k] == head, lengths[k] == key.count else { return false }
        guard key.count > 8 else { return true }
        guard let name = UnsafePointer<UInt8>(bitPattern: addresses[k]) else { return false }
        var i = 8
        while i < key.count, name[i] == key[i] { i += 1 }
        return i == key.count
    }

    /// The position of the name whose bytes these are.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        position(of: key, head: Self.head(key))
    }

    /// The position of the name whose bytes these are, given their first eight bytes as one
    /// number (the first in the lowest bits, zero past the end), as the checker has them already.
    @inline(__always)
    func position(of key: UnsafeBufferPointer<UInt8>, head: UInt64) -> Int? {
        let k = Int(byKey[Self.slot(head &+ UInt64(key.count), keyMultiplier)])
        guard k >= 0 else { return nil }
        if isName(k, key, head: head) { return k }
        guard crowded else { return nil }
        for j in 0..<count where isName(j, key, head: head) { return j }
        return nil
    }

    /// The position of a name given as a literal: by its address when it is the same constant,
    /// else by its bytes.
    @inline(__always)
    func position(of name: StaticString) -> Int? {
        let start = name.utf8Start
        let address = UInt(bitPattern: start)
        let k = Int(byAddress[Self.slot(UInt64(address), addressMultiplier)])
        if k >= 0, addresses[k] == address { return k }
        return position(of: UnsafeBufferPointer(start: start, count: name.utf8CodeUnitCount))
    }
}
