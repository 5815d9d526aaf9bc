/// The catalogue for one level, province and year: domains of criteria with their maxima, and
/// the classification bands.
public struct Framework: Sendable {
    public let id: String
    public let title: String
    /// Bands from the highest minimum down; the last usually starts at 0.
    public let bands: [Band]
    public let domains: [Domain]
    /// Every criterion, domain by domain.
    public let criteria: [Criterion]
    /// The framework's total: the sum of its domains.
    public let max: Points
    private let positions: [String: Int]

    public init(id: String, title: String, bands: [Band], domains: [Domain]) {
        self.id = id
        self.title = title
        self.bands = bands
        self.domains = domains
        criteria = domains.flatMap(\.criteria)
        max = domains.reduce(.zero) { $0 + $1.max }
        var positions: [String: Int] = [:]
        for (i, c) in criteria.enumerated() where positions[c.id] == nil { positions[c.id] = i }
        self.positions = positions
    }

    /// The position of a criterion in `criteria`.
    public func position(of id: String) -> Int? { positions[id] }

    /// The criterion with this id.
    public func criterion(_ id: String) -> Criterion? {
        positions[id].map { criteria[$0] }
    }

    /// The criterion a deduction code belongs to: the longest criterion id that is a
    /// dot-separated prefix of the code (`8.3.2.2` → `8.3`).
    public func owner(ofCode code: String) -> Criterion? {
        var parts = code.split(separator: ".", omittingEmptySubsequences: false)
        while !parts.isEmpty {
            if let c = criterion(parts.joined(separator: ".")) { return c }
            parts.removeLast()
        }
        return nil
    }

    /// The band a total falls in, with the band above it (if any).
    public func band(for total: Points) -> (band: Band, next: Band?)? {
        for (i, band) in bands.enumerated() where total >= band.min {
            return (band, i > 0 ? bands[i - 1] : nil)
        }
        return nil
    }
}

/// A domain (lĩnh vực): a group of criteria whose maxima add up to the domain's max.
public struct Domain: Sendable {
    public var id: String
    public var title: String
    public var max: Points
    public var criteria: [Criterion]
}

/// A criterion (tiêu chí) with its max and default responsible department.
public struct Criterion: Sendable {
    public var id: String
    public var title: String
    public var max: Points
    public var department: String?
    /// The id of the domain the criterion belongs to.
    public var domainID: String
}

/// A classification band (xếp loại): totals at or above `min` get `label`.
public struct Band: Sendable, Equatable {
    public var min: Points
    public var label: String
}
