/// An Excel workbook to be written: named sheets of rows of typed cells.
///
/// Kept apart from the XML it becomes (`SpreadsheetML`), so that a report's writer says what
/// the sheet holds and the XML part says how Office spells it.
struct Workbook: Sendable {
    /// One cell.
    enum Cell: Sendable, Equatable {
        /// Nothing written.
        case empty
        /// A text, stored as an inline string; `indent` steps in from the left (a criterion under
        /// its domain is one step, a sub-criterion two).
        case text(String, indent: Int = 0)
        /// A number, stored as a number and shown with two decimals.
        case number(Points)
        /// `SUM` of the same column in the given rows (1-based sheet row numbers), less the `SUM`
        /// of the rows `minus` (a form's penalty, filled in positive), its value cached so that a
        /// reader that does not calculate still sees it.
        case sum(rows: [Int], minus: [Int] = [])
    }

    /// One row; a bold row is a header, a domain or a total.
    struct Row: Sendable {
        var cells: [Cell]
        var bold = false
    }

    /// One sheet: a title block, if any, then the header row, frozen and bold, then the data.
    struct Sheet: Sendable {
        var name: String
        /// Each column's width in characters.
        var widths: [Int]
        var rows: [Row]
        /// The index in `rows` of the header; the rows above it are the title block.
        var header = 0
    }

    var sheets: [Sheet]

    /// The value a `SUM` cell stands for: the sum of the numbers and sums it refers to, blanks
    /// and text counting 0 as in Excel. A reference to a row outside the sheet, or a cycle,
    /// counts 0 rather than looping.
    static func value(of sheet: Sheet, row: Int, column: Int, visiting: Set<Int> = []) -> Points {
        guard row >= 1, row <= sheet.rows.count, !visiting.contains(row) else { return .zero }
        let cells = sheet.rows[row - 1].cells
        guard column < cells.count else { return .zero }
        switch cells[column] {
        case .number(let points): return points
        case .sum(let rows, let minus):
            var total = Points.zero
            for r in rows { total += value(of: sheet, row: r, column: column, visiting: visiting.union([row])) }
            for r in minus { total = total - value(of: sheet, row: r, column: column, visiting: visiting.union([row])) }
            return total
        case .empty, .text: return .zero
        }
    }

    /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The argument of `SUM` for rows of one column: consecutive rows become one range
    /// (`D3:D11,D13`).
    static func sumArguments(column: Int, rows: [Int]) -> String {
        let letters = columnName(column)
        var parts: [String] = []
        var i = 0
        let sorted = rows.sorted()
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count, sorted[j + 1] == sorted[j] + 1 { j += 1 }
            parts.append(
                i == j ? "\(letters)\(sorted[i])" : "\(letters)\(sorted[i]):\(letters)\(sorted[j])")
            i = j + 1
        }
        return parts.joined(separator: ",")
    }
}
