/// The lost points grouped by whoever is responsible: a person, or a department when a
/// criterion lost points with no deduction row.
///
/// A row naming several people counts in full toward each of them (it is marked shared), so the
/// totals do not add up to the points lost; a hand-over counts toward the current holder.
public struct ResponsibleReport: Sendable {
    /// One name and the rows behind it, largest first.
    public struct Entry: Sendable {
        public let name: String
        public let total: Points
        public let items: [Item]
    }

    /// One lost-points row as it counts for one name.
    public struct Item: Sendable {
        public let code: String
        public let points: Points
        /// The row names other people too.
        public let shared: Bool
        /// Who held it in the assessed year, when it has changed hands.
        public let formerly: [String]
        /// A department standing in for a missing deduction row.
        public let isDepartment: Bool
    }

    public let entries: [Entry]
    /// Whether any row is shared, so that the totals do not add up to the points lost.
    public let hasShared: Bool

    /// The name used for a row that names nobody.
    public static let unassigned = "—"

    public init(_ report: ScoreReport) {
        // One person written two ways (a trailing space, a double space) is one person, shown
        // as first written.
        var order: [String] = []
        var shown: [String: String] = [:]
        var items: [String: [Item]] = [:]
        for lost in report.lost {
            let names = lost.responsible.isEmpty ? [Self.unassigned] : lost.responsible
            for written in names {
                let name = Text.collapsed(written)
                if items[name] == nil {
                    order.append(name)
                    shown[name] = String(written.trimmingWhitespace)
                }
                items[name, default: []].append(
                    Item(
                        code: lost.code, points: lost.points, shared: names.count > 1, formerly: lost.formerly,
                        isDepartment: !lost.fromDeduction))
            }
        }
        let entries = order.map { name in
            let rows = items[name] ?? []
            return Entry(name: shown[name] ?? name, total: rows.reduce(.zero) { $0 + $1.points }, items: rows)
        }
        self.entries = entries.enumerated().sorted { a, b in
            if a.element.total != b.element.total { return a.element.total > b.element.total }
            return Collation.precedes(a.element.name, b.element.name)
        }.map(\.element)
        hasShared = entries.contains { $0.items.contains(where: \.shared) }
    }
}
