/// Where the criteria table keeps each column, found by the header's text: offices reorder,
/// drop and rename columns (`CTHĐ thẩm định`, `CTHD thẩm định`, `Điểm CTHĐ`), so a column is
/// never taken on its position when a header names it.
struct CriteriaColumns {
    var id = 0
    var title = 1
    var max = 2
    var department: Int?
    /// The column of each stage the table has; a stage without one is left unscored.
    var stages: [Stage: Int] = [:]
    /// The header row's index in the table, when there is one.
    var headerRow: Int?

    /// The layout of seed 002's appendix, for a table pasted without its header.
    static let positional = CriteriaColumns(
        department: 6, stages: [.selfAssessed: 3, .appraised: 4, .final: 5], headerRow: nil)

    /// The columns named by the first row (of the first few) that has a max column and a title
    /// or number column; the positional layout when no row does.
    static func find(in table: Table) -> CriteriaColumns {
        for (index, row) in table.rows.prefix(12).enumerated() {
            if let columns = CriteriaColumns(header: row.cells.map(\.text)) {
                var found = columns
                found.headerRow = index
                return found
            }
        }
        return positional
    }

    /// Reads a header row; nil when the row is not one.
    init?(header: [String]) {
        var found = CriteriaColumns()
        var max: Int?
        var title: Int?
        var id: Int?
        for (i, text) in header.enumerated() {
            let key = Self.key(text)
            guard !key.isEmpty else { continue }
            if key == "stt" || key == "tt" || key == "so tt" {
                id = id ?? i
            } else if key.contains("toi da") || key.contains("diem chuan") {
                max = max ?? i
            } else if key.contains("cthd") || key.contains("chu tich") || key.contains("hoi dong") {
                found.stages[.final] = found.stages[.final] ?? i
            } else if key.contains("tham dinh") {
                found.stages[.appraised] = found.stages[.appraised] ?? i
            } else if key.contains("tu danh gia") || key.contains("tu cham") {
                found.stages[.selfAssessed] = found.stages[.selfAssessed] ?? i
            } else if key.contains("nganh") || key.contains("phu trach") || key.contains("bpcm") {
                found.department = found.department ?? i
            } else if key.contains("linh vuc") || key.contains("tieu chi") || key.contains("noi dung") {
                title = title ?? i
            }
        }
        guard let max, id != nil || title != nil else { return nil }
        found.max = max
        found.id = id ?? 0
        found.title = title ?? found.id + 1
        self = found
    }

    private init(department: Int? = nil, stages: [Stage: Int] = [:], headerRow: Int? = nil) {
        self.department = department
        self.stages = stages
        self.headerRow = headerRow
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
