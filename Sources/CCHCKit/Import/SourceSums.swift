/// Checks the sums a table carries (domain rows, the total row) against the criteria rows.
struct SourceSums {
    let scores: [String: StageScores]
    /// Where the table keeps the max and each stage.
    let columns: CriteriaColumns

    init(entries: [ScoreEntry], columns: CriteriaColumns) {
        self.columns = columns
        var scores: [String: StageScores] = [:]
        for entry in entries { scores[entry.id] = entry.scores }
        self.scores = scores
    }

    /// Warns, at the cell, where a row's max or a stage's figure differs from what its criteria
    /// add up to; a stage is compared only when every one of those criteria is scored in it.
    func check(
        _ row: TableRow, subject: Message, max: Points, criteria: [Criterion], into c: inout DiagnosticCollector
    ) {
        let maxCell = row[columns.max]
        if let written = ImportCells.points(maxCell, subject, "max", warningOnly: true, into: &c), written != max {
            c.warning(Messages.maxDiffers(written, framework: max).about(subject), at: maxCell.offset)
        }
        for (stage, column) in columns.stages.sorted(by: { $0.key < $1.key }) {
            let cell = row[column]
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
        for (stage, column) in columns.stages {
            let cell = row[column]
            if case .success(let p) = ImportCells.number(cell.text) { published.totals[stage] = p }
        }
        return published.totals == StageScores() ? nil : published
    }
}
