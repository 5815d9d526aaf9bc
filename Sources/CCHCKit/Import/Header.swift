/// A table's header row read as columns: the role each header cell names, by its text (NFC,
/// case, tone and vowel marks and spaces ignored: `CT HĐ thẩm định` is `CTHD thẩm định`), wherever
/// the column stands. Offices reorder, drop and rename columns, so no column is taken on its
/// position when a header names it.
struct Header<Role: Hashable> {
    /// The column of each role a header cell names (the first, when two name one).
    private(set) var columns: [Role: Int] = [:]
    /// A role a second column names too: the first column and the second.
    private(set) var repeated: [(role: Role, first: Int, second: Int)] = []
    /// The columns whose header cell names no role.
    private(set) var unknown: [Int] = []
    /// The header cells' texts (a two-row header's joined per column) and their places.
    private(set) var cells: [TableCell] = []
    /// The header's first row in the table.
    var row = 0

    /// Reads header cells, `role` telling the role of a header's compared text (`key`).
    init(_ cells: [TableCell], role: (String) -> Role?) {
        self.cells = cells
        for (i, cell) in cells.enumerated() {
            let key = Self.key(cell.text)
            guard !key.isEmpty else { continue }
            guard let named = role(key) else {
                unknown.append(i)
                continue
            }
            if let first = columns[named] {
                repeated.append((named, first, i))
            } else {
                columns[named] = i
            }
        }
    }

    subscript(role: Role) -> Int? { columns[role] }

    /// Reports each role that two columns name and `mustBeOne` (two columns of one stage cannot
    /// both be read) as one error naming both columns, at the second; true when there is none.
    func reportsNoneTwice(
        _ mustBeOne: (Role) -> Bool, name: (Role) -> Message, into c: inout DiagnosticCollector
    ) -> Bool {
        let twice = repeated.filter { mustBeOne($0.role) }
        for (role, first, second) in twice {
            c.error(
                Messages.columnTwice(name(role), (cells[first].text, first + 1), (cells[second].text, second + 1)),
                at: cells[second].offset)
        }
        return twice.isEmpty
    }

    /// The first of a table's first rows that `accepts` as a header. A row that names two
    /// roles and the one under it are one header when that one holds no data and names more
    /// roles together (a merged `Điểm` over `Tự đánh giá | Thẩm định | CTHĐ`; the cells a merge
    /// covers are empty). A title row above the header (`KẾT QUẢ THẨM ĐỊNH …`) names one role
    /// at most, in its one cell, and is never joined to it.
    static func find(in table: Table, role: (String) -> Role?, accepts: (Header) -> Bool) -> Header? {
        let rows = table.rows
        for index in rows.indices.prefix(12) {
            let alone = Header(rows[index].cells, role: role)
            if alone.columns.count >= 2, index + 1 < rows.count, !isData(rows[index + 1]) {
                var two = Header(joined(rows[index], rows[index + 1]), role: role)
                if accepts(two), two.columns.count > alone.columns.count {
                    two.row = index
                    return two
                }
            }
            if accepts(alone) {
                var found = alone
                found.row = index
                return found
            }
        }
        return nil
    }

    /// The header's text as compared: lower case, without marks, without spaces.
    static func key(_ text: String) -> String { CriteriaColumns.key(text).filter { $0 != " " } }

    /// Whether a row holds a table's data: an id or a Roman numeral in its first two cells, or a total.
    static func isData(_ row: TableRow) -> Bool {
        ImportCells.isTotal(row)
            || [row[0], row[1]].contains { ImportCells.id($0) != nil || ImportCells.roman($0) != nil }
    }

    /// Two header rows as one: each column's texts joined, placed at the upper cell (or the
    /// lower, where the upper is empty).
    private static func joined(_ upper: TableRow, _ lower: TableRow) -> [TableCell] {
        (0..<max(upper.cells.count, lower.cells.count)).map { i in
            let (a, b) = (upper[i], lower[i])
            if a.isEmpty { return b }
            if b.isEmpty { return a }
            return TableCell(text: a.text + " " + b.text, offset: a.offset)
        }
    }
}
