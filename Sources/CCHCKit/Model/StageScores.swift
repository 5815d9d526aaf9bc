/// A score, or none, for each of the three stages: a plain value, cheaper than a dictionary for
/// the thousands of criteria a district's files hold.
public struct StageScores: Sendable, Equatable {
    public var selfAssessed: Points?
    public var appraised: Points?
    public var final: Points?

    public init(selfAssessed: Points? = nil, appraised: Points? = nil, final: Points? = nil) {
        self.selfAssessed = selfAssessed
        self.appraised = appraised
        self.final = final
    }

    /// The points as they count toward the total: a penalty's negative (`-0,5`), so that every
    /// report and format shows it with the sign it has in the sum.
    public func counted(as kind: Criterion.Kind) -> StageScores {
        guard kind == .penalty else { return self }
        return StageScores(
            selfAssessed: selfAssessed.map { -$0 }, appraised: appraised.map { -$0 }, final: final.map { -$0 })
    }

    public subscript(stage: Stage) -> Points? {
        get {
            switch stage {
            case .selfAssessed: return selfAssessed
            case .appraised: return appraised
            case .final: return final
            }
        }
        set {
            switch stage {
            case .selfAssessed: selfAssessed = newValue
            case .appraised: appraised = newValue
            case .final: final = newValue
            }
        }
    }
}

extension StageScores {
    /// Each stage's sum; none where either has none (a sum with a stage not scored is not known).
    static func + (a: StageScores, b: StageScores) -> StageScores {
        StageScores(
            selfAssessed: sum(a.selfAssessed, b.selfAssessed), appraised: sum(a.appraised, b.appraised),
            final: sum(a.final, b.final))
    }

    /// Each stage's difference; none where either has none.
    static func - (a: StageScores, b: StageScores) -> StageScores { a + b.counted(as: .penalty) }

    /// Where `self` has no score, `other`'s: a bonus or penalty leaf not scored counts 0.
    func or(_ other: StageScores) -> StageScores {
        StageScores(
            selfAssessed: selfAssessed ?? other.selfAssessed, appraised: appraised ?? other.appraised,
            final: final ?? other.final)
    }

    /// Each stage's index out of `max` (`Points.index(of:)`).
    func index(of max: Points) -> StageScores {
        StageScores(
            selfAssessed: selfAssessed?.index(of: max), appraised: appraised?.index(of: max),
            final: final?.index(of: max))
    }

    private static func sum(_ a: Points?, _ b: Points?) -> Points? {
        guard let a, let b else { return nil }
        return a + b
    }
}
