// The libFuzzer entry point for the JSON reader and the decoders over it alone (no scoring, no
// rendering), so that a run reaches millions of inputs: compiled with the library's sources by
// `FUZZ_TARGET=DecoderFuzzTarget bash Scripts/fuzz.sh`. Not part of the package.
//
// More than "does not crash": each input is also read by a small reference reader written here
// (plain recursive descent, its own escape decoder, the standard library's UTF-8 check, keys
// compared as `String`), and the reader's two passes must agree with it. The checker accepts
// exactly what the reference accepts and finds the same repeated keys; the reading pass finds
// every value at the reference's offset, of its kind, ending where the reference's ends, with
// the same text, and the same members and elements whichever way an object or an array is
// walked. Any disagreement stops the run as a crash.

/// Feeds one input to the JSON reader, checked against the reference, and to the scorecard and
/// framework decoders.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = SourceText(name: "fuzz.json", bytes: bytes)
    let reference = ReferenceReader.read(bytes)
    do {
        try JSONParser.parse(bytes, plan: probePlan) { root, duplicates in
            guard let reference else { fatalError("the checker accepts text that the reference rejects") }
            let offsets = duplicates.compactMap(\.offset).sorted()
            expect(offsets.count == duplicates.count, "a repeated key without an offset")
            expect(offsets == reference.repeated, "repeated keys \(offsets), reference \(reference.repeated)")
            for offset in offsets { _ = source.location(of: offset) }
            var walk = Walk(bytes: bytes)
            walk.check(root, reference.root)
        }
    } catch {
        expect(reference == nil, "the checker rejects text that the reference accepts: \(error.message.en)")
        if let offset = error.offset { expect(offset >= 0 && offset <= bytes.count, "a problem beyond the text") }
    }
    let loaded = ScorecardReader.read(source, frameworks: FrameworkStore())
    for d in loaded.diagnostics { _ = d.description }
    let (_, diagnostics) = FrameworkReader.read(source)
    for d in diagnostics { _ = d.description }
    return 0
}

// MARK: - The reference reader

/// A value as the reference reads it: where it starts and ends (the offset after it), and what it is.
private final class Node {
    enum Kind {
        case null
        case bool(Bool)
        case number
        case string(String)
        case array([Node])
        case object([Member])
    }

    struct Member {
        var keyOffset: Int
        var key: String
        /// The key repeats an earlier one of its object (the first one counts).
        var repeated: Bool
        var value: Node
    }

    let start: Int
    var end = 0
    var kind = Kind.null

    init(start: Int) { self.start = start }
}

/// RFC 8259 read the plain way, with `JSONParser`'s limits (nesting depth, number of values) and
/// its rule for keys (repeated when equal as `String`, canonical equivalence included).
private struct ReferenceReader {
    let bytes: [UInt8]
    var i = 0
    var values = 0
    var repeated: [Int] = []

    /// The root and the repeated keys' offsets (ascending), or nil for text that is not JSON.
    static func read(_ bytes: [UInt8]) -> (root: Node, repeated: [Int])? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var r = ReferenceReader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { r.i = 3 }
        r.space()
        guard let root = r.value(depth: 0) else { return nil }
        r.space()
        guard r.i == bytes.count else { return nil }
        return (root, r.repeated.sorted())
    }

    func at(_ c: Unicode.Scalar) -> Bool { i < bytes.count && bytes[i] == UInt8(ascii: c) }
    var atDigit: Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

    mutating func space() {
        while at(" ") || at("\t") || at("\n") || at("\r") { i += 1 }
    }

    /// The value at `i` inside `depth` containers.
    mutating func value(depth: Int) -> Node? {
        guard i < bytes.count else { return nil }
        values += 1
        guard values <= JSONParser.maxValues else { return nil }
        let node = Node(start: i)
        if at("{") || at("[") {
            guard depth < JSONParser.maxDepth else { return nil }
            if at("{") {
                guard let members = object(depth: depth + 1) else { return nil }
                node.kind = .object(members)
            } else {
                guard let elements = array(depth: depth + 1) else { return nil }
                node.kind = .array(elements)
            }
        } else if at("\"") {
            guard let s = string() else { return nil }
            node.kind = .string(s)
        } else if word("true") {
            node.kind = .bool(true)
        } else if word("false") {
            node.kind = .bool(false)
        } else if word("null") {
            node.kind = .null
        } else if at("-") || atDigit {
            guard number() else { return nil }
            node.kind = .number
        } else {
            return nil
        }
        node.end = i
        return node
    }

    mutating func word(_ w: String) -> Bool {
        guard bytes[i...].starts(with: w.utf8) else { return false }
        i += w.utf8.count
        return true
    }

    mutating func object(depth: Int) -> [Node.Member]? {
        i += 1
        space()
        var out: [Node.Member] = []
        if at("}") {
            i += 1
            return out
        }
        var keys = Set<String>()
        while true {
            space()
            guard at("\"") else { return nil }
            let keyOffset = i
            guard let key = string() else { return nil }
            space()
            guard at(":") else { return nil }
            i += 1
            space()
            guard let value = value(depth: depth) else { return nil }
            let isNew = keys.insert(key).inserted
            if !isNew { repeated.append(keyOffset) }
            out.append(.init(keyOffset: keyOffset, key: key, repeated: !isNew, value: value))
            space()
            if at(",") {
                i += 1
            } else if at("}") {
                i += 1
                return out
            } else {
                return nil
            }
        }
    }

    mutating func array(depth: Int) -> [Node]? {
        i += 1
        space()
        var out: [Node] = []
        if at("]") {
            i += 1
            return out
        }
        while true {
            space()
            guard let value = value(depth: depth) else { return nil }
            out.append(value)
            space()
            if at(",") {
                i += 1
            } else if at("]") {
                i += 1
                return out
            } else {
                return nil
            }
        }
    }

    mutating func number() -> Bool {
        if at("-") { i += 1 }
        guard atDigit else { return false }
        if at("0") {
            i += 1
        } else {
            while atDigit { i += 1 }
        }
        if at(".") {
            i += 1
            guard atDigit else { return false }
            while atDigit { i += 1 }
        }
        if at("e") || at("E") {
            i += 1
            if at("+") || at("-") { i += 1 }
            guard atDigit else { return false }
            while atDigit { i += 1 }
        }
        return true
    }

    /// The string whose opening quote is at `i`, its escapes decoded here (not by `JSONParser`).
    mutating func string() -> String? {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count, bytes[i] >= 0x20 else { return nil }
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                continue
            }
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return nil }
                if code >= 0xDC00 && code <= 0xDFFF { return nil }
                if code >= 0xD800 && code <= 0xDBFF {
                    guard at("\\") else { return nil }
                    i += 1
                    guard at("u") else { return nil }
                    i += 1
                    guard let low = hex4(), low >= 0xDC00 && low <= 0xDFFF else { return nil }
                    code = 0x10000 + (code - 0xD800) * 0x400 + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                UTF8.encode(scalar) { out.append($0) }
            default: return nil
            }
        }
    }

    mutating func hex4() -> UInt32? {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count, let digit = Int(String(Unicode.Scalar(bytes[i])), radix: 16) else { return nil }
            code = code * 16 + UInt32(digit)
            i += 1
        }
        return code
    }
}

// MARK: - The reading pass against the reference

/// Names to sort an object's members against, as a reader's `FieldNames` are: some a scorecard
/// has, a key beyond ASCII, and the empty key. The checker sorts the elements of the planned
/// arrays out against `probeFields` as it goes; `scannedFields`, the same names, are found by
/// scanning, so that both ways are checked.
private let probeFields: FieldNames = ["id", "self", "final", "criteria", "a", "điểm", "", "appraised_long"]
private let scannedFields: FieldNames = ["id", "self", "final", "criteria", "a", "điểm", "", "appraised_long"]
private let probePlan: [(array: StaticString, fields: FieldNames)] = [
    ("criteria", probeFields), ("deductions", probeFields), ("a", probeFields),
]
private let probeKeys = ["id", "extra", "a", "", "điểm", "K"]

private struct Walk {
    let bytes: [UInt8]
    /// The last offset visited: values and keys are met in document order, each after the last.
    var last = -1
    /// How many arrays and objects hold the value being checked, and whether it is inside the
    /// value of a root member that `probePlan` names (then its objects three deep are captured).
    var depth = 0
    var planned = false

    mutating func visit(_ offset: Int, _ what: String) {
        expect(offset > last, "\(what) at \(offset), not after \(last)")
        expect(offset < bytes.count, "\(what) at \(offset), beyond \(bytes.count) bytes")
        last = offset
    }

    mutating func check(_ value: JSONValue, _ node: Node) {
        visit(value.offset, "a value")
        expect(value.offset == node.start, "a value at \(value.offset), the reference's at \(node.start)")
        expect(value.text.valueEnd(value.offset) == node.end, "the value at \(node.start) ends early or late")
        let isNull: Bool
        if case .null = node.kind { isNull = true } else { isNull = false }
        expect(value.isNull == isNull, "isNull at \(node.start)")
        if case .string = node.kind {
        } else {
            expect(value.stringValue == nil && value.string == nil, "a string read from a non-string")
        }
        if case .number = node.kind {} else { expect(value.points == nil, "points read from a non-number") }
        switch (value.kind, node.kind) {
        case (.null, .null): break
        case (.bool(let a), .bool(let b)): expect(a == b, "a boolean misread at \(node.start)")
        case (.number(let text), .number):
            expect(text.utf8.elementsEqual(bytes[node.start..<node.end]), "a number's text at \(node.start)")
            let points = value.points.map { "\($0)" }
            expect(points == "\(Points.parse(jsonNumber: text))", "a number's points at \(node.start)")
        case (.string(let text), .string(let expected)):
            checkString(value, text, expected)
        case (.array(let elements), .array(let items)):
            depth += 1
            defer { depth -= 1 }
            expect(elements.count == items.count, "\(elements.count) elements, the reference's \(items.count)")
            var each: [Int] = []
            value.forEachElement { each.append($0.offset) }
            expect(each == items.map(\.start), "forEachElement finds other elements at \(node.start)")
            expect(value.elements.map(\.offset) == each, "elements differ between calls")
            for (element, item) in zip(elements, items) { check(element, item) }
        case (.object(let object), .object(let members)):
            depth += 1
            defer { depth -= 1 }
            var last = -1
            let captured = value.text.captured.members(of: node.start, by: probeFields, last: &last) != nil
            expect(captured == (depth == 3 && planned), "the object at \(node.start) captured: \(captured)")
            checkObject(object, members, at: node.start)
        default:
            fatalError("the value at \(node.start) is read as \(value.kind), the reference's \(node.kind)")
        }
        expect(last < node.end, "a value visited beyond its container")
    }

    func checkString(_ value: JSONValue, _ text: String, _ expected: String) {
        expect(text.utf8.elementsEqual(expected.utf8), "a string's text at \(value.offset): \(text) \(expected)")
        expect(value.stringValue.map { $0.utf8.elementsEqual(expected.utf8) } == true, "stringValue")
        guard let (s, ascii) = value.string else { fatalError("a string without its text") }
        expect(s.utf8.elementsEqual(expected.utf8), "string's text at \(value.offset)")
        expect(!ascii || expected.utf8.allSatisfy { $0 < 0x80 }, "'plain ASCII' text beyond ASCII: \(expected)")
        expect(value.isBlankString == expected.allSatisfy(\.isWhitespace), "isBlankString at \(value.offset)")
        _ = Text.nfc(s)
    }

    mutating func checkObject(_ object: JSONObject, _ all: [Node.Member], at start: Int) {
        let members = object.members
        let distinct = all.filter { !$0.repeated }
        expect(
            members.map(\.keyOffset) == distinct.map(\.keyOffset),
            "members at \(members.map(\.keyOffset)), the reference's \(distinct.map(\.keyOffset)) (object at \(start))")
        // Sorted against known names: each slot holds the first member so named, `extra` goes
        // aside, every other member is unknown, in order.
        var unknown: [Int] = []
        var besides: Int?
        for m in distinct {
            if probeFields.names.contains(m.key) {
                continue
            } else if m.key == "extra" {
                besides = m.value.start
            } else {
                unknown.append(m.keyOffset)
            }
        }
        for names in [probeFields, scannedFields] {
            var others: [JSONObject.Member] = []
            let slots = object.fields(names) { others.append($0) }
            for (k, name) in names.names.enumerated() {
                let expected = distinct.first { $0.key == name }.map(\.value.start) ?? -1
                expect(Int(slots[k]) == expected, "field \(name): \(slots[k]), expected \(expected)")
            }
            let extra = others.first { $0.key == "extra" }?.value.offset
            let unknownOnes = others.filter { $0.key != "extra" }
            expect(extra == besides, "extra at \(String(describing: extra))")
            expect(unknownOnes.map(\.keyOffset) == unknown, "unknown members \(unknownOnes.map(\.keyOffset))")
            expect(
                unknownOnes.map(\.value.offset)
                    == distinct.filter { unknown.contains($0.keyOffset) }.map(\.value.start),
                "unknown members' values")
        }
        for key in probeKeys {
            let expected = distinct.first { $0.key == key }?.value.start
            expect(object[key]?.offset == expected, "object[\(key)] at \(start)")
        }
        for (member, reference) in zip(members, distinct) {
            expect(member.key.utf8.elementsEqual(reference.key.utf8), "key \(member.key), \(reference.key)")
            expect(bytes[member.keyOffset] == UInt8(ascii: "\""), "a key at \(member.keyOffset) not at a quote")
            expect(object[member.key]?.offset == reference.value.start, "object[\(member.key)] at \(start)")
            visit(member.keyOffset, "a key")
            if depth == 1 {
                planned = probePlan.contains { name in
                    let key = member.keyOffset + 1
                    let end = key + name.array.utf8CodeUnitCount
                    return end < bytes.count && bytes[end] == UInt8(ascii: "\"")
                        && bytes[key..<end].elementsEqual(
                            UnsafeBufferPointer(start: name.array.utf8Start, count: end - key))
                }
            }
            check(member.value, reference.value)
            if depth == 1 { planned = false }
        }
    }
}

/// Stops the run with `message` when `condition` fails: `precondition` says nothing in an
/// optimized build, and a crash should say which agreement broke.
private func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

extension JSONValue {
    /// Whether a string value is one of white space only (an empty one included): the fast
    /// test on bytes checked here against `Character.isWhitespace`.
    fileprivate var isBlankString: Bool {
        guard let s = string else { return false }
        if s.ascii { return s.text.utf8.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) } }
        return s.text.allSatisfy(\.isWhitespace)
    }
}
