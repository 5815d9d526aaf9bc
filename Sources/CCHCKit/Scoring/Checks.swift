/// The warnings of SPEC §2 over a valid scorecard: the result stands, but someone should look.
public enum Checks {
    /// More missing ids than this are counted rather than listed.
    static let listLimit = 8
    /// At most this many warnings are kept per file; a framework of thousands of criteria must not
    /// bury the reader (or the machine) in them.
    static let cap = 50

    /// What the warnings are about, so that `check` can tell a wrong total from the rest.
    public enum Kind: Sendable {
        case incomplete, deductions, published, stageOrder, year
        /// The closing line saying how many warnings were left out.
        case omitted
    }

    /// One warning with its kind.
    public struct Finding: Sendable {
        public let kind: Kind
        public let diagnostic: Diagnostic
    }

    /// The warnings of one file as they are found: a message is made (and placed) only when it
    /// is kept, so that a file with thousands of warnings costs a count for each past the cap.
    private struct Collector {
        let source: SourceText
        let language: Language
        var out: [Finding] = []
        var dropped = 0

        mutating func add(_ kind: Kind, at offset: Int?, _ message: () -> Message) {
            // A published total that differs is never dropped: `check` fails on it.
            guard out.count < cap || kind == .published else {
                dropped += 1
                return
            }
            var d = Diagnostic(.warning, file: source.name, message: message(), language: language)
            if let offset { (d.line, d.column) = source.location(of: offset) }
            out.append(Finding(kind: kind, diagnostic: d))
        }
    }

    /// Every warning about a scorecard, in a fixed order.
    public static func findings(_ report: ScoreReport, source: SourceText, language: Language = .vi) -> [Finding] {
        var found = Collector(source: source, language: language)
        let card = report.scorecard
        let framework = report.framework
        let count = framework.criteria.count
        // A record of published figures whose details are lost (an empty criteria list) is
        // complete as what it is: only scorecards with details are expected to cover every criterion.
        let publishedOnly = card.entries.isEmpty && card.published != nil
        for stage in framework.stages where !publishedOnly {
            let missing = report.missing(stage)
            guard !missing.isEmpty else { continue }
            found.add(.incomplete, at: nil) {
                missing.count <= listLimit
                    ? Messages.stageIncomplete(stage, missing: missing)
                    : Messages.stageIncomplete(stage, missingCount: missing.count, of: count)
            }
        }
        // A record of published figures is not scored against the catalogue: its year is moot.
        if !publishedOnly, !framework.about.years.isEmpty, !framework.about.years.contains(card.year) {
            found.add(.year, at: nil) {
                Messages.yearNotInFramework(card.year, framework.id, years: framework.about.years)
            }
        }
        let last = framework.stages.last ?? .final
        if card.deductions != nil {
            // A survey's result is not deducted row by row: its lost points need no explaining.
            report.forEachAccountingNode { node in
                guard !node.survey, let score = node.sums[last] else { return }
                let lost = node.applicable - score
                guard lost != node.deducted else { return }
                found.add(.deductions, at: report.offset(of: node.position)) {
                    Messages.deductionsDoNotAddUp(
                        framework.nodes[node.position].id, stage: last, lost: lost, explained: node.deducted)
                }
            }
        }
        if let published = card.published {
            for stage in framework.stages {
                guard let p = published.totals[stage], let computed = report.indices[stage], p != computed else {
                    continue
                }
                found.add(.published, at: published.offsets[stage]) {
                    Messages.publishedDiffers(stage, published: p, computed: computed)
                }
            }
        }
        // Entries are read in place, by position: a copy of one is a copy of its strings.
        let entries = card.entries
        for k in entries.indices {
            let scores = entries[k].scores
            // A penalty that grows at appraisal is the appraisal doing its job.
            guard scores.rises(in: framework.stages),
                let at = framework.position(of: entries[k].id, hint: entries[k].node),
                framework.criteria[at].kind != .penalty,
                !framework.criteria[at].survey
            else { continue }
            var earlier: (Stage, Points)?
            for stage in framework.stages {
                guard let score = scores[stage] else { continue }
                if let (s, p) = earlier, score > p {
                    found.add(.stageOrder, at: entries[k].offset) {
                        Messages.stageAbove(stage, score, earlier: s, p).about(Messages.criterion(entries[k].id))
                    }
                }
                earlier = (stage, score)
            }
        }
        if found.dropped > 0 {
            let more = Diagnostic(
                .note, file: source.name, message: Messages.moreWarnings(found.dropped), language: language)
            found.out.append(Finding(kind: .omitted, diagnostic: more))
        }
        return found.out
    }
}
