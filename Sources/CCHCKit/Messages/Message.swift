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

    /// The text in one language.
    public func text(_ language: Language) -> String { language == .vi ? vi : en }

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
