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
