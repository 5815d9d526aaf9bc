/// The three scores a criterion may carry, in the order they are given.
public enum Stage: String, CaseIterable, Comparable, Sendable {
    /// Tự đánh giá: the commune's own score.
    case selfAssessed = "self"
    /// Điểm thẩm định: the district appraisal team's score.
    case appraised
    /// Điểm Chủ tịch Hội đồng thẩm định: the council chair's score, the published one.
    case final

    public static func < (a: Stage, b: Stage) -> Bool { a.order < b.order }

    /// The stage's place in process order, from 0: its index in `allCases`.
    var order: Int {
        switch self {
        case .selfAssessed: return 0
        case .appraised: return 1
        case .final: return 2
        }
    }

    /// The stage's field in JSON (its raw value), as a literal that a reader compares as bytes.
    var field: StaticString {
        switch self {
        case .selfAssessed: return "self"
        case .appraised: return "appraised"
        case .final: return "final"
        }
    }

    /// The stage's name in output.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.selfAssessed, .vi): return "tự đánh giá"
        case (.appraised, .vi): return "thẩm định"
        case (.final, .vi): return "CTHĐ thẩm định"
        case (.selfAssessed, .en): return "self-assessed"
        case (.appraised, .en): return "appraised"
        case (.final, .en): return "final"
        }
    }
}
