/// Writes a document as GitHub-flavoured Markdown: headings, paragraphs with hard line breaks,
/// tables with numbers right-aligned and bold rows in bold. Row notes and charts are left out.
public enum MarkdownWriter: ReportWriter {
    public static let audience: ReportDocument.Audience = .markup

    public static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        Array(render(document).utf8)
    }

    /// The document as Markdown, blocks apart by a blank line.
    public static func render(_ document: ReportDocument) -> String {
        var parts: [String] = []
        for block in document.blocks(for: audience) {
            switch block.content {
            case .heading(let text, let level):
                parts.append(String(repeating: "#", count: level) + " " + MarkdownText.escape(text) + "\n")
            case .fields(let fields):
                parts.append(
                    fields.items.map { MarkdownText.escape("\($0.label): \($0.value)") }.joined(separator: "  \n")
                        + "\n")
            case .paragraph(let p):
                parts.append(p.lines.map(MarkdownText.escape).joined(separator: "  \n") + "\n")
            case .table(let table):
                parts.append(self.table(table, document))
            case .chart:
                continue
            }
        }
        return parts.joined(separator: "\n")
    }

    static func table(_ table: ReportDocument.Table, _ document: ReportDocument) -> String {
        let rows = table.rows(for: audience, detail: document.detail)
        if rows.isEmpty, let empty = table.emptyText { return MarkdownText.escape(empty) + "\n" }
        let columns = table.columns(for: audience, detail: document.detail)
        var bold: Set<Int> = []
        for (i, row) in rows.enumerated() where row.bold { bold.insert(i) }
        return MarkdownText.table(
            header: columns.map { table.columns[$0].header },
            rows: rows.map { row in
                columns.map { $0 < row.cells.count ? row.cells[$0].text(document.language) : "" }
            },
            rightAligned: Set(columns.indices.filter { table.columns[columns[$0]].alignment == .right }),
            boldRows: bold)
    }
}
