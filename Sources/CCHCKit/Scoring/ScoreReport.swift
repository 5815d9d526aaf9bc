/// Everything `cchc score` shows, computed once from a scorecard and its framework by walking
/// the framework's tree: each node's points, the stage totals and indices, the band and the
/// lost-points list. Pure values; rendering is apart. What only some outputs show (the domain
/// rows, the lost list) is made from these when asked for, so that `check` over thousands of
/// files pays for none of it.
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
    /// The file's deductions in tree order, as positions in `scorecard.deductions`: a node's own
    /// are `deductionOrder[deductionStarts[i]..<deductionStarts[i + 1]]`, in file order, so those
    /// at and under a node are one run (a subtree is one run of nodes). Both empty without
    /// deductions.
    private let deductionOrder: [Int]
    private let deductionStarts: [Int]

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

    /// Each domain's subtotals, in the framework's order: its node's. Made when asked for.
    public var domains: [DomainRow] {
        var rows: [DomainRow] = []
        rows.reserveCapacity(framework.domains.count)
        var at = 0
        for domain in framework.domains {
            let scores = nodeScores[at]
            let applicable = nodeApplicable[at]
            rows.append(
                DomainRow(domain: domain, scores: scores, applicable: applicable, indices: scores.index(of: applicable))
            )
            at = framework.subtreeEnds[at]
        }
        return rows
    }

    public init(scorecard: Scorecard, framework: Framework, stage: Stage = .final) {
        self.scorecard = scorecard
        self.framework = framework
        self.stage = stage
        // Zero in each of the framework's stages and nothing in the others: every sum starts here,
        // so that a stage the framework does not have stays empty.
        var zeros = StageScores()
        for s in framework.stages { zeros[s] = .zero }
        let leaves = framework.criteria
        var scores = [StageScores](repeating: StageScores(), count: leaves.count)
        var na = [Bool](repeating: false, count: leaves.count)
        // Entries are read in place, by position: a copy of one is a copy of its strings.
        let entries = scorecard.entries
        for k in entries.indices {
            guard let i = framework.position(of: entries[k].id, hint: entries[k].node) else { continue }
            na[i] = entries[k].na
            if leaves[i].survey {
                let share = entries[k].survey.map { leaves[i].max.share($0) }
                scores[i] = StageScores(selfAssessed: share, appraised: share, final: share) + zeros
            } else {
                scores[i] = entries[k].scores
            }
        }
        criterionScores = scores
        notApplicable = na
        (deductionOrder, deductionStarts) = Self.order(scorecard.deductions ?? [], in: framework)

        // Each node's sums from its leaves. `nodes` is depth first: walked from the end, a group's
        // children (the first at the next position, each next one where the one before ends) are
        // all done before it.
        let nodes = framework.nodes
        let ends = framework.subtreeEnds
        var nodeScores = [StageScores](repeating: StageScores(), count: nodes.count)
        var nodeApplicable = [Points](repeating: .zero, count: nodes.count)
        // Whether a leaf under the node is not `na`: a node without one counts nowhere.
        var counted = [Bool](repeating: false, count: nodes.count)
        var at = nodes.count
        while at > 0 {
            at -= 1
            if let leaf = framework.leafPositions[at] {
                guard !na[leaf] else { continue }
                counted[at] = true
                nodeApplicable[at] = nodes[at].max
                let own = scores[leaf] + zeros
                nodeScores[at] = nodes[at].kind == .regular ? own : own.or(zeros)
            } else {
                var sums = zeros
                var applicable = Points.zero
                var child = at + 1
                while child < ends[at] {
                    if counted[child] {
                        counted[at] = true
                        applicable += nodeApplicable[child]
                        sums = sums + nodeScores[child]
                    }
                    child = ends[child]
                }
                guard counted[at] else { continue }
                nodeScores[at] = sums
                nodeApplicable[at] = applicable
            }
        }
        self.nodeScores = nodeScores
        self.nodeApplicable = nodeApplicable

        var parts = (regular: zeros, bonus: zeros, penalty: zeros)
        var applicable = Points.zero
        at = 0
        while at < nodes.count {
            if counted[at] {
                switch nodes[at].kind {
                case .regular:
                    parts.regular = parts.regular + nodeScores[at]
                    applicable += nodeApplicable[at]
                case .bonus: parts.bonus = parts.bonus + nodeScores[at]
                case .penalty: parts.penalty = parts.penalty + nodeScores[at]
                }
            }
            at = ends[at]
        }
        regular = parts.regular
        bonus = parts.bonus
        penalty = parts.penalty
        self.applicable = applicable
        totals = parts.regular + parts.bonus - parts.penalty
        indices = totals.index(of: applicable)
    }

    /// The deductions sorted by their node in the tree, file order kept (a counting sort): their
    /// positions, and where each node's start (see `deductionOrder`).
    private static func order(_ deductions: [Deduction], in framework: Framework) -> (order: [Int], starts: [Int]) {
        guard !deductions.isEmpty else { return ([], []) }
        let count = framework.nodes.count
        var owners = [Int](repeating: count, count: deductions.count)
        // Each node's rows are counted two places on, so that once summed `starts[i + 1]` is
        // where node i's rows start, and moves on as they are placed, ending where they end.
        var starts = [Int](repeating: 0, count: count + 2)
        for k in deductions.indices {
            guard let node = framework.nodePosition(of: deductions[k].criterionID, hint: deductions[k].node)
            else { continue }
            owners[k] = node
            starts[node + 2] += 1
        }
        for i in 2..<starts.count { starts[i] += starts[i - 1] }
        var order = [Int](repeating: 0, count: starts[count + 1])
        for k in owners.indices where owners[k] < count {
            order[starts[owners[k] + 1]] = k
            starts[owners[k] + 1] += 1
        }
        starts.removeLast()
        return (order, starts)
    }

    /// Where in `deductionOrder` the rows at a node and under it are, in tree then file order.
    private func deductionRange(atAndUnder position: Int) -> Range<Int> {
        guard !deductionStarts.isEmpty else { return 0..<0 }
        return deductionStarts[position]..<deductionStarts[framework.subtreeEnds[position]]
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
        // The regular points of a stage are known only when every leaf that counts is scored.
        guard framework.stages.contains(stage), regular[stage] == nil else { return [] }
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
        forEachAccountingNode { out.append($0) }
        return out
    }

    /// Calls `body` with each of `accountingNodes` in turn, without making the list: `check`
    /// goes through them for every file.
    func forEachAccountingNode(_ body: (Int) -> Void) {
        let nodes = framework.nodes
        var i = 0
        while i < nodes.count {
            guard nodes[i].kind == .regular, nodes[i].isLeaf || hasOwnDeductions(i) else {
                i += 1
                continue
            }
            body(i)
            // A group that is accounted for covers its whole subtree.
            i = nodes[i].isLeaf ? i + 1 : framework.subtreeEnds[i]
        }
    }

    /// Whether deduction rows are written at a node itself.
    private func hasOwnDeductions(_ node: Int) -> Bool {
        !deductionStarts.isEmpty && deductionStarts[node + 1] > deductionStarts[node]
    }

    /// The deduction rows at a node and under it, in tree then file order.
    public func deductions(atAndUnder position: Int) -> [Deduction] {
        let all = scorecard.deductions ?? []
        return deductionOrder[deductionRange(atAndUnder: position)].map { all[$0] }
    }

    /// The points of the deduction rows at a node and under it.
    public func deductedPoints(atAndUnder position: Int) -> Points {
        let rows = deductionRange(atAndUnder: position)
        guard !rows.isEmpty, let all = scorecard.deductions else { return .zero }
        var sum = Points.zero
        for k in deductionOrder[rows] { sum += all[k].points }
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
