/// A score, or none, for each of the three stages: a plain value, cheaper than a dictionary for
/// the thousands of criteria a district's files hold. Each stage is held as its hundredths, with
/// one value that no score reaches for none: three words, half the size of three `Points?`.
public struct StageScores: Sendable, Equatable {
    private var selfHundredths: Int
    private var appraisedHundredths: Int
    private var finalHundredths: Int

    /// What a stage without a score holds: beyond `Points.limit` and every sum of scores.
    private static let none = Int.min

    public init(selfAssessed: Points? = nil, appraised: Points? = nil, final: Points? = nil) {
        selfHundredths = selfAssessed?.hundredths ?? Self.none
        appraisedHundredths = appraised?.hundredths ?? Self.none
        finalHundredths = final?.hundredths ?? Self.none
    }

    private init(_ selfHundredths: Int, _ appraisedHundredths: Int, _ finalHundredths: Int) {
        self.selfHundredths = selfHundredths
        self.appraisedHundredths = appraisedHundredths
        self.finalHundredths = finalHundredths
    }

    public var selfAssessed: Points? {
        get { Self.points(selfHundredths) }
        set { selfHundredths = newValue?.hundredths ?? Self.none }
    }
    public var appraised: Points? {
        get { Self.points(appraisedHundredths) }
        set { appraisedHundredths = newValue?.hundredths ?? Self.none }
    }
    public var final: Points? {
        get { Self.points(finalHundredths) }
        set { finalHundredths = newValue?.hundredths ?? Self.none }
    }

    private static func points(_ hundredths: Int) -> Points? {
        hundredths == none ? nil : Points(hundredths: hundredths)
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
            sum(a.selfHundredths, b.selfHundredths), sum(a.appraisedHundredths, b.appraisedHundredths),
            sum(a.finalHundredths, b.finalHundredths))
    }

    /// Each stage's difference; none where either has none.
    static func - (a: StageScores, b: StageScores) -> StageScores { a + b.counted(as: .penalty) }

    /// Where `self` has no score, `other`'s: a bonus or penalty leaf not scored counts 0.
    func or(_ other: StageScores) -> StageScores {
        StageScores(
            selfHundredths == Self.none ? other.selfHundredths : selfHundredths,
            appraisedHundredths == Self.none ? other.appraisedHundredths : appraisedHundredths,
            finalHundredths == Self.none ? other.finalHundredths : finalHundredths)
    }

    /// Each stage's index out of `max` (`Points.index(of:)`).
    func index(of max: Points) -> StageScores {
        StageScores(
            selfAssessed: selfAssessed?.index(of: max), appraised: appraised?.index(of: max),
            final: final?.index(of: max))
    }

    private static func sum(_ a: Int, _ b: Int) -> Int { a == none || b == none ? none : a + b }

    /// Whether a stage of `stages` (in process order, each once, as a framework has them) has
    /// a score above the last scored one before it. Three comparisons when the framework has
    /// all three stages, as most do: `check` asks for every criterion of every file, and finds
    /// none in almost all.
    func rises(in stages: [Stage]) -> Bool {
        guard stages.count == 3 else {
            var earlier: Points?
            for stage in stages {
                guard let score = self[stage] else { continue }
                if let earlier, score > earlier { return true }
                earlier = score
            }
            return false
        }
        // `none` is below every score: a stage without one is passed over by keeping the
        // earlier score instead.
        let appraised = appraisedHundredths == Self.none ? selfHundredths : appraisedHundredths
        return (selfHundredths != Self.none && appraisedHundredths > selfHundredths)
            || (appraised != Self.none && finalHundredths > appraised)
    }
}
