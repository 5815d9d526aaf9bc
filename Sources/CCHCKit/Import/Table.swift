/// A table pasted from Word or Excel: its non-blank rows of cleaned cells, each cell keeping
/// where it starts in the file so that messages can point at it.
public struct Table: Sendable {
    /// The file the table was read from.
    public var source: SourceText
    /// The byte that separates cells: tab, `;` or `,`.
    public var separator: UInt8
    /// The rows that have at least one non-empty cell, in file order.
    public var rows: [TableRow]
    /// For a table out of an office document, where a person finds each cell (`bảng 2, dòng 12,
    /// cột 5`, `Phụ lục I!E57`): a cell's `offset` is then an index into this list, not a byte.
    public var places: [String]?
}

/// One non-blank row of a table.
public struct TableRow: Sendable {
    /// The cells as written; a row may be shorter than the table's header.
    public var cells: [TableCell]
    /// Where the row ends, to place messages about cells the row does not have.
    public var end: Int
    /// For an office table, how many places from `end` on name the cells the row leaves out,
    /// column by column (`E20`, `F20`); 1 for a text table, whose `end` is a byte.
    public var endPlaces = 1

    public init(cells: [TableCell], end: Int, endPlaces: Int = 1) {
        self.cells = cells
        self.end = end
        self.endPlaces = endPlaces
    }

    /// The cell in column `index` (0-based); an empty cell placed in its own column past the
    /// row's end when the row is shorter (at the row's end past the places it has).
    public subscript(index: Int) -> TableCell {
        index >= 0 && index < cells.count
            ? cells[index] : TableCell(text: "", offset: end + min(max(index - cells.count, 0), endPlaces - 1))
    }
}

/// One cell: its text without markup or surrounding spaces, and its place in the file.
public struct TableCell: Sendable {
    /// The text with `<b>`/`<i>` markup removed, trimmed, in Unicode NFC.
    public var text: String
    /// The byte offset of the cell's first character in the file (for an office document's
    /// table, the index of its place in `Table.places`).
    public var offset: Int

    /// Whether the cell holds nothing.
    public var isEmpty: Bool { text.isEmpty }
}
