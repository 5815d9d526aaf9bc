/// A parsed JSON document: its bytes, and a flat index of its values in source order (one
/// 12-byte entry a value or key, where a tree would allocate a node, an array or a `String`
/// for each). Strings and numbers stay bytes until a reader asks for one; keys are compared as
/// bytes.
public final class JSONDocument: Sendable {
    /// One value or key: what it is and where its bytes are.
    struct Entry: Sendable {
        enum Kind: UInt8, Sendable { case null, bool, number, string, array, object, key }
        /// The string holds a backslash escape: its text must be decoded.
        static let escaped: UInt8 = 1
        /// The string holds a byte above ASCII: compared as text, not bytes.
        static let nonASCII: UInt8 = 2
        /// The key repeats an earlier one of its object: reported, and skipped by readers.
        static let duplicate: UInt8 = 4
        /// `true` (for a boolean).
        static let isTrue: UInt8 = 8

        var kind: Kind
        var flags: UInt8
        /// Offset of the first byte (a string's opening quote).
        var start: UInt32
        /// A number's end offset; a string's closing quote; for an array or object, the index of
        /// the entry after its last member.
        var end: UInt32
    }

    let bytes: [UInt8]
    let entries: [Entry]

    init(bytes: [UInt8], entries: [Entry]) {
        self.bytes = bytes
        self.entries = entries
    }

    /// The index of the entry after a value and all it holds.
    func after(_ index: Int) -> Int {
        let e = entries[index]
        return e.kind == .array || e.kind == .object ? Int(e.end) : index + 1
    }

    /// A string's or key's text, escapes decoded.
    func string(_ index: Int) -> String {
        let e = entries[index]
        let body = bytes[Int(e.start) + 1..<Int(e.end)]
        guard e.flags & Entry.escaped != 0 else { return String(decoding: body, as: UTF8.self) }
        return String(decoding: JSONParser.unescape(body), as: UTF8.self)
    }

    /// Whether a key is `name`: bytes compared when both are plain ASCII, text otherwise.
    func key(_ index: Int, is name: String) -> Bool {
        let e = entries[index]
        guard e.flags & (Entry.escaped | Entry.nonASCII) == 0 else { return string(index) == name }
        let start = Int(e.start) + 1
        let utf8 = name.utf8
        guard utf8.count == Int(e.end) - start else {
            // Only text beyond ASCII can be the same as other bytes (a canonical equivalent).
            return utf8.contains { $0 >= 0x80 } && string(index) == name
        }
        var i = start
        for byte in utf8 {
            if bytes[i] != byte { return false }
            i += 1
        }
        return true
    }
}

/// A JSON value of a parsed document, with the byte offset where it starts in its source, so
/// that a message about it can name the line and column.
public struct JSONValue: Sendable {
    /// What the value is.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number, kept as its exact source text (`93.75`, `1E2`).
        case number(String)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    let document: JSONDocument
    let index: Int

    private var entry: JSONDocument.Entry { document.entries[index] }

    /// What the value is; a string's text is made here, for the reader that keeps it.
    public var kind: Kind {
        let e = entry
        switch e.kind {
        case .null: return .null
        case .bool: return .bool(e.flags & JSONDocument.Entry.isTrue != 0)
        case .number: return .number(String(decoding: document.bytes[Int(e.start)..<Int(e.end)], as: UTF8.self))
        case .string, .key: return .string(document.string(index))
        case .array:
            var items: [JSONValue] = []
            var i = index + 1
            while i < Int(e.end) {
                items.append(JSONValue(document: document, index: i))
                i = document.after(i)
            }
            return .array(items)
        case .object: return .object(JSONObject(document: document, index: index))
        }
    }

    /// Byte offset of the value's first byte in the source.
    public var offset: Int { Int(entry.start) }

    public var isNull: Bool { entry.kind == .null }

    /// The text of a string value.
    public var stringValue: String? { entry.kind == .string ? document.string(index) : nil }

    /// A number value in hundredths, read from its bytes (`nil` for any other value).
    var points: Result<Points, Points.ParseError>? {
        let e = entry
        guard e.kind == .number else { return nil }
        return document.bytes.withUnsafeBufferPointer {
            Points.parse(jsonNumber: UnsafeBufferPointer(rebasing: $0[Int(e.start)..<Int(e.end)]))
        }
    }

    /// The name of the value's type, as a message says it: `a string`, `an array`.
    var typeName: Message { Messages.typeName(kind) }
}

/// A JSON object's members in source order, each key with its own offset.
public struct JSONObject: Sendable {
    /// One `"key": value` pair.
    public struct Member: Sendable {
        public var key: String
        public var keyOffset: Int
        public var value: JSONValue
    }

    let document: JSONDocument
    let index: Int

    /// The keys' entries, each followed by its value's; a repeated key is left out (the first
    /// one counts).
    private func forEachKey(_ body: (Int) -> Bool) {
        let end = Int(document.entries[index].end)
        var i = index + 1
        while i < end {
            if document.entries[i].flags & JSONDocument.Entry.duplicate == 0, !body(i) { return }
            i = document.after(i + 1)
        }
    }

    /// The members, keys made into text.
    public var members: [Member] {
        var out: [Member] = []
        forEachKey { i in
            out.append(
                Member(
                    key: document.string(i), keyOffset: Int(document.entries[i].start),
                    value: JSONValue(document: document, index: i + 1)))
            return true
        }
        return out
    }

    /// An object's members sorted out against the fields a reader knows.
    struct Fields {
        let document: JSONDocument
        /// For each known field, its value's entry, or -1.
        let slots: [Int32]
        /// The value of the one other field a reader allows (`extra`).
        let besides: JSONValue?
        /// The members that are neither.
        let unknown: [Member]

        /// The value of the known field at position `k`.
        func value(_ k: Int) -> JSONValue? {
            slots[k] < 0 ? nil : JSONValue(document: document, index: Int(slots[k]))
        }
    }

    /// Finds the values of the `known` fields and of `other` in one pass over the keys, and
    /// lists the members that are neither. A plain ASCII key is compared as bytes, without a
    /// `String`; a key with an escape or beyond ASCII is made into text and compared as text.
    func fields(_ known: FieldNames, besides other: String) -> Fields {
        var slots = [Int32](repeating: -1, count: known.names.count)
        var besides: Int?
        var unknown: [Int] = []
        let entries = document.entries
        document.bytes.withUnsafeBufferPointer { bytes in
            forEachKey { i in
                let e = entries[i]
                let k: Int?
                if e.flags & (JSONDocument.Entry.escaped | JSONDocument.Entry.nonASCII) == 0 {
                    let key = UnsafeBufferPointer(rebasing: bytes[Int(e.start) + 1..<Int(e.end)])
                    k = known.position(of: key)
                } else {
                    k = known.names.firstIndex(of: document.string(i))
                }
                if let k {
                    slots[k] = Int32(i + 1)
                } else if document.key(i, is: other) {
                    besides = i + 1
                } else {
                    unknown.append(i)
                }
                return true
            }
        }
        return Fields(
            document: document, slots: slots, besides: besides.map { JSONValue(document: document, index: $0) },
            unknown: unknown.map {
                Member(
                    key: document.string($0), keyOffset: Int(document.entries[$0].start),
                    value: JSONValue(document: document, index: $0 + 1))
            })
    }

    /// The value of `key`, if present.
    public subscript(key: String) -> JSONValue? {
        var found: Int?
        forEachKey { i in
            guard document.key(i, is: key) else { return true }
            found = i + 1
            return false
        }
        return found.map { JSONValue(document: document, index: $0) }
    }
}

/// The field names a reader knows, as the literals the reader is written with: a key of the
/// document is compared with the names of its length as bytes, without a `String`, and a reader's
/// own literal is usually the very same constant (one address: one comparison).
final class FieldNames: ExpressibleByArrayLiteral, Sendable {
    let names: [String]
    private let literals: [StaticString]

    init(arrayLiteral literals: StaticString...) {
        self.literals = literals
        names = literals.map(\.description)
    }

    /// The position of the name whose bytes these are.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        for k in literals.indices
        where literals[k].hasPointerRepresentation && literals[k].utf8CodeUnitCount == key.count {
            let name = literals[k].utf8Start
            var i = 0
            while i < key.count, name[i] == key[i] { i += 1 }
            if i == key.count { return k }
        }
        return nil
    }

    /// The position of a name given as a literal.
    func position(of name: StaticString) -> Int? {
        guard name.hasPointerRepresentation else { return names.firstIndex(of: name.description) }
        let start = name.utf8Start
        for k in literals.indices where literals[k].hasPointerRepresentation && literals[k].utf8Start == start {
            return k
        }
        return position(of: UnsafeBufferPointer(start: start, count: name.utf8CodeUnitCount))
    }
}
