import Testing

@testable import CCHCKit

/// Random scorecards checked against an independent integer computation: every total, domain
/// subtotal, lost list and diff must be exact.
@Suite struct PropertyTests {
    /// SplitMix64: small, seeded, the same numbers on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Writes hundredths as the tests' own text: `1.25`, `"1,25"`, `"1.25"`, `2`.
    static func written(_ hundredths: Int, style: Int) -> String {
        let whole = hundredths / 100
        let cents = hundredths % 100
        let fraction = cents == 0 ? "" : cents % 10 == 0 ? String(cents / 10) : (cents < 10 ? "0" : "") + String(cents)
        switch style {
        case 0: return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
        case 1: return "\"\(whole)\(fraction.isEmpty ? "" : ",")\(fraction)\""
        default: return "\"\(whole).\(fraction.isEmpty ? "0" : fraction)\""
        }
    }

    @Test func randomScorecardsAddUpExactly() throws {
        let framework = try FrameworkStore().open("thai-nguyen-xa-2023").get()
        var random = Random(state: 20_231_125)
        for card in 0..<300 {
            // scores[stage][criterion index] in hundredths, nil when not scored
            var scores: [[Int?]] = Array(repeating: [], count: 3)
            var lines: [String] = []
            for criterion in framework.criteria {
                let max = criterion.max.hundredths
                var fields = ["\"id\": \"\(criterion.id)\""]
                for (s, stage) in Stage.allCases.enumerated() {
                    let value: Int?
                    switch random.below(20) {
                    case 0: value = nil
                    case 1...12: value = random.below(max / 25 + 1) * 25
                    default: value = random.below(max + 1)
                    }
                    scores[s].append(value)
                    if let value {
                        fields.append("\"\(stage.rawValue)\": \(Self.written(value, style: random.below(3)))")
                    }
                }
                lines.append("{ " + fields.joined(separator: ", ") + " }")
            }
            let text = """
                {"format": "cchc-scorecard/1", "framework": "thai-nguyen-xa-2023", "unit": "X\(card)", "year": 2023,
                 "criteria": [\(lines.joined(separator: ",\n"))]}
                """
            let loaded = load(text)
            let scorecard = try #require(loaded.scorecard, "card \(card): \(loaded.diagnostics)")

            var expectedTotals: [Int?] = []
            for (s, stage) in Stage.allCases.enumerated() {
                let report = ScoreReport(scorecard: scorecard, framework: framework, stage: stage)
                var index = 0
                var total: Int? = 0
                for (d, domain) in framework.domains.enumerated() {
                    let values = scores[s][index..<(index + domain.criteria.count)]
                    index += domain.criteria.count
                    let sum: Int? = values.contains(where: { $0 == nil }) ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
                    #expect(report.domains[d].scores[stage]?.hundredths == sum, "card \(card) domain \(domain.id)")
                    total = total.flatMap { t in sum.map { t + $0 } }
                }
                #expect(report.totals[stage]?.hundredths == total, "card \(card) \(stage)")
                if let total {
                    #expect(report.lost.reduce(0) { $0 + $1.points.hundredths } == 10_000 - total, "card \(card)")
                }
                expectedTotals.append(total)
            }
            let report = ScoreReport(scorecard: scorecard, framework: framework)
            let diff = Diff(
                from: .init(report: report, stage: .selfAssessed, file: "x"),
                to: .init(report: report, stage: .final, file: "x"))
            let expectedChange = expectedTotals[0].flatMap { a in expectedTotals[2].map { $0 - a } }
            #expect(diff.total.change?.hundredths == expectedChange, "card \(card)")
            let changed = framework.criteria.indices.filter { scores[0][$0] != scores[2][$0] }.map {
                framework.criteria[$0].id
            }
            #expect(diff.criteria.map(\.id) == changed, "card \(card)")
        }
    }
}
