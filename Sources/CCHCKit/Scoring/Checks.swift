/// The warnings of SPEC §2 over a valid scorecard: the result stands, but someone should look.
public enum Checks {
    /// More missing ids than this are counted rather than listed.
    static let listLimit = 8
    /// At most this many warnings are kept per file; a framework of thousands of criteria must not
    /// bury the reader (or the machine) in them.
    static let cap = 50

    /// What the warnings are about, so that `check` can tell a wrong total from the rest.
    public enum Kind: Sendable {
        case incomplete, deductions, published, stageOrder
        /// The closing line saying how many warnings were left out.
        case omitted
    }

    /// One warning with its kind.
    public struct Finding: Sendable {
        public let kind: Kind
        public let diagnostic: Diagnostic
    }

    /// Every warning about a scorecard, in a fixed order.
    public static func findings(_ report: ScoreReport, source: SourceText, language: Language = .vi) -> [Finding] {
        var out: [Finding] = []
        var dropped = 0
        func add(_ kind: Kind, _ message: Message, at offset: Int?) {
            // A published total that differs is never dropped: `check` fails on it.
            guard out.count < cap || kind == .published else {
                dropped += 1
                return
            }
            var d = Diagnostic(.warning, file: source.name, message: message, language: language)
            if let offset { (d.line, d.column) = source.location(of: offset) }
            out.append(Finding(kind: kind, diagnostic: d))
        }
        let card = report.scorecard
        let count = report.framework.criteria.count
        // A record of published figures whose details are lost (an empty criteria list) is
        // complete as what it is: only scorecards with details are expected to cover every criterion.
        let publishedOnly = card.entries.isEmpty && card.published != nil
        for stage in Stage.allCases where !publishedOnly {
            let missing = report.missing(stage)
            guard !missing.isEmpty else { continue }
            let message =
                missing.count <= listLimit
                ? Messages.stageIncomplete(stage, missing: missing)
                : Messages.stageIncomplete(stage, missingCount: missing.count, of: count)
            add(.incomplete, message, at: nil)
        }
        if card.deductions != nil {
            for (i, criterion) in report.framework.criteria.enumerated() {
                guard let final = report.criterionScores[i].final else { continue }
                let lost = criterion.max - final
                let rows = report.deductionsByCriterion[i]
                let explained = rows.reduce(Points.zero) { $0 + $1.points }
                guard lost != explained else { continue }
                let at = card.entry(criterion.id)?.offset ?? rows.first?.offset
                add(.deductions, Messages.deductionsDoNotAddUp(criterion.id, lost: lost, explained: explained), at: at)
            }
        }
        if let published = card.published {
            for stage in Stage.allCases {
                guard let p = published.totals[stage], let computed = report.totals[stage], p != computed else {
                    continue
                }
                add(
                    .published, Messages.publishedDiffers(stage, published: p, computed: computed),
                    at: published.offsets[stage.rawValue])
            }
        }
        for entry in card.entries {
            var earlier: (Stage, Points)?
            for stage in Stage.allCases {
                guard let score = entry.scores[stage] else { continue }
                if let (s, p) = earlier, score > p {
                    add(
                        .stageOrder,
                        Messages.stageAbove(stage, score, earlier: s, p).about(Messages.criterion(entry.id)),
                        at: entry.offset)
                }
                earlier = (stage, score)
            }
        }
        if dropped > 0 {
            let more = Diagnostic(
                .note, file: source.name, message: Messages.moreWarnings(dropped), language: language)
            out.append(Finding(kind: .omitted, diagnostic: more))
        }
        return out
    }
}
