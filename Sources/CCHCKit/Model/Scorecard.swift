/// One unit's (commune's) scorecard for one year, as read from a `cchc-scorecard/1` file.
public struct Scorecard: Sendable {
    /// The `framework` field: a built-in id or a path.
    public var frameworkReference: String
    public var unit: String
    public var district: String?
    public var province: String?
    public var year: Int
    public var entries: [ScoreEntry]
    /// `nil` when the file has no `deductions` list at all (then no deduction is checked).
    public var deductions: [Deduction]?
    public var published: Published?

    /// The entry for a criterion id.
    public func entry(_ id: String) -> ScoreEntry? { entries.first { $0.id == id } }
}

/// The scores of one criterion in a scorecard.
public struct ScoreEntry: Sendable {
    public var id: String
    public var scores: StageScores
    /// `"na": true`: an optional criterion that does not apply this year.
    public var na = false
    /// A survey criterion's result, as a percentage (0–100).
    public var survey: Points?
    public var department: String?
    public var note: String?
    /// Where the entry starts in its file, for warnings.
    public var offset: Int
    /// The criterion's position in the framework's `nodes`, found once by the reader: a hint,
    /// used only where the node there has the entry's id (`Framework.position(of:hint:)`).
    var node: Int?

    public init(
        id: String, scores: StageScores, na: Bool = false, survey: Points? = nil, department: String? = nil,
        note: String? = nil, offset: Int
    ) {
        self.id = id
        self.scores = scores
        self.na = na
        self.survey = survey
        self.department = department
        self.note = note
        self.offset = offset
    }
}

/// One row of the lost-points list (nội dung bị mất điểm).
public struct Deduction: Sendable {
    /// Names with each person once, as `--by responsible` compares them (`Text.collapsed`), in
    /// the order and spelling first written; and each name met again, for a warning.
    static func once(_ names: [String]) -> (names: [String], repeated: [String]) {
        guard names.count > 1 else { return (names, []) }
        // A row names a few people: compared one by one, not hashed (a text's hash is its NFC
        // form's, dear to compute), and as bytes, since a collapsed text is in NFC; a long list
        // (a hostile one) is hashed. Nothing is allocated until a name repeats.
        var few = InlineArray<8, String>(repeating: "")
        var many: Set<String> = []
        var kept: [String]?
        var repeated: [String] = []
        for (i, name) in names.enumerated() {
            let key = Text.collapsed(name)
            let isNew: Bool
            if names.count <= 8 {
                isNew = !(0..<i).contains { few[$0].utf8.elementsEqual(key.utf8) }
                few[i] = key
            } else {
                isNew = many.insert(key).inserted
            }
            if isNew {
                kept?.append(name)
            } else {
                if kept == nil { kept = Array(names[..<i]) }
                if !key.isEmpty { repeated.append(key) }
            }
        }
        return (kept ?? names, repeated)
    }

    /// The sub-criterion code as written (`8.3.2.2`).
    public var code: String
    /// The criterion the code belongs to (`8.3`).
    public var criterionID: String
    public var content: String?
    public var reason: String?
    public var points: Points
    public var remediation: String?
    /// Who is responsible now: people or departments.
    public var responsible: [String]
    /// Who was responsible in the assessed year, when it has since changed hands.
    public var formerly: [String]
    public var offset: Int
    /// The position in the framework's `nodes` of the criterion the code belongs to, when the
    /// reader found it: a hint, used only where the node there is `criterionID`
    /// (`Framework.nodePosition(of:hint:)`).
    var node: Int? = nil
}

/// The officially published figures.
public struct Published: Sendable {
    public var totals = StageScores()
    public var rank: Int?
    public var of: Int?
    /// Where each figure stands in the file, for warnings.
    public var offsets = Offsets()

    /// A place in the file for each stage: three numbers, not a dictionary keyed by text.
    public struct Offsets: Sendable {
        private var byStage = InlineArray<3, Int?>(repeating: nil)

        public subscript(stage: Stage) -> Int? {
            get { byStage[stage.order] }
            set { byStage[stage.order] = newValue }
        }
    }
}
