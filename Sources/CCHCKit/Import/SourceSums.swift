/// Checks the sums a table carries (domain rows, the total row) against the criteria rows.
struct SourceSums {
    let scores: [String: StageScores]
    /// Where the table keeps the max and each stage.
    let columns: CriteriaColumns

    /// The entries marked not applicable, and the survey results.
    let notApplicable: Set<String>
    let surveys: [String: Points]

    init(entries: [ScoreEntry], columns: CriteriaColumns) {
        self.columns = columns
        var scores: [String: StageScores] = [:]
        var surveys: [String: Points] = [:]
        for entry in entries {
            scores[entry.id] = entry.scores
            surveys[entry.id] = entry.survey
        }
        self.scores = scores
        self.surveys = surveys
        notApplicable = Set(entries.filter(\.na).map(\.id))
    }

    /// Warns, at the cell, where a row's max or a stage's figure differs from what its criteria
    /// add up to; a stage is compared only when every one of those criteria is scored in it.
    ///
    /// - Parameter also: another max the row may give (a total row written before a criterion
    ///   was marked not applicable gives the framework's).
    func check(
        _ row: TableRow, subject: Message, max: Points, also: Points? = nil, criteria: [Criterion],
        into c: inout DiagnosticCollector
    ) {
        let maxCell = row[columns.max]
        if let written = ImportCells.points(maxCell, subject, "max", warningOnly: true, into: &c), written != max,
            written != also
        {
            c.warning(Messages.maxDiffers(written, framework: max).about(subject), at: maxCell.offset)
        }
        for (stage, column) in columns.stages.sorted(by: { $0.key < $1.key }) {
            let cell = row[column]
            // A penalty's row may show it taken away (`-0,5`) or as it is.
            let penalty = criteria.allSatisfy { $0.kind == .penalty }
            guard let written = ImportCells.points(cell, subject, stage.rawValue, warningOnly: true, into: &c),
                let sum = sum(criteria, stage), written != sum, !(penalty && written == -sum)
            else { continue }
            c.warning(Messages.sumDiffers(stage, written: written, sum: sum).about(subject), at: cell.offset)
        }
    }

    /// The stage's sum over the criteria as a scorecard counts it (a penalty taken away, a
    /// survey's share of its max, nothing for what does not apply), or nil when one of them is
    /// missing or not scored.
    func sum(_ criteria: [Criterion], _ stage: Stage) -> Points? {
        var total = Points.zero
        for criterion in criteria where !notApplicable.contains(criterion.id) {
            if criterion.survey, let survey = surveys[criterion.id] {
                total += criterion.max.share(survey)
                continue
            }
            guard let score = scores[criterion.id]?[stage] else {
                if criterion.kind != .regular, scores[criterion.id] != nil { continue }
                return nil
            }
            total = criterion.kind == .penalty ? total - score : total + score
        }
        return total
    }

    /// The max of the regular criteria that apply: what a total row's max is.
    func applicable(_ criteria: [Criterion]) -> Points {
        criteria.filter { $0.kind == .regular && !notApplicable.contains($0.id) }.reduce(.zero) { $0 + $1.max }
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
