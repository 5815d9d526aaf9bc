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
        var seen = Names()
        var kept: [String] = []
        var repeated: [String] = []
        for name in names {
            let key = NameKey(name)
            if seen.insert(key) {
                kept.append(name)
            } else if !key.isEmpty {
                repeated.append(key.text)
            }
        }
        return (kept, repeated)
    }

    /// A name as `Names` compares it: its collapsed text (`Text.collapsed`), or the bytes of a
    /// text that is collapsed already, read in place without a `String`. Bytes must be valid
    /// UTF-8 (as the JSON checker leaves a string's), and a key lives no longer than they do: the
    /// reader keeps its keys inside `JSONParser.parse`'s reader, never in the model.
    enum NameKey {
        case bytes(UnsafeBufferPointer<UInt8>)
        case text(String)

        /// The key of a name given as UTF-8 bytes. Bytes that `Text.isCollapsed` accepts are in
        /// NFC as they are (none of its letters composes with another), so they are the key.
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self = Text.isCollapsed(bytes) ? .bytes(bytes) : NameKey(String(decoding: bytes, as: UTF8.self))
        }

        /// The key of a name given as text: put in NFC first, which leaves most names collapsed
        /// (a decomposed one typed on a Mac), found so from their bytes.
        init(_ text: String) {
            self = .text(Text.collapsed(Text.nfc(text)))
        }

        /// A blank name's key is empty.
        var isEmpty: Bool {
            switch self {
            case .bytes(let b): b.isEmpty
            case .text(let t): t.isEmpty
            }
        }

        var text: String {
            switch self {
            case .bytes(let b): String(decoding: b, as: UTF8.self)
            case .text(let t): t
            }
        }

    }

    /// The names met so far in one list. A row names a few people, nearly always in collapsed
    /// text: those are compared one by one as bytes (a collapsed text is in NFC), with nothing
    /// allocated. A name that had to be collapsed, or a ninth name (a hostile list), moves the
    /// list to a set of texts, compared as text.
    struct Names {
        private var few = InlineArray<8, UnsafeBufferPointer<UInt8>>(
            repeating: UnsafeBufferPointer(start: nil, count: 0))
        private var count = 0
        private var many: Set<String>?

        /// Adds a name; whether it was not met before.
        mutating func insert(_ key: NameKey) -> Bool {
            if many == nil, count < 8, case .bytes(let name) = key {
                for i in 0..<count where Self.same(few[i], name) { return false }
                few[count] = name
                count += 1
                return true
            }
            if many == nil { many = Set((0..<count).map { String(decoding: few[$0], as: UTF8.self) }) }
            return many?.insert(key.text).inserted == true
        }

        private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard a.count == b.count else { return false }
            for i in 0..<a.count where a[i] != b[i] { return false }
            return true
        }
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
