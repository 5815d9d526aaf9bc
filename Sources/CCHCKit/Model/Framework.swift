/// The catalogue for one level, province and year: one tree of domains, criteria and
/// sub-criteria with their maxima, the stages its scorecards carry, and the classification bands.
///
/// A class, and not a struct, though nothing in it ever changes: a reader passes it to every
/// criterion it reads, and a reference is one word to pass where a struct of a dozen arrays
/// is a dozen to retain and release.
public final class Framework: Sendable {
    public let id: String
    public let title: String
    /// Bands from the highest minimum down; the last usually starts at 0.
    public let bands: [Band]
    /// The top of the tree: the domains (lĩnh vực), regular ones and any bonus or penalty.
    public let domains: [Domain]
    /// Every leaf (the nodes that are scored), in the tree's order.
    public let criteria: [Criterion]
    /// Every node of the tree, groups and leaves, depth first.
    public let nodes: [Criterion]
    /// The framework's max: the sum of its regular domains (bonus and penalty are outside it).
    public let max: Points
    /// The stages this framework's scorecards carry, in process order.
    public let stages: [Stage]
    /// The same, one bit a stage by its order: asked for each score a reader reads.
    private let stageBits: UInt8
    /// What the decision says about itself; all optional.
    public let about: About
    /// For each node of `nodes`, the position after its subtree: its children start at the next
    /// position, each child's subtree ends where the next child starts.
    public let subtreeEnds: [Int]
    /// For each node of `nodes`, its position in `criteria`; nil for a group.
    public let leafPositions: [Int?]
    private let positions: IDIndex
    private let nodePositions: IDIndex

    /// Whether this framework's scorecards carry `stage`.
    func carries(_ stage: Stage) -> Bool { stageBits & 1 << stage.order != 0 }

    /// Who the framework is for and where it comes from.
    public struct About: Sendable, Equatable {
        /// xã, phường, huyện, sở.
        public var level: String?
        public var province: String?
        /// The years it applies to; empty when it does not say.
        public var years: [Int] = []
        /// The decision that issued it.
        public var source: String?

        public init(level: String? = nil, province: String? = nil, years: [Int] = [], source: String? = nil) {
            self.level = level
            self.province = province
            self.years = years
            self.source = source
        }
    }

    public init(
        id: String, title: String, bands: [Band], domains: [Domain], stages: [Stage] = Stage.allCases,
        about: About = About()
    ) {
        self.id = id
        self.title = title
        self.bands = bands
        self.domains = domains
        self.stages = stages
        stageBits = stages.reduce(0) { $0 | 1 << $1.order }
        self.about = about
        nodes = domains.flatMap(\.subtree)
        criteria = nodes.filter(\.isLeaf)
        max = domains.filter { $0.kind == .regular }.reduce(.zero) { $0 + $1.max }
        positions = IDIndex(criteria.map(\.id))
        nodePositions = IDIndex(nodes.map(\.id))
        var ends = [Int](repeating: 0, count: nodes.count)
        func fill(_ node: Criterion, at position: Int) -> Int {
            var next = position + 1
            for child in node.criteria { next = fill(child, at: next) }
            ends[position] = next
            return next
        }
        var next = 0
        for domain in domains { next = fill(domain, at: next) }
        subtreeEnds = ends
        var leaf = 0
        leafPositions = nodes.map { node in
            guard node.isLeaf else { return nil }
            leaf += 1
            return leaf - 1
        }
    }

    /// The position of a leaf in `criteria`.
    public func position(of id: String) -> Int? { positions[id] }

    /// The position of a node in `nodes`.
    public func nodePosition(of id: String) -> Int? { nodePositions[id] }

    /// The position in `criteria` of the leaf `id`: `hint` (its position in `nodes`, where a
    /// reader found it) without a look-up, when the node there is that leaf.
    public func position(of id: String, hint: Int?) -> Int? {
        if let hint, hint < nodes.count, nodes[hint].id == id, let leaf = leafPositions[hint] { return leaf }
        return positions[id]
    }

    /// The position of a node in `nodes`: `hint` (where a reader found it) without a look-up,
    /// when the node there has the id.
    public func nodePosition(of id: String, hint: Int?) -> Int? {
        if let hint, hint < nodes.count, nodes[hint].id == id { return hint }
        return nodePositions[id]
    }

    /// The id of the node at `position` (taken from the index: the node is not copied).
    func nodeID(at position: Int) -> String { nodePositions.ids[position] }

    /// `nodePosition(of:hint:)` for an id written in plain ASCII, from its bytes: nil when it
    /// is not found that way (then ask with a `String`).
    func nodePosition(ascii id: UnsafeBufferPointer<UInt8>, hint: Int?) -> Int? {
        if let hint, hint < nodes.count, nodes[hint].id.hasUTF8(id) { return hint }
        return nodePositions[ascii: id]
    }

    /// The node (a group or a leaf) with this id.
    public func criterion(_ id: String) -> Criterion? {
        nodePositions[id].map { nodes[$0] }
    }

    /// The node a deduction code belongs to: the one with the longest id that is a
    /// dot-separated prefix of the code (`8.3.2.2` → `8.3`), the deepest that matches.
    public func owner(ofCode code: String) -> Criterion? {
        ownerPosition(ofCode: code).map { nodes[$0] }
    }

    /// The position in `nodes` of the owner of a deduction code (see `owner(ofCode:)`).
    public func ownerPosition(ofCode code: String) -> Int? {
        var code = code
        if let found = code.withUTF8(ownerPosition(ofASCII:)) { return found }
        var prefix = code[...]
        while true {
            if let i = nodePositions[String(prefix)] { return i }
            // A dot is a character here, as it always was: a dot that a combining mark follows
            // (`.́`) is another character, not a place to cut the code.
            guard let dot = prefix.lastIndex(of: ".") else { return nil }
            prefix = prefix[..<dot]
        }
    }

    /// `ownerPosition(ofCode:)` for a code in ASCII, its prefixes looked up by their bytes
    /// without making a `String` of each; nil when only the long way can tell.
    private func ownerPosition(ofASCII code: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard nodePositions.isHashed, !code.contains(where: { $0 >= 0x80 }) else { return nil }
        var end = code.count
        while true {
            if let i = nodePositions[ascii: UnsafeBufferPointer(rebasing: code[..<end])] { return i }
            guard let dot = code[..<end].lastIndex(of: UInt8(ascii: ".")) else { return .some(nil) }
            end = dot
        }
    }

    /// The leaves under a node (the node itself when it is a leaf), in order.
    public func leaves(under id: String) -> [Criterion] {
        criterion(id).map { $0.subtree.filter(\.isLeaf) } ?? []
    }

    /// The applicable max: the sum of the maxima of the regular leaves not marked `na`.
    public func applicableMax(notApplicable: Set<String>) -> Points {
        var sum = Points.zero
        for i in criteria.indices where criteria[i].kind == .regular {
            if notApplicable.isEmpty || !notApplicable.contains(criteria[i].id) { sum += criteria[i].max }
        }
        return sum
    }

    /// The band an index falls in, with the band above it (if any).
    public func band(for index: Points) -> (band: Band, next: Band?)? {
        for (i, band) in bands.enumerated() where index >= band.min {
            return (band, i > 0 ? bands[i - 1] : nil)
        }
        return nil
    }

    /// Whether the framework uses nothing of SPEC §6 beyond two plain levels: its outputs are
    /// then those of the two-level model, byte for byte.
    public var isPlain: Bool {
        nodes.allSatisfy { !$0.optional && !$0.survey && $0.kind == .regular }
    }
}

/// A domain (lĩnh vực): the top node of the tree.
public typealias Domain = Criterion

/// A node of the framework's tree: a domain, a criterion (tiêu chí) or a sub-criterion (tiêu chí
/// thành phần). A node with `criteria` is a group whose max is the sum of theirs; a node without
/// is a leaf, the only kind that is scored.
public struct Criterion: Sendable {
    /// What a domain's points do to the total.
    public enum Kind: String, Sendable {
        /// Counts toward the max and the index.
        case regular
        /// Điểm thưởng: added, outside the max.
        case bonus
        /// Điểm trừ: subtracted, outside the max.
        case penalty
    }

    public var id: String
    public var title: String
    public var max: Points
    public var department: String?
    /// The node's children; empty for a leaf.
    public var criteria: [Criterion]
    /// The text fields of the node's `extra` object (a decision's Ghi chú, Cách chấm điểm…),
    /// kept and written back, never checked.
    public var extra: [(key: String, value: String)] = []
    /// "(nếu có)": a scorecard may mark the leaf not applicable; inherited from a group.
    public var optional: Bool
    /// Scored from a sociological survey's percentage; inherited from a group.
    public var survey: Bool
    /// The kind of the domain the node is under.
    public var kind: Kind
    /// The id of the domain the node belongs to (its own id for a domain).
    public var domainID: String
    /// The id of the node above, nil for a domain.
    public var parentID: String?
    /// 0 for a domain, 1 for a criterion, 2 for a sub-criterion…
    public var depth: Int

    public init(
        id: String, title: String, max: Points, department: String? = nil, criteria: [Criterion] = [],
        optional: Bool = false, survey: Bool = false, kind: Kind = .regular, domainID: String? = nil,
        parentID: String? = nil, depth: Int = 0
    ) {
        self.id = id
        self.title = title
        self.max = max
        self.department = department
        self.criteria = criteria
        self.optional = optional
        self.survey = survey
        self.kind = kind
        self.domainID = domainID ?? id
        self.parentID = parentID
        self.depth = depth
    }

    /// Whether the node is scored itself (it has no children).
    public var isLeaf: Bool { criteria.isEmpty }

    /// The node and every node under it, depth first.
    public var subtree: [Criterion] { [self] + criteria.flatMap(\.subtree) }
}

/// A classification band (xếp loại): indices at or above `min` get `label`.
public struct Band: Sendable, Equatable {
    public var min: Points
    public var label: String
}
