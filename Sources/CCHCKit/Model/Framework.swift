/// The catalogue for one level, province and year: domains of criteria with their maxima, and
/// the classification bands.
public struct Framework: Sendable {
    public var id: String
    public var title: String
    /// Bands from the highest minimum down; the last usually starts at 0.
    public var bands: [Band]
    public var domains: [Domain]

    /// The framework's total: the sum of its domains.
    public var max: Points { domains.reduce(.zero) { $0 + $1.max } }

    /// Every criterion, domain by domain.
    public var criteria: [Criterion] { domains.flatMap(\.criteria) }

    /// The criterion with this id.
    public func criterion(_ id: String) -> Criterion? {
        for domain in domains {
            if let c = domain.criteria.first(where: { $0.id == id }) { return c }
        }
        return nil
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
