/// One thing `cchc` says to a person, in both output languages. Only the catalogue
/// (`Messages`) makes them, so that no sentence is written twice or in one language only.
public struct Message: Sendable, Hashable {
    /// The Vietnamese text: the default.
    public let vi: String
    /// The English text (`--lang en`, `CCHC_LANG=en`).
    public let en: String
    /// The criterion, deduction code or field the message is about, for `check --format json`.
    public var id: String?

    init(vi: String, en: String, id: String? = nil) {
        self.vi = vi
        self.en = en
        self.id = id
    }

    /// The text in one language. Vietnamese writes points `89,75` for people; with
    /// `decimalPoint`, `89.75`, as inside a JSON document, whose numbers all have a point.
    public func text(_ language: Language, decimalPoint: Bool = false) -> String {
        guard language == .vi else { return en }
        // The mark is the only use of U+E000 (UTF-8 EE 80 80): no Vietnamese letter starts with 0xEE.
        // Byte by byte: `String.replacing` searches by characters, a hundred times slower, and
        // `check` makes this text for every warning of thousands of files.
        var vi = vi
        let marked: String? = vi.withUTF8 { utf8 in
            guard utf8.contains(0xEE) else { return nil }
            let point = UInt8(ascii: decimalPoint ? "." : ",")
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            var i = 0
            while i < utf8.count {
                if utf8[i] == 0xEE, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x80 {
                    out.append(point)
                    i += 3
                } else {
                    out.append(utf8[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return marked ?? vi
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
