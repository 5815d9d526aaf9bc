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
    /// One self-contained HTML5 page to print, with SVG charts.
    case html
    /// An Excel workbook: a sheet per table, groups and totals as `SUM` formulas.
    case xlsx
    /// A Word document: the appendix tables of a commune's report (`score` only).
    case docx

    /// The writer of the format.
    public var writer: any ReportWriter.Type {
        switch self {
        case .text: return TextWriter.self
        case .json: return JSONWriter.self
        case .csv: return CSVWriter.self
        case .markdown: return MarkdownWriter.self
        case .html: return HTMLWriter.self
        case .xlsx: return XLSXWriter.self
        case .docx: return DOCXWriter.self
        }
    }

    /// Bytes that are no text: written with `-o FILE`, or to a standard output that is not a
    /// terminal.
    public var isBinary: Bool { self == .xlsx || self == .docx }

    /// The help of `--format` for a kind of report: its choices, the default first.
    static func help(for kind: ReportDocument.Kind) -> Message {
        Messages.Help.choices(choices(for: kind).map(Messages.Help.formatName))
    }

    /// The formats that can render a kind of report, in order.
    static func choices(for kind: ReportDocument.Kind) -> [OutputFormat] {
        allCases.filter { $0.writer.supports(kind) }
    }
}
