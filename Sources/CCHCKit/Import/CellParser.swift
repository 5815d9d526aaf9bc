/// Splits a table's bytes into rows of cells: separators and line breaks outside quotes end a
/// cell; a cell that starts with `"` runs to the closing `"`, with `""` for a quote inside.
struct CellParser {
    let bytes: [UInt8]
    let separator: UInt8
    /// Where a quoted cell that never closed starts, after `rows(from:)`.
    private(set) var unclosedQuote: Int?

    init(bytes: [UInt8], separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
    }

    /// The non-blank rows from `start` to the end.
    mutating func rows(from start: Int) -> [TableRow] {
        var rows: [TableRow] = []
        var cells: [TableCell] = []
        var field: [UInt8] = []
        var fieldStart = start
        var quotedAt: Int?
        var i = start
        let n = bytes.count
        func endCell() {
            cells.append(Self.cell(field, at: fieldStart, quoted: quotedAt != nil))
            field.removeAll(keepingCapacity: true)
            quotedAt = nil
        }
        func endRow(at end: Int) {
            if cells.contains(where: { !$0.isEmpty }) { rows.append(TableRow(cells: cells, end: end)) }
            cells.removeAll()
        }
        var inQuotes = false
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == TableReader.quote {
                    let next = i + 1 < n ? bytes[i + 1] : nil
                    if next == TableReader.quote {
                        field.append(b)
                        i += 2
                        continue
                    }
                    if next == nil || next == separator || next == TableReader.lf || next == TableReader.cr {
                        inQuotes = false
                    } else {
                        // `"Quoted" text` pasted from Word is text that starts with a quote, not
                        // a quoted cell: give the cell its quotes back and read on plainly.
                        field.insert(b, at: 0)
                        field.append(b)
                        inQuotes = false
                    }
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            if b == TableReader.quote, quotedAt == nil, field.allSatisfy({ $0 == 0x20 }) {
                inQuotes = true
                quotedAt = i
                fieldStart = i
                field.removeAll(keepingCapacity: true)
            } else if b == separator {
                endCell()
                fieldStart = i + 1
            } else if b == TableReader.lf || b == TableReader.cr {
                endCell()
                endRow(at: i)
                i += b == TableReader.cr && i + 1 < n && bytes[i + 1] == TableReader.lf ? 2 : 1
                fieldStart = i
                continue
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes { unclosedQuote = quotedAt }
        endCell()
        endRow(at: n)
        return rows
    }

    /// A cell from its raw bytes: markup stripped, trimmed, NFC; placed at its first visible byte.
    private static func cell(_ raw: [UInt8], at start: Int, quoted: Bool) -> TableCell {
        var lead = 0
        if !quoted { while lead < raw.count, raw[lead] == 0x20 { lead += 1 } }
        let text = CellText.clean(String(decoding: raw, as: UTF8.self))
        return TableCell(text: text, offset: start + lead)
    }
}
