/// Everything `cchc score` shows, computed once from a scorecard and its framework: stage
/// totals, domain subtotals, the band and the lost-points list. Pure values; rendering is apart.
public struct ScoreReport: Sendable {
    public let scorecard: Scorecard
    public let framework: Framework
    /// The stage that drives the band and the lost list.
    public let stage: Stage
    /// Each criterion's scores by id.
    public let criterionScores: [String: [Stage: Points]]
    /// Stage totals; a stage is absent unless every criterion has a score for it.
    public let totals: [Stage: Points]
    public let domains: [DomainRow]
    /// The lost-points list for `stage`, largest first; its points add up to `max − total`.
    public let lost: [LostItem]

    /// One domain's subtotals; a stage is absent when a criterion under it has no score.
    public struct DomainRow: Sendable {
        public let domain: Domain
        public let scores: [Stage: Points]
    }

    public init(scorecard: Scorecard, framework: Framework, stage: Stage = .final) {
        self.scorecard = scorecard
        self.framework = framework
        self.stage = stage
        var scores: [String: [Stage: Points]] = [:]
        for entry in scorecard.entries { scores[entry.id] = entry.scores }
        criterionScores = scores
        domains = framework.domains.map { domain in
            var sums: [Stage: Points] = [:]
            for s in Stage.allCases {
                var sum = Points.zero
                var complete = true
                for c in domain.criteria {
                    guard let p = scores[c.id]?[s] else {
                        complete = false
                        break
                    }
                    sum += p
                }
                if complete { sums[s] = sum }
            }
            return DomainRow(domain: domain, scores: sums)
        }
        var totals: [Stage: Points] = [:]
        for s in Stage.allCases where domains.allSatisfy({ $0.scores[s] != nil }) {
            totals[s] = domains.reduce(.zero) { $0 + ($1.scores[s] ?? .zero) }
        }
        self.totals = totals
        lost = Self.lostItems(framework: framework, scorecard: scorecard, scores: scores, stage: stage)
    }

    /// The framework's maximum.
    public var max: Points { framework.max }

    /// The chosen stage's total, if the stage is complete.
    public var total: Points? { totals[stage] }

    /// Points lost in the chosen stage (max − total), if the stage is complete.
    public var lostTotal: Points? { total.map { max - $0 } }

    /// The band of the chosen stage's total, and the band above it.
    public var band: (band: Band, next: Band?)? { total.flatMap { framework.band(for: $0) } }

    /// The criteria of the framework that have no score for a stage, in framework order.
    public func missing(_ stage: Stage) -> [String] {
        framework.criteria.filter { criterionScores[$0.id]?[stage] == nil }.map(\.id)
    }

    /// The deductions of one criterion, in file order.
    public func deductions(of criterionID: String) -> [Deduction] {
        (scorecard.deductions ?? []).filter { $0.criterionID == criterionID }
    }

    private static func lostItems(
        framework: Framework, scorecard: Scorecard, scores: [String: [Stage: Points]], stage: Stage
    ) -> [LostItem] {
        var items: [LostItem] = []
        var order: [String: Int] = [:]
        for criterion in framework.criteria {
            order[criterion.id] = order.count
            guard let score = scores[criterion.id]?[stage], score < criterion.max else { continue }
            let lost = criterion.max - score
            let rows = (scorecard.deductions ?? []).filter { $0.criterionID == criterion.id }
            let explained = rows.reduce(Points.zero) { $0 + $1.points }
            // Deduction rows describe the council's final score. When they explain more than this
            // stage lost, they belong to a later stage, so the criterion stands on its own.
            if explained <= lost {
                items += rows.map { LostItem(deduction: $0) }
            }
            let rest = explained <= lost ? lost - explained : lost
            if rest > .zero {
                let department =
                    scorecard.entry(criterion.id)?.department ?? criterion.department ?? ""
                items.append(
                    LostItem(
                        code: criterion.id, criterionID: criterion.id, points: rest, content: criterion.title,
                        reason: nil, remediation: nil, responsible: department.isEmpty ? [] : [department],
                        formerly: [], fromDeduction: false))
            }
        }
        return items.enumerated().sorted { a, b in
            if a.element.points != b.element.points { return a.element.points > b.element.points }
            let oa = order[a.element.criterionID] ?? 0
            let ob = order[b.element.criterionID] ?? 0
            return oa != ob ? oa < ob : a.offset < b.offset
        }.map(\.element)
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
