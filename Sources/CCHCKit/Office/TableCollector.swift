/// What the readers of text documents share: tables numbered in the order they open (a nested
/// table after the one holding it), content that is not shown skipped to its end, and the
/// document's count of cells.
struct TableCollector {
    /// More tables than any report has; a document with more is refused.
    static let maxTables = 10_000

    private(set) var tables: [OfficeTable?] = []
    private var skipping = 0
    private var cells = 0

    /// Whether text is being skipped now.
    var isSkipping: Bool { skipping > 0 }

    /// Starts skipping an element's content, up to its end.
    mutating func skip() { skipping = 1 }

    /// Counts an element opening inside skipped content; false when not skipping.
    mutating func skipsStart() -> Bool {
        guard skipping > 0 else { return false }
        skipping += 1
        return true
    }

    /// Counts an element closing inside skipped content; false when not skipping.
    mutating func skipsEnd() -> Bool {
        guard skipping > 0 else { return false }
        skipping -= 1
        return true
    }

    /// A new table's builder and its index, the place made from its 1-based number.
    mutating func open(_ place: (Int) -> OfficeTable.Place) throws(XMLError) -> (TableBuilder, Int) {
        guard tables.count < Self.maxTables else {
            throw XMLError(message: Messages.XML.tooManyTables(Self.maxTables), offset: -1)
        }
        tables.append(nil)
        return (TableBuilder(place(tables.count)), tables.count - 1)
    }

    mutating func close(_ builder: inout TableBuilder, at index: Int) { tables[index] = builder.finish() }

    /// Puts a cell's text in a table, counting it against the document's caps.
    mutating func set(_ builder: inout TableBuilder, row: Int, column: Int, _ text: String) throws(XMLError) {
        do {
            try builder.set(row: row, column: column, text, cells: &cells)
        } catch {
            throw XMLError(message: Messages.office(error), offset: -1)
        }
    }
}
