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

    /// One criterion row, and whether a line break cut it in two (an error already said so).
    private struct CriterionRow {
        var criterion: Criterion
        var row: TableRow
        var broken = false
    }

    // Not optimized: Swift 6.0's optimizer fails its ownership verification on this function
    // (`Found ownership error`, signal 6) and with it the release build. A pasted table is read once.
    @_optimize(none)
    static func read(_ table: Table, framework: Framework, into c: inout DiagnosticCollector) -> Result {
        var result = Result()
        if let cell = ImportCells.foreignHeader(table, words: ["số điểm trừ", "lý do mất điểm"]) {
            c.error(Messages.lostColumnInCriteria(cell.text), at: cell.offset)
            return result
        }
        let columns = CriteriaColumns.find(in: table)
        guard headerHolds(columns, table, framework: framework, &c) else { return result }
        let ids = table.rows.compactMap { ImportCells.id($0[columns.id]) }
        let missingIDs = Set(framework.criteria.map(\.id)).subtracting(ids)
        var domainRows: [(Domain, TableRow)] = []
        var criterionRows: [CriterionRow] = []
        var totalRow: TableRow?
        var seen: [String: Int] = [:]
        var started = false
        // The criterion or domain row just read, which a line that is no row of its own continues;
        // after such a line, whether the lines now read are that row's rest, already reported.
        var last: (subject: Message, row: TableRow, criterion: Int?)?
        var rest = false
        for (index, row) in table.rows.enumerated() where index != columns.headerRow {
            let previous = last
            last = nil
            if rest, !isRow(row, columns) { continue }
            rest = false
            if ImportCells.isTotal(row, columns: [columns.id, columns.title]) {
                if totalRow == nil { totalRow = row }
                started = true
                continue
            }
            let first = row[columns.id]
            // A Roman numeral names a domain written `I` (national style) or `1` (prefix style).
            if let number = ImportCells.roman(first),
                let domain = framework.domains.first(where: { $0.id == number || $0.id == FrameworkTable.roman(first) })
            {
                domainRows.append((domain, row))
                last = (Messages.domain(domain.id), row, nil)
                started = true
                continue
            }
            guard let id = ImportCells.id(first) else {
                // Rows before the first id are the header; later ones are notes or stray lines,
                // a mistyped id (`7.l1`), or the rest of the row above cut by a line break.
                guard started else { continue }
                let hint = typoHint(first.text, framework: framework, missing: missingIDs)
                if hint == .none, let previous {
                    let restCell = row.cells.first { !$0.isEmpty } ?? first
                    c.error(
                        Messages.rowBrokenAcrossLines(restAt: table.position(of: restCell.offset))
                            .about(previous.subject),
                        at: previous.row[columns.id].offset)
                    if let i = previous.criterion { criterionRows[i].broken = true }
                    rest = true
                    continue
                }
                c.warning(
                    first.isEmpty ? Messages.rowSkippedFirstEmpty : Messages.rowSkippedNotID(first.text) + hint,
                    at: first.offset)
                continue
            }
            started = true
            // A domain or a group is the source's own arithmetic, checked against the leaves under it.
            if let group = framework.criterion(id), !group.isLeaf {
                domainRows.append((group, row))
                last = (group.depth == 0 ? Messages.domain(id) : Messages.criterion(id), row, nil)
                continue
            }
            guard let criterion = framework.criterion(id) else {
                let hint =
                    c.showsMore
                    ? Suggestion.hint(
                        for: id, in: framework.criteria.map(\.id), quoted: false, maxDistance: 2, preferring: missingIDs
                    )
                    : .none
                c.error((Messages.notInFramework(framework.id) + hint).about(Messages.criterion(id)), at: first.offset)
                continue
            }
            if let earlier = seen[id] {
                c.error(
                    Messages.listedTwice(firstAt: table.position(of: earlier)).about(Messages.criterion(id)),
                    at: first.offset)
                continue
            }
            seen[id] = first.offset
            last = (Messages.criterion(id), row, criterionRows.count)
            criterionRows.append(CriterionRow(criterion: criterion, row: row))
        }
        // A stage column blank in every row is a stage not scored yet (before the appraisal).
        var filled = columns
        filled.stages = columns.stages.filter { _, column in criterionRows.contains { !$0.row[column].isEmpty } }
        let unscored = framework.stages.filter { filled.stages[$0] == nil }
        if !criterionRows.isEmpty, !unscored.isEmpty { c.warning(Messages.stagesNotInTable(unscored), at: nil) }
        for r in criterionRows {
            result.entries.append(entry(r, framework: framework, filled, &c))
        }
        // Bonus and penalty leaves left out count 0, as in a scorecard.
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
        result.entries.sort { (framework.position(of: $0.id) ?? 0) < (framework.position(of: $1.id) ?? 0) }
        let sums = SourceSums(entries: result.entries, columns: filled)
        for (domain, row) in domainRows {
            sums.check(
                row, subject: domain.depth == 0 ? Messages.domain(domain.id) : Messages.criterion(domain.id),
                max: domain.max, criteria: framework.leaves(under: domain.id), into: &c)
        }
        if let totalRow {
            let applicable = sums.applicable(framework.criteria)
            sums.check(
                totalRow, subject: Messages.totalRow, max: applicable, also: framework.max,
                criteria: framework.criteria,
                into: &c)
            // The total row is the published index only where no rescaling stands between them.
            if applicable == Points(hundredths: 10_000) { result.published = sums.published(totalRow) }
        }
        return result
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
        _ r: CriterionRow, framework: Framework, _ columns: CriteriaColumns, _ c: inout DiagnosticCollector
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

    /// Whether a row is one of its own: an id, a Roman numeral or the total in its place.
    private static func isRow(_ row: TableRow, _ columns: CriteriaColumns) -> Bool {
        let first = row[columns.id]
        return ImportCells.id(first) != nil || ImportCells.roman(first) != nil
            || ImportCells.isTotal(row, columns: [columns.id, columns.title])
    }

    /// ` (có phải 7.11?)` after a first cell that looks like a mistyped id (`7.l1`, `1,1`), the
    /// ids the table leaves out tried first; nothing for other text.
    private static func typoHint(_ text: String, framework: Framework, missing: Set<String>) -> Message {
        var text = Substring(text)
        while text.hasSuffix(".") { text = text.dropLast() }
        guard text.count <= 10, text.contains(where: \.isNumber), text.contains(where: { $0 == "." || $0 == "," })
        else { return .none }
        return Suggestion.hint(
            for: String(text), in: framework.criteria.map(\.id), quoted: false, maxDistance: 1, preferring: missing)
    }
}
