/// Writes a document's tables as one CSV table (RFC 4180, see `CSVText`): a `kind` first
/// column naming what each row is, the document's `unit` and `year`, then the columns of every
/// table by key, in the order first met, so that a spreadsheet filter on `kind` picks one part.
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
        // Every row carries the unit and the year the document is about, unless a table has its
        // own column for them (rank's units, trend's years), so that a district's CSVs concatenate.
        var lead: [(key: String, value: String)] = []
        if let unit = document.title?.unit, !keys.contains("unit") { lead.append(("unit", unit)) }
        if let year = document.title?.year, !keys.contains("year") { lead.append(("year", String(year))) }
        var rows: [[String]] = []
        for table in tables {
            let position = Dictionary(
                table.columns(for: audience, detail: true).map { (table.columns[$0].key, $0) },
                uniquingKeysWith: { a, _ in a })
            for row in table.rows(for: audience, detail: true) {
                rows.append(
                    [row.kind] + lead.map(\.value)
                        + keys.map { key in
                            guard let i = position[key], i < row.cells.count else { return "" }
                            return row.cells[i].data
                        })
            }
        }
        return CSVText.render(header: ["kind"] + lead.map(\.key) + keys, rows: rows)
    }
}
