/// Writes a document's tables as one CSV table (RFC 4180, see `CSVText`): a `kind` first
/// column naming what each row is, then the columns of every table by key, in the order first
/// met, so that a spreadsheet filter on `kind` picks one part.
public enum CSVWriter: ReportWriter {
    public static let audience: ReportDocument.Audience = .data

    public static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        Array(render(document).utf8)
    }

    public static func render(_ document: ReportDocument) -> String {
        let tables = document.blocks(for: audience).compactMap { block -> ReportDocument.Table? in
            if case .table(let t) = block.content { return t }
            return nil
        }
        var keys: [String] = []
        for table in tables {
            for i in table.columns(for: audience, detail: true) where !keys.contains(table.columns[i].key) {
                keys.append(table.columns[i].key)
            }
        }
        var rows: [[String]] = []
        for table in tables {
            let position = Dictionary(
                table.columns(for: audience, detail: true).map { (table.columns[$0].key, $0) },
                uniquingKeysWith: { a, _ in a })
            for row in table.rows(for: audience, detail: true) {
                rows.append(
                    [row.kind]
                        + keys.map { key in
                            guard let i = position[key], i < row.cells.count else { return "" }
                            return row.cells[i].data
                        })
            }
        }
        return CSVText.render(header: ["kind"] + keys, rows: rows)
    }
}
