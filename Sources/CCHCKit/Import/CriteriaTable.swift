/// Imports the criteria table (`STT | Lĩnh vực, tiêu chí | Điểm tối đa | Tự đánh giá | Thẩm định |
/// CTHD thẩm định | Ngành, BPCM phụ trách`), checking every row against the framework.
///
/// Criterion rows become the scorecard's entries. Domain rows and the `Tổng` row are the
/// source's own arithmetic: they are checked against the criteria under them (a warning when
/// they disagree) and not kept, except that the `Tổng` row's figures are what was published.
enum CriteriaTable {
    /// The columns, in the order the tables have them.
    enum Column: Int {
        case id = 0
        case title
        case max
        case selfAssessed
        case appraised
        case final
        case department
    }

    /// The column of each stage's score.
    static func column(_ stage: Stage) -> Int {
        switch stage {
        case .selfAssessed: return Column.selfAssessed.rawValue
        case .appraised: return Column.appraised.rawValue
        case .final: return Column.final.rawValue
        }
    }

    /// What the table gives: one entry per criterion in framework order, and the total row's figures.
    struct Result {
        var entries: [ScoreEntry] = []
        var published: Published?
    }

    static func read(_ table: Table, framework: Framework, into c: inout DiagnosticCollector) -> Result {
        var result = Result()
        if let cell = ImportCells.foreignHeader(table, words: ["số điểm trừ", "lý do mất điểm"]) {
            c.error(Messages.lostColumnInCriteria(cell.text), at: cell.offset)
            return result
        }
        var domainRows: [(Domain, TableRow)] = []
        var totalRow: TableRow?
        var seen: [String: Int] = [:]
        var started = false
        for row in table.rows {
            if ImportCells.isTotal(row) {
                if totalRow == nil { totalRow = row }
                started = true
                continue
            }
            let first = row[Column.id.rawValue]
            // A Roman numeral names a domain written `I` (national style) or `1` (prefix style).
            if let number = ImportCells.roman(first),
                let domain = framework.domains.first(where: { $0.id == number || $0.id == FrameworkTable.roman(first) })
            {
                domainRows.append((domain, row))
                started = true
                continue
            }
            guard let id = ImportCells.id(first) else {
                // Rows before the first id are the header; later ones are notes or stray lines.
                if started {
                    c.warning(
                        first.isEmpty ? Messages.rowSkippedFirstEmpty : Messages.rowSkippedNotID(first.text),
                        at: first.offset)
                }
                continue
            }
            started = true
            // A domain or a group is the source's own arithmetic, checked against the leaves under it.
            if let group = framework.criterion(id), !group.isLeaf {
                domainRows.append((group, row))
                continue
            }
            guard let criterion = framework.criterion(id) else {
                let hint =
                    c.showsMore
                    ? Suggestion.hint(for: id, in: framework.criteria.map(\.id), quoted: false, maxDistance: 2) : .none
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
            result.entries.append(entry(criterion, row, &c))
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
        let sums = SourceSums(entries: result.entries)
        for (domain, row) in domainRows {
            sums.check(
                row, subject: domain.depth == 0 ? Messages.domain(domain.id) : Messages.criterion(domain.id),
                max: domain.max, criteria: framework.leaves(under: domain.id), into: &c)
        }
        if let totalRow {
            sums.check(totalRow, subject: Messages.totalRow, max: framework.max, criteria: framework.criteria, into: &c)
            result.published = sums.published(totalRow)
        }
        return result
    }

    /// One criterion row's scores, checked against the criterion's max.
    private static func entry(_ criterion: Criterion, _ row: TableRow, _ c: inout DiagnosticCollector) -> ScoreEntry {
        let subject = Messages.criterion(criterion.id)
        let maxCell = row[Column.max.rawValue]
        if let max = ImportCells.points(maxCell, subject, "max", into: &c), max != criterion.max {
            c.error(Messages.maxDiffers(max, framework: criterion.max).about(subject), at: maxCell.offset)
        }
        var scores = StageScores()
        for stage in Stage.allCases {
            let cell = row[column(stage)]
            guard let score = ImportCells.points(cell, subject, stage.rawValue, into: &c) else { continue }
            if score < .zero {
                c.error(Messages.belowZero(stage, score).about(subject), at: cell.offset)
            } else if score > criterion.max {
                c.error(Messages.aboveMax(stage, score, max: criterion.max).about(subject), at: cell.offset)
            }
            scores[stage] = score
        }
        let department = row[Column.department.rawValue].text
        return ScoreEntry(
            id: criterion.id, scores: scores,
            department: department.isEmpty || department == criterion.department ? nil : department, note: nil,
            offset: row[Column.id.rawValue].offset)
    }
}
