/// One thing `cchc` says to a person, in both output languages. Only the catalogue
/// (`Messages`) makes them, so that no sentence is written twice or in one language only.
///
/// Each text is made when it is asked for, not when the message is: a warning of `check` is
/// shown in one language, and making the other for each of thousands of files cost as much
/// again. The catalogue writes both texts as before; they are kept as what makes them.
public struct Message: Sendable, Hashable {
    /// What makes each text (the arguments of `init`, unevaluated).
    private let makeVI: @Sendable () -> String
    private let makeEN: @Sendable () -> String
    /// The criterion, deduction code or field the message is about, for `check --format json`.
    public var id: String?

    init(
        vi: @autoclosure @escaping @Sendable () -> String, en: @autoclosure @escaping @Sendable () -> String,
        id: String? = nil
    ) {
        makeVI = vi
        makeEN = en
        self.id = id
    }

    /// The Vietnamese text: the default.
    public var vi: String { makeVI() }
    /// The English text (`--lang en`, `CCHC_LANG=en`).
    public var en: String { makeEN() }

    public static func == (a: Message, b: Message) -> Bool { a.vi == b.vi && a.en == b.en && a.id == b.id }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(vi)
        hasher.combine(en)
        hasher.combine(id)
    }

    /// The text in one language. Vietnamese writes points `89,75` for people; with
    /// `decimalPoint`, `89.75`, as inside a JSON document, whose numbers all have a point.
    public func text(_ language: Language, decimalPoint: Bool = false) -> String {
        guard language == .vi else { return en }
        // The mark is the only use of U+E000 (UTF-8 EE 80 80): no Vietnamese letter starts with 0xEE.
        // Byte by byte, into the new text's own storage: `String.replacing` searches by
        // characters, a hundred times slower, and `check` makes this text for every warning of
        // thousands of files.
        var vi = vi
        let marked: String? = vi.withUTF8 { utf8 in
            guard utf8.contains(0xEE) else { return nil }
            let point = UInt8(ascii: decimalPoint ? "." : ",")
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                var i = 0
                var end = 0
                while i < utf8.count {
                    if utf8[i] == 0xEE, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x80 {
                        out[end] = point
                        i += 3
                    } else {
                        out[end] = utf8[i]
                        i += 1
                    }
                    end += 1
                }
                return end
            }
        }
        return marked ?? vi
    }

    /// The texts one after the other, copied once into a text of their whole length, where
    /// interpolation grows the text piece by piece: for the warnings that `check` may make for
    /// every one of thousands of files.
    static func joined(_ parts: String...) -> String {
        var count = 0
        for part in parts { count += part.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for var part in parts {
                part.withUTF8 { utf8 in end = buffer[end...].initialize(fromContentsOf: utf8) }
            }
            return end
        }
    }

    /// Adds a text's UTF-8 bytes to a line being made as bytes. The texts of a line are a few
    /// bytes each: appended one by one into the room reserved, they cost a tenth of what
    /// `append(contentsOf:)` costs to set up for each.
    static func append(_ text: String, to line: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            for byte in utf8 { line.append(byte) }
        }
    }

    /// Adds a literal's bytes, read where the program holds them.
    static func append(literal text: StaticString, to line: inout [UInt8]) {
        text.withUTF8Buffer { utf8 in
            for byte in utf8 { line.append(byte) }
        }
    }

    /// What `Messages.n` writes between the whole points and the hundredths of a Vietnamese text,
    /// so that one message gives `89,75` to a person and `89.75` to a JSON document. A
    /// private-use character: no text a person types or a file holds is changed by `text`, which
    /// alone reads `vi`.
    static let decimalMark = "\u{E000}"

    /// The two texts one after the other.
    static func + (a: Message, b: Message) -> Message { Message(vi: a.vi + b.vi, en: a.en + b.en, id: a.id ?? b.id) }

    /// `subject: message` (`tiêu chí 7.13: …`), or the message alone without a subject.
    func about(_ subject: Message?) -> Message {
        guard let subject, !subject.en.isEmpty else { return self }
        return Message(vi: subject.vi + ": " + vi, en: subject.en + ": " + en, id: subject.id ?? id)
    }

    /// Text that is the same in both languages: an id, a file name, a number without decimals.
    static func same(_ text: String) -> Message { Message(vi: text, en: text) }

    /// Nothing: an empty hint.
    static let none = Message(vi: "", en: "")
}
