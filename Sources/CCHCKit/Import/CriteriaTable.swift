/// Imports the criteria table (`STT | Lĩnh vực, tiêu chí | Điểm tối đa | Tự đánh giá | Thẩm định |
/// CTHD thẩm định | Ngành, BPCM phụ trách`), checking every row against the framework.
///
/// Columns are found by their header (`CriteriaColumns`). Criterion rows become the scorecard's
/// entries; a row with a blank max, or a blank stage cell in a column that other rows fill, is an
/// error naming the criterion, never a row quietly left unscored. Domain rows and the `Tổng` row
/// are the source's own arithmetic: they are checked against the criteria under them (a warning
/// when they disagree) and not kept, except that the `Tổng` row's figures are what was published.
enum CriteriaTable {
    /// What the table gives: one entry per criterion in framework order, and the total row's figures.
    struct Result {
        var entries: [ScoreEntry] = []
        var published: Published?
    }

    static func read(_ table: Table, framework: Framework, into c: inout DiagnosticCollector) -> Result {
        if let cell = ImportCells.foreignHeader(table, words: ["số điểm trừ", "lý do mất điểm"]) {
            c.error(Messages.lostColumnInCriteria(cell.text), at: cell.offset)
            return Result()
        }
        let columns = CriteriaColumns.find(in: table)
        guard headerHolds(columns, table, framework: framework, &c) else { return Result() }
        let rows = CriteriaRows(table, columns: columns, framework: framework, into: &c)
        let filled = scoredColumns(columns, rows.criteria, framework: framework, &c)
        var result = Result()
        result.entries = rows.criteria.map { entry($0, framework: framework, filled, &c) }
        reportMissing(framework, seen: rows.seen, &c)
        result.entries.sort { (framework.position(of: $0.id) ?? 0) < (framework.position(of: $1.id) ?? 0) }
        result.published = checkSums(rows, result.entries, filled, framework: framework, &c)
        return result
    }

    /// The columns with only the stage columns some criterion row fills: a stage column blank in
    /// every row is a stage not scored yet (before the appraisal), a warning in `c`.
    private static func scoredColumns(
        _ columns: CriteriaColumns, _ criteria: [CriteriaRows.CriterionRow], framework: Framework,
        _ c: inout DiagnosticCollector
    ) -> CriteriaColumns {
        var filled = columns
        filled.stages = columns.stages.filter { _, column in criteria.contains { !$0.row[column].isEmpty } }
        let unscored = framework.stages.filter { filled.stages[$0] == nil }
        if !criteria.isEmpty, !unscored.isEmpty { c.warning(Messages.stagesNotInTable(unscored), at: nil) }
        return filled
    }

    /// Errors in `c` for the regular criteria no row gives (all in one when there are many);
    /// bonus and penalty leaves left out count 0, as in a scorecard.
    private static func reportMissing(_ framework: Framework, seen: [String: Int], _ c: inout DiagnosticCollector) {
        let missing = framework.criteria.filter { seen[$0.id] == nil && $0.kind == .regular }
        if seen.isEmpty {
            c.error(Messages.noCriterionRows, at: nil)
        } else if missing.count > 8 {
            c.error(Messages.criteriaMissing(missing.count, first: missing.prefix(8).map(\.id)), at: nil)
        } else {
            for criterion in missing {
                c.error(
                    Messages.missingFromTable(title: criterion.title).about(Messages.criterion(criterion.id)), at: nil)
            }
        }
    }

    /// Checks the domain, group and total rows against the entries under them (warnings in `c`),
    /// and returns the total row's figures as the published index where no rescaling stands
    /// between them.
    private static func checkSums(
        _ rows: CriteriaRows, _ entries: [ScoreEntry], _ columns: CriteriaColumns, framework: Framework,
        _ c: inout DiagnosticCollector
    ) -> Published? {
        let sums = SourceSums(entries: entries, columns: columns)
        for (domain, row) in rows.domains {
            sums.check(
                row, subject: domain.depth == 0 ? Messages.domain(domain.id) : Messages.criterion(domain.id),
                max: domain.max, criteria: framework.leaves(under: domain.id), into: &c)
        }
        guard let total = rows.total else { return nil }
        let applicable = sums.applicable(framework.criteria)
        sums.check(
            total, subject: Messages.totalRow, max: applicable, also: framework.max, criteria: framework.criteria,
            into: &c)
        return applicable == Points(hundredths: 10_000) ? sums.published(total) : nil
    }

    /// Whether the header can be read: a max column when the header names a stage (a table with
    /// a header is never read by position), no two columns of one stage (or of the max, or the
    /// department), some stage column, and no column of numbers under a header that names
    /// nothing while a stage has no column (`Điểm HĐ` for the final, say): that column is named,
    /// never a stage said to be missing. The problems are errors in `c`.
    private static func headerHolds(
        _ columns: CriteriaColumns, _ table: Table, framework: Framework, _ c: inout DiagnosticCollector
    ) -> Bool {
        guard let header = columns.header else {
            guard let partial = CriteriaColumns.headerWithoutMax(in: table) else { return true }
            c.error(Messages.noMaxColumn, at: partial.cells.first { !$0.isEmpty }?.offset)
            return false
        }
        guard header.reportsNoneTwice(CriteriaColumns.mustBeOne, name: CriteriaColumns.name, into: &c) else {
            return false
        }
        if framework.stages.contains(where: { columns.stages[$0] == nil }) {
            let data = table.rows.filter { ImportCells.id($0[columns.id]) != nil }
            let numbers = header.unknown.filter { column in
                data.contains { row in
                    if case .success = ImportCells.number(row[column].text) { return true }
                    return false
                }
            }
            for column in numbers {
                let cell = header.cells[column]
                c.error(Messages.unknownColumnHoldsNumbers(cell.text, column: column + 1), at: cell.offset)
            }
            guard numbers.isEmpty else { return false }
        }
        if columns.stages.isEmpty {
            c.error(Messages.noStageColumn, at: table.rows[header.row].cells.first?.offset)
            return false
        }
        return true
    }

    /// One criterion row's scores, checked against the criterion's max; a blank where a number
    /// belongs is an error (a row a line break cut in two has had its one error already).
    private static func entry(
        _ r: CriteriaRows.CriterionRow, framework: Framework, _ columns: CriteriaColumns, _ c: inout DiagnosticCollector
    ) -> ScoreEntry {
        let criterion = r.criterion
        let row = r.row
        let subject = Messages.criterion(criterion.id)
        if r.broken { return ScoreEntry(id: criterion.id, scores: StageScores(), offset: row[columns.id].offset) }
        let numbers = [columns.max] + columns.stages.values
        let blanks = numbers.filter { row[$0].isEmpty }
        if blanks.count == numbers.count {
            c.error(Messages.rowHasNoNumbers.about(subject), at: row[columns.id].offset)
            return ScoreEntry(id: criterion.id, scores: StageScores(), offset: row[columns.id].offset)
        }
        let stageCells = columns.stages.values.map { row[$0] }
        // No stage filled: an optional criterion does not apply; a bonus or a penalty counts 0,
        // as in a scorecard.
        if !stageCells.isEmpty, stageCells.allSatisfy(\.isEmpty), criterion.optional || criterion.kind != .regular {
            checkMax(row[columns.max], criterion, subject, &c)
            return ScoreEntry(
                id: criterion.id, scores: StageScores(), na: criterion.optional, offset: row[columns.id].offset)
        }
        checkMax(row[columns.max], criterion, subject, &c)
        var scores = StageScores()
        for (stage, column) in columns.stages.sorted(by: { $0.key < $1.key }) {
            let cell = row[column]
            if cell.isEmpty {
                c.error(Messages.stageBlank(stage).about(subject), at: cell.offset)
                continue
            }
            guard var score = ImportCells.points(cell, subject, stage.rawValue, into: &c) else { continue }
            // A penalty is written as the appendix shows it, taken away (`-0,5`), or as it is.
            if criterion.kind == .penalty, score < .zero { score = -score }
            if score < .zero {
                c.error(Messages.belowZero(stage, score).about(subject), at: cell.offset)
            } else if score > criterion.max {
                c.error(Messages.aboveMax(stage, score, max: criterion.max).about(subject), at: cell.offset)
            }
            scores[stage] = score
        }
        let title = row[columns.title].text
        if let other = TitleMatch.better(title, than: criterion, in: framework) {
            c.warning(Messages.titleOfAnother(other.id).about(subject), at: row[columns.title].offset)
        }
        let department = columns.department.map { row[$0].text } ?? ""
        if criterion.survey {
            return ScoreEntry(
                id: criterion.id, scores: StageScores(),
                survey: survey(scores, title: title, criterion, subject, row, &c),
                department: department.isEmpty || department == criterion.department ? nil : department,
                offset: row[columns.id].offset)
        }
        return ScoreEntry(
            id: criterion.id, scores: scores,
            department: department.isEmpty || department == criterion.department ? nil : department, note: nil,
            offset: row[columns.id].offset)
    }

    private static func checkMax(
        _ maxCell: TableCell, _ criterion: Criterion, _ subject: Message, _ c: inout DiagnosticCollector
    ) {
        if maxCell.isEmpty {
            c.error(Messages.maxBlank.about(subject), at: maxCell.offset)
        } else if let max = ImportCells.points(maxCell, subject, "max", into: &c), max != criterion.max {
            c.error(Messages.maxDiffers(max, framework: criterion.max).about(subject), at: maxCell.offset)
        }
    }

    /// A survey criterion's percentage from its row: the points are the same in every stage
    /// (max × survey ÷ 100); the percentage is the one its title gives as `score` writes it
    /// (`Mức độ hài lòng (86,5 %)`), or else the one those points stand for, to hundredths.
    private static func survey(
        _ scores: StageScores, title: String, _ criterion: Criterion, _ subject: Message, _ row: TableRow,
        _ c: inout DiagnosticCollector
    ) -> Points? {
        let points = Stage.allCases.compactMap { scores[$0] }
        guard let first = points.first else { return nil }
        guard points.allSatisfy({ $0 == first }) else {
            c.error(Messages.surveyStagesDiffer.about(subject), at: row[0].offset)
            return nil
        }
        if let open = title.lastIndex(of: "("), title.hasSuffix("%)"),
            case .success(let percent) = Points.parse(
                text: String(title[title.index(after: open)...].dropLast(2).trimmingWhitespace)),
            criterion.max.share(percent) == first
        {
            return percent
        }
        guard criterion.max > .zero else { return .zero }
        let percent = Points(hundredths: Points.rounded(first.hundredths * 10_000, criterion.max.hundredths))
        guard criterion.max.share(percent) == first else {
            c.error(Messages.surveyPointsNotAPercentage(first, max: criterion.max).about(subject), at: row[0].offset)
            return nil
        }
        return percent
    }
}
