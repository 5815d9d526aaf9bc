/// One unit over the years, oldest first: each year's total for a stage (computed, or the
/// published figure when the details are lost), its band, the change from the year before, the
/// published rank, and each domain's score where details exist.
public struct Trend: Sendable {
    /// Where a year's total comes from.
    public enum Source: String, Sendable {
        /// Computed from the criteria.
        case computed
        /// The file's `published` figure, the stage being incomplete.
        case published
    }

    /// One year's line.
    public struct Year: Sendable {
        public let year: Int
        public let file: String
        public let total: Points?
        /// The total × 100 ÷ the applicable max; a published figure is an index already.
        public let index: Points?
        public let source: Source?
        public let band: String?
        /// The index's change from the year before; `nil` for the first year or across a missing one.
        public let change: Points?
        public let rank: Int?
        public let of: Int?
        /// Complete domain scores of the stage, by domain id.
        public let domains: [String: Points]
    }

    public let unit: String
    public let stage: Stage
    public let years: [Year]
    /// Domain ids and titles met in any year, in the order first met.
    public let domains: [(id: String, title: String)]

    /// Builds the trend; the reports must be of one unit and distinct years.
    public init(_ reports: [(report: ScoreReport, file: String)], stage: Stage) {
        self.stage = stage
        let sorted = reports.sorted { $0.report.scorecard.year < $1.report.scorecard.year }
        unit = sorted.first.map { Text.name($0.report.scorecard.unit) } ?? ""
        var years: [Year] = []
        var domains: [(id: String, title: String)] = []
        for (report, file) in sorted {
            let card = report.scorecard
            let computed = report.totals[stage]
            let published = card.published?.totals[stage]
            let total = computed ?? published
            let index = report.indices[stage] ?? published
            var scores: [String: Points] = [:]
            for row in report.domains {
                guard let score = row.counted[stage] else { continue }
                scores[row.domain.id] = score
                if !domains.contains(where: { $0.id == row.domain.id }) {
                    domains.append((row.domain.id, row.domain.title))
                }
            }
            let previous = years.last?.index
            years.append(
                Year(
                    year: card.year, file: file, total: total, index: index,
                    source: computed != nil ? .computed : published != nil ? .published : nil,
                    band: index.flatMap { report.framework.band(for: $0)?.band.label },
                    change: years.isEmpty ? nil : previous.flatMap { p in index.map { $0 - p } },
                    // A published rank is the council's, of the final stage.
                    rank: stage == .final ? card.published?.rank : nil,
                    of: stage == .final ? card.published?.of : nil, domains: scores))
        }
        self.years = years
        self.domains = domains
    }

    /// The indices as eight levels from the lowest to the highest (`▁▁█▆`); a missing total is a
    /// space.
    public var sparkline: String {
        let levels = Array("▁▂▃▄▅▆▇█")
        let values = years.compactMap(\.index).map(\.hundredths)
        guard let low = values.min(), let high = values.max() else { return "" }
        let range = high - low
        return String(
            years.map { year in
                guard let v = year.index?.hundredths else { return " " }
                guard range > 0 else { return levels[0] }
                let index = ((v - low) * 7 * 2 + range) / (2 * range)
                return levels[min(7, max(0, index))]
            })
    }
}
