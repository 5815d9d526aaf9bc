/// One message about an input: an error (the file is rejected) or a warning (the result stands).
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// Whether the message rejects the input.
    public enum Severity: Sendable {
        case error, warning
        /// Says how many messages were left out; neither rejects nor warns by itself.
        case note
    }

    public var severity: Severity
    /// The file the message is about, as the user named it.
    public var file: String
    /// 1-based line and column, when the message has a place in the file.
    public var line: Int?
    public var column: Int?
    /// Where in a document a person finds the cell, when the file is an office document and
    /// not text: `bảng 2, dòng 12, cột 5`, `Phụ lục I!E57`.
    public var place: String?
    /// What is wrong, naming the criterion or field first, in the output's language:
    /// `tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5`.
    public var message: String
    /// `message` with points written `89.75`, as a JSON document writes them: made when a JSON
    /// document asks, not for every warning of every file.
    public var jsonMessage: String { text.text(language, decimalPoint: true) }
    /// What the catalogue said, both languages: `message` is its text in `language`.
    private let text: Message
    /// The language of `message` (and of the `cảnh báo:` / `warning:` before it).
    public var language: Language
    /// The criterion, deduction code or field the message is about, when it names one.
    public var id: String?
    /// On a note, how many errors it stands for that were not shown.
    public var hiddenErrors = 0

    /// A message from the catalogue, in `language`.
    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: Message,
        language: Language
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message.text(language)
        self.text = message
        self.language = language
        self.id = message.id
    }

    /// How many errors a list of messages reports, counting those left out.
    public static func errorCount(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == .error ? 1 : $1.hiddenErrors) }
    }

    /// `FILE:LINE:COL: message`, or `FILE: message` without a place; warnings say so.
    public var description: String { String(decoding: line(message), as: UTF8.self) }

    /// The line inside a JSON document (`warnings`): its points written `89.75`.
    public var jsonDescription: String { String(decoding: line(jsonMessage), as: UTF8.self) }

    /// `description`'s bytes, as standard error takes them: `check` writes one for each warning
    /// of thousands of files, each piece copied once rather than joined `String` by `String`.
    func line(_ message: String) -> [UInt8] {
        let warning = severity == .warning ? Messages.warningPrefix.text(language) : ""
        var out: [UInt8] = []
        out.reserveCapacity(file.utf8.count + (place?.utf8.count ?? 0) + warning.utf8.count + message.utf8.count + 48)
        out += file.utf8
        if let line, let column { out += ":\(line):\(column)".utf8 }
        if let place {
            out += ": ".utf8
            out += place.utf8
        }
        out += ": ".utf8
        out += warning.utf8
        out += message.utf8
        return out
    }
}

/// Collects the messages about one source file, keeping at most `cap` errors.
struct DiagnosticCollector {
    /// At most this many errors are kept per file; the rest are counted in one closing line.
    static let cap = 20

    /// The text messages are placed in; a table saved as UTF-16 is placed in its UTF-8 reading.
    var source: SourceText
    let language: Language
    /// For a table read out of an office document, where each cell is (`Table.places`): offsets
    /// given to this collector then index these instead of the file's bytes.
    var places: [String]?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var errorCount = 0

    init(source: SourceText, language: Language) {
        self.source = source
        self.language = language
    }

    var hasErrors: Bool { errorCount > 0 }

    /// Counts an error, and keeps it when under the cap.
    mutating func error(_ message: Message, at offset: Int?) {
        error(at: offset) { message }
    }

    /// Counts an error, making its message only when it is kept, so that a million errors in a
    /// hostile file cost a count each, not a message (or a suggestion, or a line number) each.
    mutating func error(at offset: Int?, _ message: () -> Message) {
        errorCount += 1
        guard errorCount <= Self.cap else { return }
        diagnostics.append(make(.error, message(), at: offset))
    }

    mutating func warning(_ message: Message, at offset: Int?) {
        diagnostics.append(make(.warning, message, at: offset))
    }

    mutating func append(_ other: [Diagnostic]) {
        for d in other {
            if d.severity == .error {
                errorCount += 1
                if errorCount > Self.cap { continue }
            }
            errorCount += d.hiddenErrors
            diagnostics.append(d)
        }
    }

    /// Whether another error would still be shown: a caller can skip building an expensive
    /// message (a "did you mean" search) that would be counted and dropped.
    var showsMore: Bool { errorCount < Self.cap }

    /// The messages, with a closing line when errors were left out.
    var finished: [Diagnostic] {
        guard errorCount > Self.cap else { return diagnostics }
        var note = Diagnostic(
            .note, file: source.name, message: Messages.moreErrors(errorCount - Self.cap), language: language)
        note.hiddenErrors = errorCount - Self.cap
        return diagnostics + [note]
    }

    private func make(_ severity: Diagnostic.Severity, _ message: Message, at offset: Int?) -> Diagnostic {
        guard let offset else { return Diagnostic(severity, file: source.name, message: message, language: language) }
        if let places {
            var d = Diagnostic(severity, file: source.name, message: message, language: language)
            d.place = offset >= 0 && offset < places.count ? places[offset] : nil
            return d
        }
        let (line, column) = source.location(of: offset)
        return Diagnostic(severity, file: source.name, line: line, column: column, message: message, language: language)
    }
}
