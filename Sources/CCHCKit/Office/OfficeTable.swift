/// A table read out of an office document: a Word or OpenDocument text table, or a sheet.
public struct OfficeTable: Sendable, Equatable {
    /// Where a person finds the table: the n-th table of a text document, or a named sheet.
    public enum Place: Sendable, Equatable {
        /// The 1-based index of the table in document order (nested tables counted too).
        case table(Int)
        /// A spreadsheet's sheet, by its name.
        case sheet(String)
    }

    public var place: Place
    /// The rows that hold at least one non-empty cell, in order.
    public var rows: [OfficeRow] = []

    /// Where a person finds a cell, as the spec writes it: `bảng 2, dòng 12, cột 5` in a text
    /// document, `Phụ lục I!E57` in a sheet.
    ///
    /// - Parameters:
    ///   - row: the row's number (1-based, as `OfficeRow.number`).
    ///   - column: the 0-based column.
    public func location(row: Int, column: Int, language: Language = .vi) -> String {
        switch place {
        case .table(let n):
            return language == .en
                ? "table \(n), row \(row), column \(column + 1)" : "bảng \(n), dòng \(row), cột \(column + 1)"
        case .sheet(let name):
            return name + "!" + Self.columnName(column) + String(row)
        }
    }

    /// A spreadsheet column's letters: 0 → A, 25 → Z, 26 → AA.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.append(Character(Unicode.Scalar(UInt8(65 + n % 26))))
            n /= 26
        }
        return String(letters.reversed())
    }
}

/// One row of an office table.
public struct OfficeRow: Sendable, Equatable {
    /// The row's 1-based number: its row in the sheet, or in the Word table.
    public var number: Int
    /// The cells' text by 0-based column, up to the last non-empty one; white space collapsed.
    public var cells: [String]
}

/// Collects one table's cells as a reader meets them, within the caps every reader shares.
struct TableBuilder {
    /// Columns and rows beyond these are no score table; a non-empty cell there is an error.
    static let maxColumns = 1024
    static let maxRows = 1 << 20
    /// Non-empty cells in one document, repeated ones counted as often as they are repeated.
    static let maxCells = 1_000_000

    var table: OfficeTable
    /// The row being filled; number 0 before the first.
    private var row = OfficeRow(number: 0, cells: [])

    init(_ place: OfficeTable.Place) { table = OfficeTable(place: place) }

    /// Puts text in a cell; rows come in ascending order, and cells of a row too.
    ///
    /// - Parameter cells: the document's count of non-empty cells so far, checked against `maxCells`.
    mutating func set(row number: Int, column: Int, _ text: String, cells: inout Int) throws(OfficeError) {
        let text = Self.collapse(text)
        guard !text.isEmpty else { return }
        guard column < Self.maxColumns, number <= Self.maxRows else {
            throw .tooLarge(Messages.TooLarge.cellBeyond(column: Self.maxColumns, row: Self.maxRows))
        }
        cells += 1
        guard cells <= Self.maxCells else { throw .tooLarge(Messages.TooLarge.cells(Self.maxCells)) }
        if row.number != number {
            finishRow()
            row.number = number
        }
        if column >= row.cells.count { row.cells += [String](repeating: "", count: column + 1 - row.cells.count) }
        row.cells[column] = text
    }

    /// The table with its last row; rows keep the order they came in.
    mutating func finish() -> OfficeTable {
        finishRow()
        return table
    }

    private mutating func finishRow() {
        if !row.cells.isEmpty { table.rows.append(row) }
        row = OfficeRow(number: 0, cells: [])
    }

    /// The text with every run of white space (line breaks, tabs, non-breaking spaces) made one
    /// space, and none at either end: a cell's paragraphs and breaks joined by spaces.
    static func collapse(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
