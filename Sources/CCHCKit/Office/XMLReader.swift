/// Why a part's XML could not be read: what, and the byte where it was found.
public struct XMLError: Error, Equatable, Sendable {
    /// What is wrong: `the element w:tbl is not closed`.
    public var message: Message
    /// The byte offset in the part.
    public var offset: Int
}

/// An attribute of an element, its name given as `XMLHandler.start` describes.
struct XMLAttribute: Sendable {
    var name: String
    var value: String
}

extension [XMLAttribute] {
    /// The value of the attribute with this name, if the element has it.
    subscript(_ name: String) -> String? { first { $0.name == name }?.value }
}

/// What an `XMLReader` reports, in document order.
protocol XMLHandler {
    /// An element opens; `name` and the attributes' names are `prefix:local` with the prefix
    /// office files conventionally give the namespace (see `XMLNames`).
    mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(XMLError)
    /// The element last opened closes.
    mutating func end(_ name: String) throws(XMLError)
    /// Character data, references resolved (may come in several pieces).
    mutating func text(_ text: String) throws(XMLError)
    /// Whether the handler would use text now; when not, the reader skips making it.
    var wantsText: Bool { get }
}

extension XMLHandler {
    var wantsText: Bool { true }
}

/// A small XML reader for the parts of office files: elements, attributes, text, character
/// and the five predefined entity references, CDATA, comments, processing instructions, and
/// namespace prefixes. A DOCTYPE is refused: no DTD is read and no entity expanded, so "billion
/// laughs" cannot happen. Depth, attributes and names are capped.
struct XMLReader {
    /// Deeper nesting than any office part has (Word nests tables in cells in tables).
    static let maxDepth = 256
    static let maxAttributes = 512
    static let maxNameLength = 1024

    private let bytes: UnsafeBufferPointer<UInt8>
    private var p = 0
    /// For each open element: where its name is written and the namespace bindings it added.
    private var open: [(name: Range<Int>, bindings: Int)] = []
    /// Names already resolved under the bindings in scope, in a slot chosen by a hash of their
    /// bytes (checked against the bytes; a name meeting another's slot takes it over): a part
    /// names the same few elements over and over.
    private var resolved = [(hash: UInt64, raw: [UInt8], name: String, generation: Int)?](
        repeating: nil, count: 1024)
    /// Counts the changes of prefix bindings: a name resolved under older bindings is stale.
    private var generation = 0
    /// Prefix bindings in scope, innermost last: prefix (empty for the default) → canonical prefix.
    private var bindings: [(prefix: [UInt8], canonical: String)] = []

    /// Reads `bytes` (UTF-8), reporting to `handler`.
    static func read<H: XMLHandler>(_ bytes: [UInt8], into handler: inout H) throws(XMLError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(XMLError) in
            var reader = XMLReader(bytes: buffer)
            try reader.run(&handler)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p = 3 }
    }

    private func fail(_ message: Message, at offset: Int? = nil) -> XMLError {
        XMLError(message: message, offset: offset ?? p)
    }

    private mutating func run<H: XMLHandler>(_ handler: inout H) throws(XMLError) {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw fail(Messages.XML.utf16)
        }
        var sawRoot = false
        while p < bytes.count {
            // A handler's error without a place (offset -1) is placed at the event that raised it.
            let event = p
            do {
                try step(&handler, &sawRoot)
            } catch {
                throw error.offset < 0 ? XMLError(message: error.message, offset: event) : error
            }
        }
        guard sawRoot else { throw fail(Messages.XML.noRoot) }
        guard open.isEmpty else {
            throw fail(
                Messages.XML.elementNotClosed(String(decoding: bytes[open[open.count - 1].name], as: UTF8.self)))
        }
    }

    private mutating func step<H: XMLHandler>(_ handler: inout H, _ sawRoot: inout Bool) throws(XMLError) {
        if bytes[p] != 0x3C {
            let start = p
            while p < bytes.count, bytes[p] != 0x3C { p += 1 }
            if open.isEmpty {
                guard bytes[start..<p].allSatisfy(Self.isSpace) else {
                    throw fail(Messages.XML.textOutsideRoot, at: start)
                }
            } else if handler.wantsText {
                try handler.text(try decode(start, p))
            }
            return
        }
        // Most tags open or close an element: only `<?` and `<!` need a closer look.
        let next = p + 1 < bytes.count ? bytes[p + 1] : 0
        if next == 0x2F {
            try endTag(&handler)
        } else if next != 0x3F, next != 0x21 {
            if open.isEmpty {
                guard !sawRoot else { throw fail(Messages.XML.secondRoot) }
                sawRoot = true
            }
            try startTag(&handler)
        } else if matches("<?") {
            try skip(past: "?>", what: Messages.XML.processingInstruction)
        } else if matches("<!--") {
            try skip(past: "-->", what: Messages.XML.comment)
        } else if matches("<![CDATA[") {
            guard !open.isEmpty else { throw fail(Messages.XML.cdataOutsideRoot) }
            let start = p + 9
            try skip(past: "]]>", what: Messages.XML.cdataSection)
            if handler.wantsText { try handler.text(String(decoding: bytes[start..<(p - 3)], as: UTF8.self)) }
        } else {
            throw fail(Messages.XML.doctype)
        }
    }

    private func matches(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard p + n <= bytes.count else { return false }
        for i in 0..<n where bytes[p + i] != s.utf8Start[i] { return false }
        return true
    }

    private mutating func skip(past end: StaticString, what: Message) throws(XMLError) {
        let start = p
        while p < bytes.count {
            if matches(end) {
                p += end.utf8CodeUnitCount
                return
            }
            p += 1
        }
        throw fail(Messages.XML.notClosed(what), at: start)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func isNameByte(_ b: UInt8) -> Bool {
        !(isSpace(b) || b == 0x3C || b == 0x3E || b == 0x2F || b == 0x3D || b == 0x22 || b == 0x27)
    }

    private mutating func name() throws(XMLError) -> Range<Int> {
        let start = p
        while p < bytes.count, Self.isNameByte(bytes[p]) { p += 1 }
        guard p > start else { throw fail(Messages.XML.nameMissing) }
        guard p - start <= Self.maxNameLength else { throw fail(Messages.XML.nameTooLong, at: start) }
        return start..<p
    }

    private mutating func spaces() {
        while p < bytes.count, Self.isSpace(bytes[p]) { p += 1 }
    }

    private mutating func startTag<H: XMLHandler>(_ handler: inout H) throws(XMLError) {
        let tagStart = p
        p += 1
        let raw = try name()
        var attributes: [(name: Range<Int>, value: String)] = []
        var added = 0
        while true {
            spaces()
            guard p < bytes.count else { throw fail(Messages.XML.tagNotClosed, at: tagStart) }
            if bytes[p] == 0x3E || bytes[p] == 0x2F { break }
            let attribute = try name()
            spaces()
            guard p < bytes.count, bytes[p] == 0x3D else { throw fail(Messages.XML.attributeWithoutValue) }
            p += 1
            spaces()
            guard p < bytes.count, bytes[p] == 0x22 || bytes[p] == 0x27 else {
                throw fail(Messages.XML.attributeNotQuoted)
            }
            let quote = bytes[p]
            p += 1
            let start = p
            while p < bytes.count, bytes[p] != quote {
                guard bytes[p] != 0x3C else { throw fail(Messages.XML.lessThanInAttribute) }
                p += 1
            }
            guard p < bytes.count else { throw fail(Messages.XML.attributeNotClosed, at: start) }
            let value = try decode(start, p)
            p += 1
            guard attributes.count < Self.maxAttributes else {
                throw fail(Messages.XML.tooManyAttributes, at: tagStart)
            }
            if bytes[attribute].elementsEqual("xmlns".utf8) {
                bindings.append((prefix: [], canonical: XMLNames.canonical(value)))
                added += 1
            } else if bytes[attribute].starts(with: "xmlns:".utf8) {
                bindings.append((prefix: Array(bytes[attribute].dropFirst(6)), canonical: XMLNames.canonical(value)))
                added += 1
            } else {
                attributes.append((name: attribute, value: value))
            }
        }
        let selfClosing = bytes[p] == 0x2F
        if selfClosing {
            p += 1
            guard p < bytes.count, bytes[p] == 0x3E else { throw fail(Messages.XML.tagNotClosed, at: tagStart) }
        }
        p += 1
        guard open.count < Self.maxDepth else {
            throw fail(Messages.XML.tooDeep(Self.maxDepth), at: tagStart)
        }
        if added > 0 { forgetResolved() }
        let qualified = resolve(raw, element: true)
        try handler.start(
            qualified, attributes.map { XMLAttribute(name: resolve($0.name, element: false), value: $0.value) })
        if selfClosing {
            try handler.end(qualified)
            bindings.removeLast(added)
            if added > 0 { forgetResolved() }
        } else {
            open.append((name: raw, bindings: added))
        }
    }

    private mutating func endTag<H: XMLHandler>(_ handler: inout H) throws(XMLError) {
        let tagStart = p
        p += 2
        let raw = try name()
        spaces()
        guard p < bytes.count, bytes[p] == 0x3E else { throw fail(Messages.XML.closingTagNotClosed, at: tagStart) }
        p += 1
        guard let last = open.last, bytes[last.name].elementsEqual(bytes[raw]) else {
            throw fail(Messages.XML.closingTagUnmatched(String(decoding: bytes[raw], as: UTF8.self)), at: tagStart)
        }
        try handler.end(resolve(raw, element: true))
        open.removeLast()
        bindings.removeLast(last.bindings)
        if last.bindings > 0 { forgetResolved() }
    }

    /// `canonical:local` for a name as written, from the names already resolved when it is one.
    private mutating func resolve(_ range: Range<Int>, element: Bool) -> String {
        var hash: UInt64 = element ? 0xCBF2_9CE4_8422_2325 : 0x8422_2325_CBF2_9CE4
        for i in range { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash & 1023)
        if let hit = resolved[slot], hit.hash == hash, hit.generation == generation,
            hit.raw.elementsEqual(bytes[range])
        {
            return hit.name
        }
        let name = resolve(ArraySlice(bytes[range]), element: element)
        resolved[slot] = (hash: hash, raw: Array(bytes[range]), name: name, generation: generation)
        return name
    }

    /// Forgets the resolved names, when the prefix bindings change.
    private mutating func forgetResolved() { generation += 1 }

    /// `canonical:local` for a name as written; an attribute without a prefix has no namespace.
    private func resolve(_ raw: ArraySlice<UInt8>, element: Bool) -> String {
        let colon = raw.firstIndex(of: 0x3A)
        let prefix = colon.map { Array(raw[raw.startIndex..<$0]) } ?? []
        let local = String(decoding: colon.map { raw[($0 + 1)...] } ?? raw, as: UTF8.self)
        if colon == nil, !element { return local }
        guard let binding = bindings.last(where: { $0.prefix == prefix }) else {
            return colon == nil ? local : String(decoding: raw, as: UTF8.self)
        }
        return binding.canonical.isEmpty ? local : binding.canonical + ":" + local
    }

    /// The text of `start..<end` with its references resolved.
    private func decode(_ start: Int, _ end: Int) throws(XMLError) -> String {
        guard bytes[start..<end].contains(0x26) else { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            guard bytes[i] == 0x26 else {
                out.append(bytes[i])
                i += 1
                continue
            }
            guard let semicolon = bytes[i..<min(end, i + 12)].firstIndex(of: 0x3B) else {
                throw fail(Messages.XML.loneAmpersand, at: i)
            }
            let reference = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            switch reference {
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "amp": out.append(0x26)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                var digits = Substring(reference)
                var radix = 10
                guard digits.first == "#" else {
                    throw fail(Messages.XML.unknownEntity(reference), at: i)
                }
                digits = digits.dropFirst()
                if digits.first == "x" {
                    radix = 16
                    digits = digits.dropFirst()
                }
                guard let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code), code != 0 else {
                    throw fail(Messages.XML.notACharacter(reference), at: i)
                }
                out += Array(String(Character(scalar)).utf8)
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
