/// Where the criteria table keeps each column, found by the header's text (`Header`): offices
/// reorder, drop and rename columns (`CTHĐ thẩm định`, `CTHD thẩm định`, `Điểm CT HĐ thẩm định`,
/// `Điểm CTHĐ`), so a column is never taken on its position when a header names it.
struct CriteriaColumns {
    /// What a column of the criteria table holds.
    enum Role: Hashable {
        case id, title, max, department
        case stage(Stage)
    }

    var id = 0
    var title = 1
    var max = 2
    var department: Int?
    /// The column of each stage the table has; a stage without one is left unscored.
    var stages: [Stage: Int] = [:]
    /// The header, when the table has one.
    var header: Header<Role>?
    /// The header row's index in the table, when there is one.
    // `map`, not `header?.row`: Swift 6.3.1's release optimizer (CopyPropagation) fails its
    // ownership verification on the optional chain where the row loop inlines it (signal 6).
    var headerRow: Int? { header.map(\.row) }

    /// The layout of seed 002's appendix, for a table pasted without its header.
    static var positional: CriteriaColumns {
        CriteriaColumns(department: 6, stages: [.selfAssessed: 3, .appraised: 4, .final: 5])
    }

    /// The columns named by the first row (of the first few) that has a max column and a title
    /// or number column; the positional layout when no row does.
    static func find(in table: Table) -> CriteriaColumns {
        let header = Header.find(in: table, role: role) { h in h[.max] != nil && (h[.id] != nil || h[.title] != nil) }
        guard let header, let max = header[.max] else { return positional }
        var found = CriteriaColumns()
        found.header = header
        found.max = max
        found.id = header[.id] ?? 0
        found.title = header[.title] ?? found.id + 1
        found.department = header[.department]
        for stage in Stage.allCases { found.stages[stage] = header[.stage(stage)] }
        return found
    }

    /// A header row that names a stage but no max column (`Điểm`, `Điểm TĐ` where `Điểm tối đa`
    /// belongs): a table with a header is never read by position, so this is an error.
    static func headerWithoutMax(in table: Table) -> Header<Role>? {
        Header.find(in: table, role: role) { h in
            h[.max] == nil && Stage.allCases.contains { h[.stage($0)] != nil }
        }
    }

    private init(department: Int? = nil, stages: [Stage: Int] = [:]) {
        self.department = department
        self.stages = stages
    }

    /// The words that name the council chair's (final) column, spaces removed: `CTHĐ`,
    /// `CT HĐ thẩm định`, `CTHĐTĐ`, `Điểm HĐ thẩm định`, `Chủ tịch Hội đồng`.
    static let finalWords = ["cthd", "chutich", "hoidong", "hdthamdinh", "hdtd"]

    /// The role a header's compared text (`Header.key`) names, if any.
    static func role(_ key: String) -> Role? {
        if key == "stt" || key == "tt" || key == "sott" { return .id }
        if key.contains("toida") || key.contains("diemchuan") || key.contains("thangdiem") { return .max }
        if finalWords.contains(where: key.contains) { return .stage(.final) }
        if key.contains("thamdinh") { return .stage(.appraised) }
        if key.contains("tudanhgia") || key.contains("tucham") { return .stage(.selfAssessed) }
        if key.contains("nganh") || key.contains("phutrach") || key.contains("bpcm") { return .department }
        if key.contains("linhvuc") || key.contains("tieuchi") || key.contains("noidung") { return .title }
        return nil
    }

    /// Whether two columns naming `role` make the table ambiguous: two columns of one stage, of
    /// the max or of the department cannot both be read; a second title or number column can.
    static func mustBeOne(_ role: Role) -> Bool {
        switch role {
        case .id, .title: false
        case .max, .department, .stage: true
        }
    }

    /// What a column holds, as a message names it: `điểm thẩm định`, `điểm tối đa`.
    static func name(_ role: Role) -> Message {
        switch role {
        case .stage(let stage): Messages.stageScore(stage)
        case .max: Messages.quantity("max")
        case .department: Messages.columnName("department")
        case .id: Messages.columnName("id")
        case .title: Messages.columnName("title")
        }
    }

    /// A header's text as it is compared: lower case, without tone or vowel marks (`CTHĐ` and
    /// `CTHD` are one), spaces collapsed.
    static func key(_ text: String) -> String {
        var out = ""
        var space = false
        for c in Text.nfc(text.lowercased()) {
            if c.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            let base = Collation.toned[c]?.base ?? c
            out.append(plain[base] ?? base)
        }
        return out
    }

    /// Vietnamese letters with a vowel mark, and đ, as their plain Latin letter.
    private static let plain: [Character: Character] = [
        "ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d",
    ]
}
