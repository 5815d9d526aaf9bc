/// Writes a document as one JSON document. A report whose JSON has a shape of its own (the keys
/// and nesting SPEC §4 fixes) carries it in `ReportDocument.json`; any other document is written
/// as its title block and its tables, each row an object keyed by column.
public enum JSONWriter: ReportWriter {
    public static let audience: ReportDocument.Audience = .data

    public static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        Array(render(document).utf8)
    }

    public static func render(_ document: ReportDocument) -> String {
        if let json = document.json { return json() }
        var members: [(String, JSONOut)] = [("report", .string(document.kind.rawValue))]
        if let t = document.title {
            members += [
                ("unit", .text(t.unit)), ("district", .text(t.district)), ("province", .text(t.province)),
                ("year", .int(t.year)), ("framework", .text(t.frameworkID)),
            ]
        }
        for block in document.blocks(for: audience) {
            guard case .table(let table) = block.content else { continue }
            let columns = table.columns(for: audience, detail: true)
            let rows: [JSONOut] = table.rows(for: audience, detail: true).map { row in
                .object(
                    [("kind", .string(row.kind))]
                        + columns.map { i in (table.columns[i].key, i < row.cells.count ? value(row.cells[i]) : .null) }
                )
            }
            members.append((table.id, .array(rows)))
        }
        return JSONOut.object(members).render()
    }

    static func value(_ cell: ReportDocument.Cell) -> JSONOut {
        switch cell {
        case .blank, .absent, .label: return .null
        case .text(let s): return .string(s)
        case .points(let p), .change(let p): return .points(p)
        case .count(let n), .rank(let n, _): return .int(n)
        }
    }
}
