/// Everything `cchc score` shows, computed once from a scorecard and its framework: stage
/// totals, domain subtotals, the band and the lost-points list. Pure values; rendering is apart.
public struct ScoreReport: Sendable {
    public let scorecard: Scorecard
    public let framework: Framework
    /// The stage that drives the band and the lost list.
    public let stage: Stage
    /// Each criterion's scores, in the order of `framework.criteria`.
    public let criterionScores: [StageScores]
    /// Stage totals; a stage is absent unless every criterion has a score for it.
    public let totals: StageScores
    public let domains: [DomainRow]
    /// The deductions of each criterion, in the order of `framework.criteria`, in file order.
    public let deductionsByCriterion: [[Deduction]]
    /// The lost-points list for `stage`, largest first; its points add up to `max − total`.
    public let lost: [LostItem]

    /// One domain's subtotals; a stage is absent when a criterion under it has no score.
    public struct DomainRow: Sendable {
        public let domain: Domain
        public let scores: StageScores
    }

    public init(scorecard: Scorecard, framework: Framework, stage: Stage = .final) {
        self.scorecard = scorecard
        self.framework = framework
        self.stage = stage
        var scores = Array(repeating: StageScores(), count: framework.criteria.count)
        for entry in scorecard.entries {
            if let i = framework.position(of: entry.id) { scores[i] = entry.scores }
        }
        criterionScores = scores
        var byCriterion = Array(repeating: [Deduction](), count: framework.criteria.count)
        for d in scorecard.deductions ?? [] {
            if let i = framework.position(of: d.criterionID) { byCriterion[i].append(d) }
        }
        deductionsByCriterion = byCriterion

        var rows: [DomainRow] = []
        var start = 0
        for domain in framework.domains {
            let range = start..<(start + domain.criteria.count)
            start = range.upperBound
            var sums = StageScores()
            for s in Stage.allCases {
                var sum = Points.zero
                var complete = true
                for i in range {
                    guard let p = scores[i][s] else {
                        complete = false
                        break
                    }
                    sum += p
                }
                if complete { sums[s] = sum }
            }
            rows.append(DomainRow(domain: domain, scores: sums))
        }
        domains = rows
        var totals = StageScores()
        for s in Stage.allCases where rows.allSatisfy({ $0.scores[s] != nil }) {
            totals[s] = rows.reduce(.zero) { $0 + ($1.scores[s] ?? .zero) }
        }
        self.totals = totals
        lost = Self.lostItems(
            framework: framework, scorecard: scorecard, scores: scores, deductions: byCriterion, stage: stage)
    }

    /// The framework's maximum.
    public var max: Points { framework.max }

    /// The chosen stage's total, if the stage is complete.
    public var total: Points? { totals[stage] }

    /// Points lost in the chosen stage (max − total), if the stage is complete.
    public var lostTotal: Points? { total.map { max - $0 } }

    /// The band of the chosen stage's total, and the band above it.
    public var band: (band: Band, next: Band?)? { total.flatMap { framework.band(for: $0) } }

    /// A criterion's scores by id.
    public func scores(of id: String) -> StageScores {
        framework.position(of: id).map { criterionScores[$0] } ?? StageScores()
    }

    /// The criteria of the framework that have no score for a stage, in framework order.
    public func missing(_ stage: Stage) -> [String] {
        zip(framework.criteria, criterionScores).filter { $0.1[stage] == nil }.map(\.0.id)
    }

    private static func lostItems(
        framework: Framework, scorecard: Scorecard, scores: [StageScores], deductions: [[Deduction]], stage: Stage
    ) -> [LostItem] {
        var items: [(item: LostItem, position: Int)] = []
        for (i, criterion) in framework.criteria.enumerated() {
            guard let score = scores[i][stage], score < criterion.max else { continue }
            let lost = criterion.max - score
            let rows = deductions[i]
            let explained = rows.reduce(Points.zero) { $0 + $1.points }
            // Deduction rows describe the council's final score. When they explain more than this
            // stage lost, they belong to a later stage, so the criterion stands on its own.
            if explained <= lost {
                items += rows.map { (LostItem(deduction: $0), i) }
            }
            let rest = explained <= lost ? lost - explained : lost
            if rest > .zero {
                let department = scorecard.entry(criterion.id)?.department ?? criterion.department ?? ""
                let item = LostItem(
                    code: criterion.id, criterionID: criterion.id, points: rest, content: criterion.title,
                    reason: nil, remediation: nil, responsible: department.isEmpty ? [] : [department],
                    formerly: [], fromDeduction: false)
                items.append((item, i))
            }
        }
        // Largest first; equal points in framework order, then file order (the sort is stable).
        return items.enumerated().sorted { a, b in
            if a.element.item.points != b.element.item.points { return a.element.item.points > b.element.item.points }
            return (a.element.position, a.offset) < (b.element.position, b.offset)
        }.map(\.element.item)
    }
}

/// One row of the lost-points list: a deduction, or a criterion that lost points with no
/// deduction row (then its department is responsible).
public struct LostItem: Sendable, Equatable {
    /// The sub-criterion code, or the criterion id.
    public let code: String
    public let criterionID: String
    public let points: Points
    public let content: String?
    public let reason: String?
    public let remediation: String?
    public let responsible: [String]
    public let formerly: [String]
    /// Whether the row comes from the file's deductions; otherwise the department stands in.
    public let fromDeduction: Bool

    init(
        code: String, criterionID: String, points: Points, content: String?, reason: String?, remediation: String?,
        responsible: [String], formerly: [String], fromDeduction: Bool
    ) {
        self.code = code
        self.criterionID = criterionID
        self.points = points
        self.content = content
        self.reason = reason
        self.remediation = remediation
        self.responsible = responsible
        self.formerly = formerly
        self.fromDeduction = fromDeduction
    }

    init(deduction d: Deduction) {
        self.init(
            code: d.code, criterionID: d.criterionID, points: d.points, content: d.content, reason: d.reason,
            remediation: d.remediation, responsible: d.responsible, formerly: d.formerly, fromDeduction: true)
    }
}
