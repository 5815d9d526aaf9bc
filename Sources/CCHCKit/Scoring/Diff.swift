/// The change between two scored sides: two stages of one scorecard (self → appraised), or one
/// stage of two scorecards (two years, or two versions of one file). Domains and criteria are
/// matched by id.
public struct Diff: Sendable {
    /// One side of the comparison.
    public struct Side: Sendable {
        public let report: ScoreReport
        public let stage: Stage
        /// The file as named on the command line.
        public let file: String
    }

    /// An old and a new value; a side without a score is `nil`, never zero.
    public struct Change: Sendable {
        public let old: Points?
        public let new: Points?
        /// `new − old`, when both are there.
        public var change: Points? {
            guard let old, let new else { return nil }
            return new - old
        }
        /// Whether the two differ, counting a missing score as different from a present one.
        public var differs: Bool { old != new }
    }

    /// A domain's subtotals.
    public struct DomainChange: Sendable {
        public let id: String
        public let title: String
        public let value: Change
    }

    /// A criterion (a leaf, or a group under a domain) whose score differs.
    public struct CriterionChange: Sendable {
        public let id: String
        public let domainID: String
        public let title: String
        public let value: Change
        /// 1 for a criterion under its domain, 2 for a sub-criterion…
        public var depth = 1
    }

    public let from: Side
    public let to: Side
    /// The two sides are stages of one scorecard (rather than two files).
    public let isStageDiff: Bool
    public let total: Change
    /// The two indices (total × 100 ÷ applicable max), which differ from the totals when a side's
    /// applicable max is not 100.
    public let index: Change
    /// Every domain of either side, in the order of the new side's framework, then the old's.
    public let domains: [DomainChange]
    /// The nodes under the domains whose scores differ, in the tree's order (a group before
    /// its children).
    public let criteria: [CriterionChange]
    /// Criteria only one of the two frameworks has.
    public let onlyInOld: [String]
    public let onlyInNew: [String]

    /// Whether the index must be shown apart from the total: it differs on either side.
    public var showsIndex: Bool { index.old != total.old || index.new != total.new }

    /// Whether anything differs.
    public var hasDifferences: Bool {
        !criteria.isEmpty || !onlyInOld.isEmpty || !onlyInNew.isEmpty || total.differs
    }

    /// Whether a side's total is its published figure, its stage not being fully scored.
    public func usesPublished(_ side: Side) -> Bool {
        !isStageDiff && side.report.totals[side.stage] == nil
            && side.report.scorecard.published?.totals[side.stage] != nil
    }

    /// Whether both sides share one framework.
    public var sameFramework: Bool { from.report.framework.id == to.report.framework.id }
    /// Whether both sides are of one unit, however its name is spelt.
    public var sameUnit: Bool { Text.sameUnit(from.report.scorecard.unit, to.report.scorecard.unit) }

    public init(from: Side, to: Side, isStageDiff: Bool = false) {
        self.from = from
        self.to = to
        self.isStageDiff = isStageDiff
        // Two files: a side whose stage is not fully scored stands on its published figure, as in
        // `trend` (SPEC §4); a published figure is an index already.
        func published(_ side: Side) -> Points? {
            isStageDiff ? nil : side.report.scorecard.published?.totals[side.stage]
        }
        total = Change(
            old: from.report.totals[from.stage] ?? published(from), new: to.report.totals[to.stage] ?? published(to))
        index = Change(
            old: from.report.indices[from.stage] ?? published(from), new: to.report.indices[to.stage] ?? published(to))
        let oldDomains = from.report.domains
        let newDomains = to.report.domains
        var ids = newDomains.map(\.domain.id)
        for d in oldDomains where !ids.contains(d.domain.id) { ids.append(d.domain.id) }
        domains = ids.map { id in
            let old = oldDomains.first { $0.domain.id == id }
            let new = newDomains.first { $0.domain.id == id }
            return DomainChange(
                id: id, title: new?.domain.title ?? old?.domain.title ?? id,
                value: Change(old: old?.counted[from.stage], new: new?.counted[to.stage]))
        }
        let oldFramework = from.report.framework
        let newFramework = to.report.framework
        var changes: [CriterionChange] = []
        for node in newFramework.nodes where node.depth > 0 && oldFramework.criterion(node.id) != nil {
            let value = Change(
                old: from.report.counted(of: node.id)[from.stage], new: to.report.counted(of: node.id)[to.stage])
            guard value.differs else { continue }
            changes.append(
                CriterionChange(
                    id: node.id, domainID: node.domainID, title: node.title, value: value, depth: node.depth))
        }
        criteria = changes
        onlyInOld = oldFramework.criteria.map(\.id).filter { newFramework.criterion($0) == nil }
        onlyInNew = newFramework.criteria.map(\.id).filter { oldFramework.criterion($0) == nil }
    }
}
