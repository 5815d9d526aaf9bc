/// Checks the sums a table carries (domain rows, the total row) against the criteria rows.
struct SourceSums {
    let scores: [String: StageScores]

    init(entries: [ScoreEntry]) {
        var scores: [String: StageScores] = [:]
        for entry in entries { scores[entry.id] = entry.scores }
        self.scores = scores
    }

    /// Warns, at the cell, where a row's max or a stage's figure differs from what its criteria
    /// add up to; a stage is compared only when every one of those criteria is scored in it.
    func check(
        _ row: TableRow, subject: Message, max: Points, criteria: [Criterion], into c: inout DiagnosticCollector
    ) {
        let maxCell = row[CriteriaTable.Column.max.rawValue]
        if let written = ImportCells.points(maxCell, subject, "max", warningOnly: true, into: &c), written != max {
            c.warning(Messages.maxDiffers(written, framework: max).about(subject), at: maxCell.offset)
        }
        for stage in Stage.allCases {
            let cell = row[CriteriaTable.column(stage)]
            guard let written = ImportCells.points(cell, subject, stage.rawValue, warningOnly: true, into: &c),
                let sum = sum(criteria, stage), written != sum
            else { continue }
            c.warning(Messages.sumDiffers(stage, written: written, sum: sum).about(subject), at: cell.offset)
        }
    }

    /// The stage's sum over the criteria, or nil when one of them is missing or not scored.
    func sum(_ criteria: [Criterion], _ stage: Stage) -> Points? {
        var total = Points.zero
        for criterion in criteria {
            guard let score = scores[criterion.id]?[stage] else { return nil }
            total += score
        }
        return total
    }

    /// The total row's figures, as the office published them.
    func published(_ row: TableRow) -> Published? {
        var published = Published()
        for stage in Stage.allCases {
            let cell = row[CriteriaTable.column(stage)]
            if case .success(let p) = Points.parse(text: cell.text) { published.totals[stage] = p }
        }
        return published.totals == StageScores() ? nil : published
    }
}
