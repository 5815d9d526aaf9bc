/// An appraisal council's table for one year: every unit ranked by one stage's index (its total
/// × 100 ÷ its applicable max, the total itself when the max is 100), highest first; equal
/// indices share a rank (1, 2, 2, 4) and are listed in Vietnamese name order.
public struct Ranking: Sendable {
    /// One unit's line.
    public struct Row: Sendable {
        /// `nil` when the stage is incomplete and the unit is listed apart.
        public let rank: Int?
        public let unit: String
        public let file: String
        public let total: Points?
        /// The total × 100 ÷ the unit's applicable max: what ranks it.
        public let index: Points?
        public let band: String?
        /// Domain scores of the stage, in framework order (`nil` where incomplete).
        public let domains: [Points?]
        /// How many criteria have no score for the stage.
        public let missing: Int
        /// The rank the file says was published (`published.rank`).
        public let publishedRank: Int?
    }

    /// The best ranked unit of a domain: the first by name, and how many share its score.
    public struct Best: Sendable {
        public let domain: Domain
        public let score: Points
        public let unit: String
        public let sharing: Int
    }

    public let framework: Framework
    public let year: Int
    public let stage: Stage
    public let ranked: [Row]
    public let unranked: [Row]
    /// The mean and median of the ranked indices.
    public let mean: Points?
    public let median: Points?
    public let best: [Best]

    /// Ranks scored units; the reports must share one year and framework.
    public init(_ units: [(report: ScoreReport, file: String)], framework: Framework, year: Int, stage: Stage) {
        self.framework = framework
        self.year = year
        self.stage = stage
        let rows = units.map { unit, file in
            (
                unit: Text.name(unit.scorecard.unit), file: file, total: unit.totals[stage],
                index: unit.indices[stage],
                band: unit.indices[stage].flatMap { framework.band(for: $0)?.band.label },
                domains: unit.domains.map { $0.counted[stage] }, missing: unit.missing(stage).count,
                published: unit.scorecard.published?.rank
            )
        }
        let complete = rows.filter { $0.index != nil }.sorted { a, b in
            if a.index != b.index { return (a.index ?? .zero) > (b.index ?? .zero) }
            return Collation.precedes(a.unit, b.unit)
        }
        var ranked: [Row] = []
        for (i, r) in complete.enumerated() {
            let rank = i > 0 && ranked[i - 1].index == r.index ? ranked[i - 1].rank : i + 1
            ranked.append(
                Row(
                    rank: rank, unit: r.unit, file: r.file, total: r.total, index: r.index, band: r.band,
                    domains: r.domains,
                    missing: 0, publishedRank: r.published))
        }
        self.ranked = ranked
        unranked = rows.filter { $0.index == nil }.sorted { Collation.precedes($0.unit, $1.unit) }.map {
            Row(
                rank: nil, unit: $0.unit, file: $0.file, total: nil, index: nil, band: nil, domains: $0.domains,
                missing: $0.missing, publishedRank: $0.published)
        }
        let totals = ranked.compactMap(\.index).map(\.hundredths)
        mean = totals.isEmpty ? nil : Points(hundredths: Points.rounded(totals.reduce(0, +), totals.count))
        let sorted = totals.sorted()
        if sorted.isEmpty {
            median = nil
        } else if sorted.count % 2 == 1 {
            median = Points(hundredths: sorted[sorted.count / 2])
        } else {
            median = Points(hundredths: Points.rounded(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2], 2))
        }
        best = framework.domains.enumerated().compactMap { i, domain in
            let scored = ranked.compactMap { row in row.domains[i].map { (row.unit, $0) } }
            // A penalty is negative here, so the best is the highest for every kind of domain.
            guard let top = scored.map(\.1).max() else { return nil }
            let leaders = scored.filter { $0.1 == top }.map(\.0).sorted(by: Collation.precedes)
            return Best(domain: domain, score: top, unit: leaders.first ?? "", sharing: leaders.count)
        }
    }
}
