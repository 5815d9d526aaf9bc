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
    /// What is wrong, naming the criterion or field first: `criterion 7.13: final 2 is above the max 1,5`.
    public var message: String
    /// On a note, how many errors it stands for that were not shown.
    public var hiddenErrors = 0

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// How many errors a list of messages reports, counting those left out.
    public static func errorCount(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == .error ? 1 : $1.hiddenErrors) }
    }

    /// `FILE:LINE:COL: message`, or `FILE: message` without a place; warnings say so.
    public var description: String {
        var prefix = file
        if let line, let column { prefix += ":\(line):\(column)" }
        if let place { prefix += ": " + place }
        return prefix + ": " + (severity == .warning ? "warning: " : "") + message
    }
}

/// Collects the messages about one source file, keeping at most `cap` errors.
struct DiagnosticCollector {
    /// At most this many errors are kept per file; the rest are counted in one closing line.
    static let cap = 20

    let source: SourceText
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
    mutating func error(_ message: String, at offset: Int?) {
        error(at: offset) { message }
    }

    /// Counts an error, making its message only when it is kept, so that a million errors in a
    /// hostile file cost a count each, not a message (or a suggestion, or a line number) each.
    mutating func error(at offset: Int?, _ message: () -> String) {
        errorCount += 1
        guard errorCount <= Self.cap else { return }
        diagnostics.append(make(.error, message(), at: offset))
    }

    mutating func warning(_ message: String, at offset: Int?) {
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
        var note = Diagnostic(.note, file: source.name, message: "\(errorCount - Self.cap) more errors not shown")
        note.hiddenErrors = errorCount - Self.cap
        return diagnostics + [note]
    }

    private func make(_ severity: Diagnostic.Severity, _ message: String, at offset: Int?) -> Diagnostic {
        guard let offset else { return Diagnostic(severity, file: source.name, message: message) }
        if let places {
            var d = Diagnostic(severity, file: source.name, message: message)
            d.place = offset >= 0 && offset < places.count ? places[offset] : nil
            return d
        }
        let (line, column) = source.location(of: offset)
        return Diagnostic(severity, file: source.name, line: line, column: column, message: message)
    }
}
