/// Imports the lost-points table (`STT | Chỉ tiêu, tiêu chí | Nội dung | Lý do mất điểm | Số điểm
/// trừ | Giải trình, hướng khắc phục | Người phụ trách`), ending with a `Tổng cộng` row that is
/// checked against the rows and not kept. Columns are found by their header's text, as the
/// criteria table's are; a table pasted without its header is read in the seed's order.
enum LostTable {
    /// What a column of the lost-points table holds.
    enum Column: String, CaseIterable {
        case number, code, content, reason, points, remediation, responsible
    }

    /// Where the table keeps each column: the code and the points always, the others if it has them.
    struct Columns {
        var code: Int
        var points: Int
        var others: [Column: Int]
        /// The header row's index in the table, when there is one.
        var headerRow: Int?

        /// The columns a header names, nil when it names no code or no points column; the
        /// seed's order for a table pasted without its header.
        static func of(_ header: Header<Column>?) -> Columns? {
            guard let header else {
                let seed = Dictionary(uniqueKeysWithValues: Column.allCases.enumerated().map { ($1, $0) })
                return Columns(code: 1, points: 4, others: seed, headerRow: nil)
            }
            guard let code = header[.code], let points = header[.points] else { return nil }
            let others = Column.allCases.reduce(into: [Column: Int]()) { $0[$1] = header[$1] }
            return Columns(code: code, points: points, others: others, headerRow: header.row)
        }

        subscript(_ role: Column) -> Int? { others[role] }
    }

    /// The role a header's compared text (`Header.key`) names, if any: `Nội dung của chỉ tiêu,
    /// tiêu chí` is the content, `Chỉ tiêu, tiêu chí` the code, `Lý do mất điểm` the reason.
    static func role(_ key: String) -> Column? {
        if key == "stt" || key == "tt" || key == "sott" { return .number }
        if key.contains("noidung") { return .content }
        if key.contains("lydo") || key.contains("nguyennhan") { return .reason }
        if key.contains("giaitrinh") || key.contains("khacphuc") || key.contains("bienphap") { return .remediation }
        if ["phutrach", "nguoi", "canbo", "trachnhiem"].contains(where: key.contains) { return .responsible }
        if ["diemtru", "diembitru", "trudiem", "sodiem"].contains(where: key.contains) || key == "diem" {
            return .points
        }
        if key.contains("chitieu") || key.contains("tieuchi") || key == "ma" || key == "maso" { return .code }
        return nil
    }

    /// The header: the first row (of the first few) that names two columns besides the number.
    static func header(of table: Table) -> Header<Column>? {
        Header.find(in: table, role: role) { $0.columns.keys.filter { $0 != .number }.count >= 2 }
    }

    /// The lost-points table among a file's tables: the only one of a text file; in an office
    /// document, the first whose header names a code and a points column, read as its columns
    /// are (`Số điểm trừ`, `Điểm bị trừ`, `Điểm trừ`), and that is not the criteria table (whose
    /// header, with a max column, says so).
    static func find(in tables: [Table]) -> Table? {
        guard tables.count != 1 || tables[0].places != nil else { return tables.first }
        return tables.first { table in
            guard let header = header(of: table), header[.code] != nil, header[.points] != nil else { return false }
            return CriteriaColumns.find(in: table).header == nil
        }
    }

    /// Whether the header can be read: a code and a points column, and no column named twice.
    private static func headerHolds(_ header: Header<Column>?, _ table: Table, _ c: inout DiagnosticCollector) -> Bool {
        guard let header else { return true }
        var holds = header.reportsNoneTwice({ $0 != .number }, name: { Messages.columnName($0.rawValue) }, into: &c)
        for (role, name) in [(Column.code, "Chỉ tiêu, tiêu chí"), (.points, "Số điểm trừ")] where header[role] == nil {
            c.error(
                Messages.lostColumnMissing(Messages.columnName(role.rawValue), header: name),
                at: table.rows[header.row].cells.first?.offset)
            holds = false
        }
        return holds
    }

    static func read(_ table: Table, framework: Framework, into c: inout DiagnosticCollector) -> [Deduction] {
        var deductions: [Deduction] = []
        if let cell = ImportCells.foreignHeader(table, words: TableImport.criteriaHeaders) {
            c.error(Messages.criteriaColumnInLost(cell.text), at: cell.offset)
            return deductions
        }
        let header = header(of: table)
        guard headerHolds(header, table, &c), let columns = Columns.of(header) else { return deductions }
        let codeColumn = columns.code
        var totalRow: TableRow?
        var started = false
        // Whether the rows now read are the rest of a row a line break cut, already reported.
        var rest = false
        // Whether a row could not be read, so that the rows' sum is not known.
        var broken = false
        // Each row's code, points and reason, to tell a row pasted twice.
        var seen: [String: Int] = [:]
        // The points of the criteria `score`'s appendix lists with their department standing in
        // for a deduction row: not deductions, but in the table's total.
        var standIn = Points.zero
        let rows = table.rows
        func isTotal(_ row: TableRow) -> Bool {
            ImportCells.isTotal(row, columns: [columns[.number] ?? 0, codeColumn])
        }
        for (index, row) in rows.enumerated() where index != columns.headerRow {
            if isTotal(row) {
                if totalRow == nil { totalRow = row }
                (started, rest) = (true, false)
                continue
            }
            let codeCell = row[codeColumn]
            guard let code = ImportCells.id(codeCell) else {
                if started, !rest {
                    c.warning(
                        codeCell.isEmpty ? Messages.rowSkippedNoCode : Messages.rowSkippedNotCode(codeCell.text),
                        at: codeCell.offset)
                }
                continue
            }
            (started, rest) = (true, false)
            // A line with no code of its own right after the row is the row's rest, cut off by a
            // line break inside a cell: one error, and the row is not read in part.
            if index + 1 < rows.count, case let next = rows[index + 1], !isTotal(next),
                ImportCells.id(next[codeColumn]) == nil
            {
                let restCell = next.cells.first { !$0.isEmpty } ?? next[codeColumn]
                c.error(
                    Messages.rowBrokenAcrossLines(restAt: table.position(of: restCell.offset))
                        .about(Messages.deduction(code)),
                    at: codeCell.offset)
                (rest, broken) = (true, true)
                continue
            }
            if let column = columns[.responsible], Responsibility.isDepartmentStandIn(row[column].text) {
                if case .success(let points) = ImportCells.number(row[columns.points].text) {
                    standIn = standIn + (points < .zero ? .zero - points : points)
                }
                continue
            }
            guard let deduction = deduction(code, row, columns, framework, &c) else { continue }
            let key = [code, deduction.points.json, Header<Column>.key(deduction.reason ?? "")].joined(separator: "\t")
            if let earlier = seen[key] {
                c.error(
                    Messages.deductionRepeated(firstAt: table.position(of: earlier)).about(Messages.deduction(code)),
                    at: codeCell.offset)
                continue
            }
            seen[key] = codeCell.offset
            deductions.append(deduction)
        }
        if let totalRow, !broken { checkTotal(totalRow, deductions, plus: standIn, columns, &c) }
        return deductions
    }

    private static func deduction(
        _ code: String, _ row: TableRow, _ columns: Columns, _ framework: Framework, _ c: inout DiagnosticCollector
    )
        -> Deduction?
    {
        let subject = Messages.deduction(code)
        let codeCell = row[columns.code]
        let owner = framework.owner(ofCode: code)
        if owner == nil {
            c.error(Messages.codeBelongsToNone(framework.id).about(subject), at: codeCell.offset)
        }
        let pointsCell = row[columns.points]
        // Offices write a deduction with its sign (`-0,5`): the points lost are 0,5.
        let points = ImportCells.points(pointsCell, subject, "points", into: &c).map { $0 < .zero ? .zero - $0 : $0 }
        if pointsCell.isEmpty {
            c.error(Messages.pointsBlank.about(subject), at: pointsCell.offset)
        } else if let points, points <= .zero {
            c.error(Messages.pointsNotPositive(points).about(subject), at: pointsCell.offset)
        }
        guard let owner, let points else { return nil }
        func text(_ column: Column) -> String? {
            guard let index = columns[column] else { return nil }
            let text = row[index].text
            return text.isEmpty ? nil : text
        }
        let people = Responsibility.parse(text(.responsible) ?? "")
        let (responsible, again) = Deduction.once(people.responsible)
        let (formerly, againBefore) = Deduction.once(people.formerly)
        for name in again + againBefore {
            c.warning(
                Messages.nameTwiceInCell(Text.clipped(name)).about(subject),
                at: columns[.responsible].map { row[$0].offset })
        }
        return Deduction(
            code: code, criterionID: owner.id, content: text(.content), reason: text(.reason),
            points: points, remediation: text(.remediation), responsible: responsible,
            formerly: formerly, offset: codeCell.offset)
    }

    /// Warns when the `Tổng cộng` figure differs from the rows' sum. The figure stands in the
    /// points column, or failing that in the first cell that holds a number.
    private static func checkTotal(
        _ row: TableRow, _ deductions: [Deduction], plus standIn: Points, _ columns: Columns,
        _ c: inout DiagnosticCollector
    ) {
        var cells = [row[columns.points]]
        cells += row.cells.filter { !$0.isEmpty }
        for cell in cells {
            guard case .success(let written) = ImportCells.number(cell.text) else { continue }
            let sum = deductions.reduce(standIn) { $0 + $1.points }
            if written != sum {
                c.warning(Messages.lostTotalDiffers(written, sum: sum).about(Messages.totalRow), at: cell.offset)
            }
            return
        }
    }
}
