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
