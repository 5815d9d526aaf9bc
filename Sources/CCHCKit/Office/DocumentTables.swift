/// The tables of an input file, whatever it is: the tables of a Word, Excel or OpenDocument
/// file, or the one table of tab-separated or CSV text. What `import` (and `framework import`)
/// reads, so that every kind of file meets the same table readers.
enum DocumentTables {
    /// The file's tables, in document order; an office document's cells carry their places.
    ///
    /// - Returns: no table when the file cannot be read; the reason is in `c`.
    static func read(_ source: SourceText, into c: inout DiagnosticCollector) -> [Table] {
        do {
            guard let tables = try OfficeDocument.tables(source.bytes) else {
                // What a file is comes from its content; a name that says otherwise is a
                // mistake to tell, not a table to guess at.
                if let (kind, ext) = officeKind(of: source.name) {
                    c.error(
                        source.bytes.isEmpty ? Messages.emptyOffice(kind) : Messages.namedButNotOffice(kind, ext),
                        at: nil)
                    return []
                }
                return TableReader.read(source, into: &c).map { [$0] } ?? []
            }
            return tables.map { Table($0, source: source, language: c.language) }
        } catch {
            c.error(Messages.office(error), at: nil)
            return []
        }
    }

    /// The application whose document a file's extension names (`Word` for `x.docx`), and the
    /// extension as written; nil for any other name.
    static func officeKind(of path: String) -> (kind: String, ext: String)? {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = String(name[name.index(after: dot)...])
        switch ext.lowercased() {
        case "docx", "docm", "doc": return ("Word", ext)
        case "xlsx", "xlsm", "xls": return ("Excel", ext)
        case "odt", "ods": return ("OpenDocument", ext)
        default: return nil
        }
    }

    /// Which of a document's tables is the one wanted: the only one of a text file; in an
    /// office document, the first whose first rows hold a header cell naming one of `words`
    /// (title rows above the header, a merged title row inside the table, and other tables
    /// before it are passed over).
    static func find(_ tables: [Table], words: [String]) -> Table? {
        index(in: tables, words: words).map { tables[$0] }
    }

    /// The position of the table `find` finds.
    static func index(in tables: [Table], words: [String]) -> Int? {
        guard tables.count != 1 || tables[0].places != nil else { return tables.isEmpty ? nil : 0 }
        return tables.firstIndex { table in
            table.rows.prefix(12).contains { row in
                row.cells.contains { cell in
                    let text = cell.text.lowercased()
                    return words.contains { text.contains($0) }
                }
            }
        }
    }
}

extension Table {
    /// An office document's table as the table readers take it: each cell cleaned as a pasted
    /// one is, and given its place (`bảng 2, dòng 12, cột 5`, `Phụ lục I!E57`).
    init(_ office: OfficeTable, source: SourceText, language: Language) {
        var places: [String] = []
        var rows: [TableRow] = []
        // A message about a cell the row leaves blank at its end names that cell (`F20`), up to
        // the table's widest row, within a budget of places; past it, the cell after the last one.
        let width = office.rows.reduce(0) { max($0, $1.cells.count) }
        var budget = Self.endPlaceBudget
        for row in office.rows {
            var cells: [TableCell] = []
            for (column, text) in row.cells.enumerated() {
                cells.append(TableCell(text: CellText.clean(text), offset: places.count))
                places.append(office.location(row: row.number, column: column, language: language))
            }
            let end = places.count
            let count = max(1, min(width - row.cells.count, budget))
            budget -= count
            for column in row.cells.count..<row.cells.count + count {
                places.append(office.location(row: row.number, column: column, language: language))
            }
            rows.append(TableRow(cells: cells, end: end, endPlaces: count))
        }
        self.init(source: source, separator: 0, rows: rows, places: places)
    }

    /// Places kept for the blank cells at rows' ends in one table: a score table needs a few
    /// hundred, and a sheet of a million one-cell rows no more memory than it would otherwise.
    static let endPlaceBudget = 20_000

    /// Where a cell is, for a message that points back at it: `line 12` in a text file, its
    /// place in an office document.
    func position(of offset: Int) -> Message {
        if let places, offset >= 0, offset < places.count { return .same(places[offset]) }
        return Messages.line(source.location(of: offset).line)
    }
}
