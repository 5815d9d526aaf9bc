/// The forms a result can be written in: the registry of writers. Adding a format is one case
/// here and one writer file; `--format`'s choices and help come from this list.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// For people: aligned columns, at most 100 wide.
    case text
    /// One JSON document with fixed keys, points as numbers.
    case json
    /// RFC 4180 with a byte-order mark, a `kind` first column.
    case csv
    /// GitHub-flavoured Markdown tables.
    case markdown

    /// The writer of the format.
    public var writer: any ReportWriter.Type {
        switch self {
        case .text: return TextWriter.self
        case .json: return JSONWriter.self
        case .csv: return CSVWriter.self
        case .markdown: return MarkdownWriter.self
        }
    }

    /// A few words for `--format`'s help.
    var help: String {
        switch self {
        case .text: return "text (default)"
        case .json: return "json"
        case .csv: return "csv (RFC 4180, UTF-8 with a byte-order mark)"
        case .markdown: return "markdown"
        }
    }

    /// The formats that can render a kind of report, in order.
    static func choices(for kind: ReportDocument.Kind) -> [OutputFormat] {
        allCases.filter { $0.writer.supports(kind) }
    }
}
