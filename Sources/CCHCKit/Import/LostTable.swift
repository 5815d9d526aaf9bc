/// Imports the lost-points table (`STT | Chỉ tiêu, tiêu chí | Nội dung | Lý do mất điểm | Số điểm
/// trừ | Giải trình, hướng khắc phục | Người phụ trách`), ending with a `Tổng cộng` row that is
/// checked against the rows and not kept.
enum LostTable {
    /// The columns, in the order the tables have them.
    enum Column: Int {
        case number = 0
        case code
        case content
        case reason
        case points
        case remediation
        case responsible
    }

    static func read(_ table: Table, framework: Framework, into c: inout DiagnosticCollector) -> [Deduction] {
        var deductions: [Deduction] = []
        if let cell = ImportCells.foreignHeader(table, words: ["điểm tối đa", "tự đánh giá"]) {
            c.error(Messages.criteriaColumnInLost(cell.text), at: cell.offset)
            return deductions
        }
        var totalRow: TableRow?
        var started = false
        for row in table.rows {
            if ImportCells.isTotal(row) {
                if totalRow == nil { totalRow = row }
                started = true
                continue
            }
            let codeCell = row[Column.code.rawValue]
            guard let code = ImportCells.id(codeCell) else {
                if started {
                    c.warning(
                        codeCell.isEmpty ? Messages.rowSkippedNoCode : Messages.rowSkippedNotCode(codeCell.text),
                        at: codeCell.offset)
                }
                continue
            }
            started = true
            if let deduction = deduction(code, row, framework, &c) { deductions.append(deduction) }
        }
        if let totalRow { checkTotal(totalRow, deductions, &c) }
        return deductions
    }

    private static func deduction(
        _ code: String, _ row: TableRow, _ framework: Framework, _ c: inout DiagnosticCollector
    )
        -> Deduction?
    {
        let subject = Messages.deduction(code)
        let codeCell = row[Column.code.rawValue]
        let owner = framework.owner(ofCode: code)
        if owner == nil {
            c.error(Messages.codeBelongsToNone(framework.id).about(subject), at: codeCell.offset)
        }
        let pointsCell = row[Column.points.rawValue]
        // Offices write a deduction with its sign (`-0,5`): the points lost are 0,5.
        let points = ImportCells.points(pointsCell, subject, "points", into: &c).map { $0 < .zero ? .zero - $0 : $0 }
        if pointsCell.isEmpty {
            c.error(Messages.noPointsInFifthColumn.about(subject), at: pointsCell.offset)
        } else if let points, points <= .zero {
            c.error(Messages.pointsNotPositive(points).about(subject), at: pointsCell.offset)
        }
        guard let owner, let points else { return nil }
        let people = Responsibility.parse(row[Column.responsible.rawValue].text)
        return Deduction(
            code: code, criterionID: owner.id, content: text(row, .content), reason: text(row, .reason),
            points: points, remediation: text(row, .remediation), responsible: people.responsible,
            formerly: people.formerly, offset: codeCell.offset)
    }

    private static func text(_ row: TableRow, _ column: Column) -> String? {
        let text = row[column.rawValue].text
        return text.isEmpty ? nil : text
    }

    /// Warns when the `Tổng cộng` figure differs from the rows' sum. The figure stands in the
    /// points column, or failing that in the first cell that holds a number.
    private static func checkTotal(_ row: TableRow, _ deductions: [Deduction], _ c: inout DiagnosticCollector) {
        var cells = [row[Column.points.rawValue]]
        cells += row.cells.filter { !$0.isEmpty }
        for cell in cells {
            guard case .success(let written) = Points.parse(text: cell.text) else { continue }
            let sum = deductions.reduce(Points.zero) { $0 + $1.points }
            if written != sum {
                c.warning(Messages.lostTotalDiffers(written, sum: sum).about(Messages.totalRow), at: cell.offset)
            }
            return
        }
    }
}
