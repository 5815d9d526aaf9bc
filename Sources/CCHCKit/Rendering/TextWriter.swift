/// Writes a document as terminal text: blocks apart by a blank line, at most
/// `TextLayout.lineWidth` columns, bold only when the style says so.
public enum TextWriter: ReportWriter {
    public static let audience: ReportDocument.Audience = .terminal

    public static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        Array(render(document, style: options.style).utf8)
    }

    /// The document as text, ending with a newline.
    public static func render(_ document: ReportDocument, style: TextStyle = .plain) -> String {
        let width = TextLayout.lineWidth
        var out: [String] = []
        var keepWithNext = true
        for block in document.blocks(for: audience) {
            if case .chart = block.content { continue }
            if !keepWithNext { out.append("") }
            keepWithNext = false
            switch block.content {
            case .heading(let text, _):
                out += Text.wrap(text, width: width).map(style.bold)
            case .fields(let fields):
                out += TextLayout.fields(fields.items, width: width)
            case .paragraph(let p):
                let hang = String(repeating: " ", count: p.hangingIndent)
                let lines =
                    p.verbatim
                    ? p.lines
                    : p.lines.flatMap { line in
                        Text.wrap(line, width: width - p.hangingIndent).enumerated().map { $0 == 0 ? $1 : hang + $1 }
                    }
                out += p.emphasis ? lines.map(style.bold) : lines
                keepWithNext = p.keepWithNext
            case .table(let table):
                out += TextLayout.table(
                    table, detail: document.detail, language: document.language, style: style, width: width)
            case .chart:
                break
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
