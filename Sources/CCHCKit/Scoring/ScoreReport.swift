/// Everything `cchc score` shows, computed once from a scorecard and its framework by walking
/// the framework's tree: each node's points, the stage totals and indices, the band and the
/// lost-points list. Pure values; rendering is apart.
public struct ScoreReport: Sendable {
    public let scorecard: Scorecard
    public let framework: Framework
    /// The stage that drives the band and the lost list.
    public let stage: Stage
    /// Each leaf's points, in the order of `framework.criteria`: a survey leaf's in every stage,
    /// nothing for a leaf marked `na` or not scored yet.
    public let criterionScores: [StageScores]
    /// Which leaves are marked `na`, in the order of `framework.criteria`.
    public let notApplicable: [Bool]
    /// Each node's points, in the order of `framework.nodes`: a leaf's own, a group's the sum of
    /// its leaves (unscored bonus and penalty leaves count 0); absent while a leaf under it that
    /// counts is not scored, or when every leaf under it is `na`.
    public let nodeScores: [StageScores]
    /// Each node's applicable max, in the order of `framework.nodes`: its leaves not `na`.
    public let nodeApplicable: [Points]
    /// Stage totals: regular + bonus − penalty; a stage is absent unless it is complete.
    public let totals: StageScores
    /// The regular points, the bonus and the penalty of each complete stage.
    public let regular: StageScores
    public let bonus: StageScores
    public let penalty: StageScores
    /// The applicable max: the regular leaves not marked `na`.
    public let applicable: Points
    /// Each complete stage's index: its total × 100 ÷ the applicable max.
    public let indices: StageScores
    public let domains: [DomainRow]
    /// The deductions of each node, in the order of `framework.nodes`, in file order.
    public let deductionsByNode: [[Deduction]]
    /// The lost-points list for `stage`, largest first; its points add up to applicable − regular.
    /// Made when asked for (`check` never needs it).
    public var lost: [LostItem] { Self.lostItems(self) }

    /// One domain's subtotals; a stage is absent when a leaf under it that counts has no score.
    public struct DomainRow: Sendable {
        public let domain: Domain
        public let scores: StageScores
        /// The domain's leaves not marked `na`.
        public let applicable: Points
        /// The domain's points × 100 ÷ its applicable max, per stage.
        public let indices: StageScores

        /// The points as they count toward the total: a penalty domain's negative.
        public var counted: StageScores { scores.counted(as: domain.kind) }
    }

    public init(scorecard: Scorecard, framework: Framework, stage: Stage = .final) {
        self.scorecard = scorecard
        self.framework = framework
        self.stage = stage
        let leaves = framework.criteria
        var scores = Array(repeating: StageScores(), count: leaves.count)
        var na = Array(repeating: false, count: leaves.count)
        for entry in scorecard.entries {
            guard let i = framework.position(of: entry) else { continue }
            na[i] = entry.na
            if leaves[i].survey {
                for s in framework.stages { scores[i][s] = entry.survey.map { leaves[i].max.share($0) } }
            } else {
                scores[i] = entry.scores
            }
        }
        criterionScores = scores
        notApplicable = na
        var byNode = Array(repeating: [Deduction](), count: framework.nodes.count)
        for d in scorecard.deductions ?? [] {
            if let i = framework.nodePosition(of: d.criterionID) { byNode[i].append(d) }
        }
        deductionsByNode = byNode

        // One walk over the tree: each node's sums from its leaves, in `framework.nodes` order. Nodes
        // are visited by position, never copied out of the framework.
        let nodes = framework.nodes
        let ends = framework.subtreeEnds
        let stages = framework.stages
        var nodeScores = Array(repeating: StageScores(), count: nodes.count)
        var nodeApplicable = Array(repeating: Points.zero, count: nodes.count)
        var leaf = 0
        func walk(_ at: Int) -> (sums: StageScores, applicable: Points, counted: Bool) {
            var sums = StageScores()
            var applicable = Points.zero
            var counted = false
            if nodes[at].isLeaf {
                let i = leaf
                leaf += 1
                if !na[i] {
                    counted = true
                    applicable = nodes[at].max
                    let regular = nodes[at].kind == .regular
                    for s in stages { sums[s] = scores[i][s] ?? (regular ? nil : .zero) }
                }
            } else {
                var complete = StageScores()
                for s in stages { (sums[s], complete[s]) = (.zero, .zero) }
                var child = at + 1
                while child < ends[at] {
                    let r = walk(child)
                    child = ends[child]
                    guard r.counted else { continue }
                    counted = true
                    applicable += r.applicable
                    for s in stages {
                        if let p = r.sums[s], complete[s] != nil {
                            sums[s] = (sums[s] ?? .zero) + p
                        } else {
                            complete[s] = nil
                            sums[s] = nil
                        }
                    }
                }
                if !counted { sums = StageScores() }
            }
            nodeScores[at] = sums
            nodeApplicable[at] = applicable
            return (sums, applicable, counted)
        }
        var rows: [DomainRow] = []
        var parts = (regular: StageScores(), bonus: StageScores(), penalty: StageScores())
        for s in framework.stages { (parts.regular[s], parts.bonus[s], parts.penalty[s]) = (.zero, .zero, .zero) }
        var at = 0
        for domain in framework.domains {
            let r = walk(at)
            at = ends[at]
            var indices = StageScores()
            for s in framework.stages { indices[s] = r.sums[s].flatMap { $0.index(of: r.applicable) } }
            rows.append(DomainRow(domain: domain, scores: r.sums, applicable: r.applicable, indices: indices))
            guard r.counted else { continue }
            for s in framework.stages {
                func add(_ part: inout StageScores) { part[s] = r.sums[s].flatMap { p in part[s].map { $0 + p } } }
                switch domain.kind {
                case .regular: add(&parts.regular)
                case .bonus: add(&parts.bonus)
                case .penalty: add(&parts.penalty)
                }
            }
        }
        self.nodeScores = nodeScores
        self.nodeApplicable = nodeApplicable
        domains = rows
        regular = parts.regular
        bonus = parts.bonus
        penalty = parts.penalty
        var applicable = Points.zero
        for i in leaves.indices where leaves[i].kind == .regular && !na[i] { applicable += leaves[i].max }
        self.applicable = applicable
        var totals = StageScores()
        var indices = StageScores()
        for s in framework.stages {
            guard let r = parts.regular[s], let b = parts.bonus[s], let p = parts.penalty[s] else { continue }
            totals[s] = r + b - p
            indices[s] = (r + b - p).index(of: applicable)
        }
        self.totals = totals
        self.indices = indices
    }

    /// The framework's maximum.
    public var max: Points { framework.max }

    /// The chosen stage's total, if the stage is complete.
    public var total: Points? { totals[stage] }

    /// The chosen stage's index, if the stage is complete.
    public var index: Points? { indices[stage] }

    /// Points lost in the chosen stage (applicable max − regular points), if the stage is complete.
    public var lostTotal: Points? { regular[stage].map { applicable - $0 } }

    /// The band of the chosen stage's index, and the band above it.
    public var band: (band: Band, next: Band?)? { index.flatMap { framework.band(for: $0) } }

    /// Whether the outputs must show the total, the applicable max and the index apart: they
    /// differ (the applicable max is not 100).
    public var showsIndex: Bool {
        applicable != Points(hundredths: 10_000) || totals != indices
    }

    /// A leaf's scores by id (a group's sums for a group id).
    public func scores(of id: String) -> StageScores {
        if let i = framework.position(of: id) { return criterionScores[i] }
        return framework.nodePosition(of: id).map { nodeScores[$0] } ?? StageScores()
    }

    /// A node's scores by id as they count toward the total: a penalty's negative.
    public func counted(of id: String) -> StageScores {
        scores(of: id).counted(as: framework.criterion(id)?.kind ?? .regular)
    }

    /// The leaves that count for a stage and have no score for it, in framework order: regular
    /// and survey leaves not marked `na` (bonus and penalty leaves count 0 unscored).
    public func missing(_ stage: Stage) -> [String] {
        guard framework.stages.contains(stage) else { return [] }
        var out: [String] = []
        let leaves = framework.criteria
        for i in leaves.indices
        where leaves[i].kind == .regular && !notApplicable[i] && criterionScores[i][stage] == nil {
            out.append(leaves[i].id)
        }
        return out
    }

    /// The nodes whose lost points are accounted for together: a leaf, or a group that carries
    /// deduction rows of its own (its code is written at the group's level). Only regular ones.
    public var accountingNodes: [Int] {
        var out: [Int] = []
        let nodes = framework.nodes
        var i = 0
        while i < nodes.count {
            guard nodes[i].kind == .regular, nodes[i].isLeaf || !deductionsByNode[i].isEmpty else {
                i += 1
                continue
            }
            out.append(i)
            // A group that is accounted for covers its whole subtree.
            i = nodes[i].isLeaf ? i + 1 : framework.subtreeEnds[i]
        }
        return out
    }

    /// The deduction rows at a node and under it, in tree then file order.
    public func deductions(atAndUnder position: Int) -> [Deduction] {
        (position..<framework.subtreeEnds[position]).flatMap { deductionsByNode[$0] }
    }

    /// The points of the deduction rows at a node and under it.
    public func deductedPoints(atAndUnder position: Int) -> Points {
        var sum = Points.zero
        for i in position..<framework.subtreeEnds[position] {
            for row in deductionsByNode[i] { sum += row.points }
        }
        return sum
    }

    /// The other stage, the latest first, whose loss at a node is `points`: the stage its
    /// deduction rows were written for.
    private func stage(losing points: Points, at node: Int) -> Stage? {
        framework.stages.reversed().first { s in
            s != stage && nodeScores[node][s].map { nodeApplicable[node] - $0 } == points
        }
    }

    private static func lostItems(_ report: ScoreReport) -> [LostItem] {
        let framework = report.framework
        let stage = report.stage
        var items: [(item: LostItem, position: Int)] = []
        for i in report.accountingNodes {
            let node = framework.nodes[i]
            guard let score = report.nodeScores[i][stage], score < report.nodeApplicable[i] else { continue }
            let lost = report.nodeApplicable[i] - score
            let rows = report.deductions(atAndUnder: i)
            let explained = rows.reduce(Points.zero) { $0 + $1.points }
            // Deduction rows describe the council's final score. When they explain exactly what
            // another stage lost and not what this one lost (3.1: 2 points at the final, 0,5 at
            // the appraisal), they were written for that stage: the criterion stands on its own,
            // the rows beside it, not counted. When they explain more than this stage lost and no
            // stage's loss, the criterion stands on its own too.
            let other = rows.isEmpty || explained == lost ? nil : report.stage(losing: explained, at: i)
            let counted = other == nil && explained <= lost
            if counted {
                items += rows.map { (LostItem(deduction: $0), i) }
            }
            let rest = counted ? lost - explained : lost
            if rest > .zero {
                let department = report.scorecard.entry(node.id)?.department ?? node.department ?? ""
                var item = LostItem(
                    code: node.id, criterionID: node.id, points: rest, content: node.title,
                    reason: nil, remediation: nil, responsible: department.isEmpty ? [] : [department],
                    formerly: [], fromDeduction: false)
                // Rows not counted are shown beside it all the same, never a criterion said to
                // have no deduction row while it has some (3.1.2 alone explains no stage's loss).
                if !counted, !rows.isEmpty {
                    item.otherStage = other
                    item.otherStageRows = rows.map(LostItem.init(deduction:))
                }
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
    /// The stage whose loss the criterion's deduction rows explain, when it is not the chosen
    /// one (`--stage appraised` where the rows were written for the final); the rows are then
    /// `otherStageRows`, shown beside the criterion and not counted in the chosen stage.
    /// Nil with rows there when the rows explain no stage's loss (1,5 where the appraisal lost
    /// 0,5 and the final 2): they are shown beside the criterion all the same, not counted.
    public internal(set) var otherStage: Stage?
    public internal(set) var otherStageRows: [LostItem] = []

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
