/// Reading ids, total rows and numbers from the cells of an office's tables.
enum ImportCells {
    /// The id a cell holds, without the trailing dot tables often write (`1.1.` → `1.1`), or nil
    /// when the cell is not digits separated by dots.
    static func id(_ cell: TableCell) -> String? {
        var text = Substring(cell.text)
        while text.hasSuffix(".") { text = text.dropLast() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
        else { return nil }
        return String(text)
    }

    /// The number a Roman numeral stands for (`IV` → `4`), as some tables number their domains,
    /// or nil when the cell is not one.
    static func roman(_ cell: TableCell) -> String? {
        var text = Substring(cell.text.uppercased())
        while text.hasSuffix(".") { text = text.dropLast() }
        let numerals = [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
            "XVII", "XVIII", "XIX", "XX",
        ]
        return numerals.firstIndex(of: String(text)).map { String($0 + 1) }
    }

    /// Whether a row is the table's total row (`Tổng`, `Tổng cộng`), named in one of `columns`:
    /// the first two, or where the header puts the number and the id.
    static func isTotal(_ row: TableRow, columns: [Int] = [0, 1]) -> Bool {
        columns.map { row[$0] }.contains { cell in
            let text = cell.text.lowercased()
            return text.hasPrefix("tổng") || text == "total"
        }
    }

    /// The number a cell's text writes: `9,5`, `11.5`, and a minus written as Word and Excel
    /// write it, `−0,25` (U+2212) or `–0,25` (an en dash), reads as `-0,25`.
    static func number(_ text: String) -> Result<Points, Points.ParseError> {
        guard let first = text.first, first == "\u{2212}" || first == "\u{2013}" else {
            return Points.parse(text: text)
        }
        return Points.parse(text: "-" + text.dropFirst())
    }

    /// The number in a cell (`9,5`, `11.5`, `9,0`), or nil when the cell is empty or not a
    /// number; a cell that is not a number is reported as `subject: field "x" is not a number`.
    static func points(
        _ cell: TableCell, _ subject: Message, _ field: String, warningOnly: Bool = false,
        into c: inout DiagnosticCollector
    ) -> Points? {
        guard !cell.isEmpty else { return nil }
        let problem: Message
        switch number(cell.text) {
        case .success(let p): return p
        case .failure(.notANumber): problem = Messages.cellNotANumber(field, cell.text)
        case .failure(.tooManyDecimals): problem = Messages.tooManyDecimals(field, Messages.cellValue(cell.text))
        case .failure(.tooLarge): problem = Messages.numberTooLarge(field, Messages.cellValue(cell.text))
        }
        if warningOnly {
            c.warning(problem.about(subject), at: cell.offset)
        } else {
            c.error(problem.about(subject), at: cell.offset)
        }
        return nil
    }

    /// The header cell of the first rows that names a column of the other table, so that the
    /// two tables given the wrong way round get one clear message instead of dozens.
    static func foreignHeader(_ table: Table, words: [String]) -> TableCell? {
        for row in table.rows.prefix(3) {
            if let cell = row.cells.first(where: { cell in words.contains { cell.text.lowercased().contains($0) } }) {
                return cell
            }
        }
        return nil
    }
}
