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
    /// What the report knows of each node, in the order of `framework.nodes`: one array, made
    /// in one walk of the tree, rather than one array for each figure.
    private let figures: [NodeFigures]
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

    /// One node's figures.
    private struct NodeFigures {
        /// A leaf's points as the scorecard gives them: a survey leaf's in every stage, nothing
        /// for a leaf marked `na` or not scored yet. Nothing for a group.
        var own = StageScores()
        /// The node's points: a leaf's own, a group's the sum of its leaves (unscored bonus and
        /// penalty leaves count 0); absent while a leaf under it that counts is not scored, or
        /// when every leaf under it is `na`.
        var scores = StageScores()
        /// The node's applicable max: its leaves not `na`.
        var applicable = Points.zero
        /// The points of the deduction rows at the node and under it.
        var deducted = Points.zero
        /// The position in `scorecard.entries` of a leaf's entry.
        var entry: Int?
        /// The position in `scorecard.deductions` of the first row written at the node itself.
        var firstRow: Int?
        /// A leaf marked `na`.
        var notApplicable = false
        /// Whether a leaf under the node (or the leaf itself) is not `na`: a node without one
        /// counts nowhere.
        var counted = false
    }

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
            let node = figures[at]
            rows.append(
                DomainRow(
                    domain: domain, scores: node.scores, applicable: node.applicable,
                    indices: node.scores.index(of: node.applicable)))
            at = framework.subtreeEnds[at]
        }
        return rows
    }

    public init(scorecard: Scorecard, framework: Framework, stage: Stage = .final) {
        self.framework = framework
        self.stage = stage
        // Zero in each of the framework's stages and nothing in the others: every sum starts here,
        // so that a stage the framework does not have stays empty.
        var zeros = StageScores()
        for s in framework.stages { zeros[s] = .zero }
        let figures = Self.figures(of: scorecard, in: framework, zeros: zeros)
        let nodes = framework.nodes
        let ends = framework.subtreeEnds
        var at = 0
        var parts = (regular: zeros, bonus: zeros, penalty: zeros)
        var applicable = Points.zero
        while at < nodes.count {
            if figures[at].counted {
                switch nodes[at].kind {
                case .regular:
                    parts.regular = parts.regular + figures[at].scores
                    applicable += figures[at].applicable
                case .bonus: parts.bonus = parts.bonus + figures[at].scores
                case .penalty: parts.penalty = parts.penalty + figures[at].scores
                }
            }
            at = ends[at]
        }
        self.figures = figures
        // Kept last: taken over as it is, not copied.
        self.scorecard = scorecard
        regular = parts.regular
        bonus = parts.bonus
        penalty = parts.penalty
        self.applicable = applicable
        totals = parts.regular + parts.bonus - parts.penalty
        indices = totals.index(of: applicable)
    }

    /// Each node's figures, in one array made in three walks: the entries and the deduction rows
    /// to their nodes, then the tree from its end. Read through unsafe buffers: the positions
    /// come from the framework's own tree (`subtreeEnds`) or are checked by `nodePosition`.
    private static func figures(of scorecard: Scorecard, in framework: Framework, zeros: StageScores)
        -> [NodeFigures]
    {
        let allStages = framework.stages.count == Stage.allCases.count
        // Reserved, then appended: `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)`
        // look up the array's type at run time, a tenth of the whole walk for sixty nodes.
        var figures: [NodeFigures] = []
        figures.reserveCapacity(framework.nodes.count)
        for _ in framework.nodes.indices { figures.append(NodeFigures()) }
        figures.withUnsafeMutableBufferPointer { figures in
            framework.nodes.withUnsafeBufferPointer { nodes in
                // Entries and rows are read in place, by position: a copy of one is a copy of its strings.
                scorecard.entries.withUnsafeBufferPointer { entries in
                    for k in entries.indices {
                        guard let at = framework.nodePosition(of: entries[k].id, hint: entries[k].node),
                            framework.subtreeEnds[at] == at + 1
                        else { continue }
                        figures[at].entry = k
                        figures[at].notApplicable = entries[k].na
                        if nodes[at].survey {
                            let share = entries[k].survey.map { nodes[at].max.share($0) }
                            figures[at].own = StageScores(selfAssessed: share, appraised: share, final: share) + zeros
                        } else {
                            figures[at].own = entries[k].scores
                        }
                    }
                }
                scorecard.deductions?.withUnsafeBufferPointer { deductions in
                    for k in deductions.indices {
                        guard let at = framework.nodePosition(of: deductions[k].criterionID, hint: deductions[k].node)
                        else { continue }
                        figures[at].deducted += deductions[k].points
                        if figures[at].firstRow == nil { figures[at].firstRow = k }
                    }
                }
                framework.subtreeEnds.withUnsafeBufferPointer { ends in
                    // Each node's sums from its leaves. `nodes` is depth first: walked from the end, a
                    // group's children (the first at the next position, each next one where the one
                    // before ends) are all done before it. A leaf's subtree is itself.
                    var at = nodes.count
                    while at > 0 {
                        at -= 1
                        if ends[at] == at + 1 {
                            guard !figures[at].notApplicable else { continue }
                            figures[at].counted = true
                            figures[at].applicable = nodes[at].max
                            // A framework of every stage has a score or none in each: nothing to add.
                            let own = allStages ? figures[at].own : figures[at].own + zeros
                            figures[at].scores = nodes[at].kind == .regular ? own : own.or(zeros)
                        } else {
                            var sums = zeros
                            var applicable = Points.zero
                            var counted = false
                            var deducted = figures[at].deducted
                            var child = at + 1
                            while child < ends[at] {
                                deducted += figures[child].deducted
                                if figures[child].counted {
                                    counted = true
                                    applicable += figures[child].applicable
                                    sums = sums + figures[child].scores
                                }
                                child = ends[child]
                            }
                            figures[at].deducted = deducted
                            guard counted else { continue }
                            figures[at].counted = true
                            figures[at].scores = sums
                            figures[at].applicable = applicable
                        }
                    }
                }
            }
        }
        return figures
    }

    /// A node's points (in the order of `framework.nodes`): a leaf's own, as the scorecard
    /// gives them (nothing when it is `na` or not scored); a group's the sum of its leaves.
    public func scores(at node: Int) -> StageScores {
        framework.leafPositions[node] != nil ? figures[node].own : figures[node].scores
    }

    /// A node's points as they count toward the sums: a leaf's own with an unscored bonus or
    /// penalty leaf's 0, a group's the sum of its leaves; absent while a leaf under it that
    /// counts is not scored, or when every leaf under it is `na`.
    public func sums(at node: Int) -> StageScores { figures[node].scores }

    /// A node's applicable max: its leaves not `na`.
    public func applicable(at node: Int) -> Points { figures[node].applicable }

    /// Whether the node is a leaf marked `na`.
    public func isNotApplicable(at node: Int) -> Bool { figures[node].notApplicable }

    /// Whether a leaf has a score for `stage`.
    public func hasScores(_ stage: Stage) -> Bool {
        framework.nodes.indices.contains { framework.leafPositions[$0] != nil && figures[$0].own[stage] != nil }
    }

    /// The deductions sorted by their node in the tree, file order kept (a counting sort): their
    /// positions, and where each node's start, so that a node's own are
    /// `order[starts[i]..<starts[i + 1]]` and those at and under a node are one run (a subtree
    /// is one run of nodes). Made for the lost list only.
    private static func order(_ deductions: [Deduction], in framework: Framework) -> (order: [Int], starts: [Int]) {
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
        framework.nodePosition(of: id).map { scores(at: $0) } ?? StageScores()
    }

    /// A node's scores by id as they count toward the total: a penalty's negative.
    public func counted(of id: String) -> StageScores {
        scores(of: id).counted(as: framework.criterion(id)?.kind ?? .regular)
    }

    /// The leaves that count for a stage and have no score for it, in framework order: regular
    /// and survey leaves not marked `na` (bonus and penalty leaves count 0 unscored).
    public func missing(_ stage: Stage) -> [String] {
        // The regular points of a stage are known only when every leaf that counts is scored.
        guard framework.carries(stage), regular[stage] == nil else { return [] }
        var out: [String] = []
        let nodes = framework.nodes
        for i in nodes.indices where framework.leafPositions[i] != nil && nodes[i].kind == .regular {
            if !figures[i].notApplicable, figures[i].own[stage] == nil { out.append(nodes[i].id) }
        }
        return out
    }

    /// The nodes whose lost points are accounted for together: a leaf, or a group that carries
    /// deduction rows of its own (its code is written at the group's level). Only regular ones.
    public var accountingNodes: [Int] {
        var out: [Int] = []
        forEachAccountingNode { out.append($0.position) }
        return out
    }

    /// An accounting node with what `check` weighs of it: its lost points against its rows'.
    struct AccountingNode {
        let position: Int
        /// Scored from a survey's percentage.
        let survey: Bool
        /// Its points as they count toward the sums (`sums(at:)`).
        let sums: StageScores
        let applicable: Points
        /// The points of the deduction rows at it and under it.
        let deducted: Points
    }

    /// Calls `body` with each of `accountingNodes` in turn and its figures, without making the
    /// list: `check` goes through them for every file.
    func forEachAccountingNode(_ body: (AccountingNode) -> Void) {
        framework.nodes.withUnsafeBufferPointer { nodes in
            framework.subtreeEnds.withUnsafeBufferPointer { ends in
                figures.withUnsafeBufferPointer { figures in
                    var i = 0
                    while i < nodes.count {
                        // A leaf's subtree is itself.
                        guard nodes[i].kind == .regular, ends[i] == i + 1 || figures[i].firstRow != nil else {
                            i += 1
                            continue
                        }
                        body(
                            AccountingNode(
                                position: i, survey: nodes[i].survey, sums: figures[i].scores,
                                applicable: figures[i].applicable, deducted: figures[i].deducted))
                        // A group that is accounted for covers its whole subtree.
                        i = ends[i]
                    }
                }
            }
        }
    }

    /// The points of the deduction rows at a node and under it.
    public func deductedPoints(atAndUnder position: Int) -> Points { figures[position].deducted }

    /// Where a warning about a node points: its entry, or else the first deduction row at it or
    /// under it in tree then file order.
    func offset(of node: Int) -> Int? {
        if let k = figures[node].entry { return scorecard.entries[k].offset }
        guard let deductions = scorecard.deductions else { return nil }
        for i in node..<framework.subtreeEnds[node] {
            if let k = figures[i].firstRow { return deductions[k].offset }
        }
        return nil
    }

    /// The other stage, the latest first, whose loss at a node is `points`: the stage its
    /// deduction rows were written for.
    private func stage(losing points: Points, at node: Int) -> Stage? {
        framework.stages.reversed().first { s in
            s != stage && figures[node].scores[s].map { figures[node].applicable - $0 } == points
        }
    }

    private static func lostItems(_ report: ScoreReport) -> [LostItem] {
        let framework = report.framework
        let stage = report.stage
        let all = report.scorecard.deductions ?? []
        let (order, starts) = all.isEmpty ? ([], []) : Self.order(all, in: framework)
        var items: [(item: LostItem, position: Int)] = []
        for i in report.accountingNodes {
            let node = framework.nodes[i]
            let figures = report.figures[i]
            guard let score = figures.scores[stage], score < figures.applicable else { continue }
            let lost = figures.applicable - score
            // The rows at the node and under it, in tree then file order.
            let rows = starts.isEmpty ? [] : order[starts[i]..<starts[framework.subtreeEnds[i]]].map { all[$0] }
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
