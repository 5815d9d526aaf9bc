/// The title block of a form `cchc init --format xlsx|docx` wrote (`Đơn vị: UBND xã Bình Thành`,
/// `Năm: 2023`, `Bộ chỉ số: thai-nguyen-xa-2023 · …`), read back so that `import` needs no `--unit` or `--year`: a cell whose text
/// starts with a label, in Vietnamese or English, then a colon, and the value after it (or in
/// the next cell of the row).
struct TitleFields: Equatable {
    var unit: String?
    var year: Int?
    var district: String?
    var province: String?
    /// The framework's id, from `Bộ chỉ số: vi-du-xa-2025 · Chỉ số CCHC …`.
    var framework: String?

    init() {}

    /// Reads the labelled cells of the rows; the first of each label counts.
    init(rows: some Sequence<TableRow>) {
        for row in rows {
            for (i, cell) in row.cells.enumerated() {
                guard let colon = cell.text.firstIndex(of: ":") else { continue }
                let key = CriteriaColumns.key(String(cell.text[..<colon]))
                var value = Text.name(String(cell.text[cell.text.index(after: colon)...]))
                if value.isEmpty { value = row.cells.dropFirst(i + 1).first { !$0.isEmpty }?.text ?? "" }
                guard !value.isEmpty else { continue }
                set(key, value)
            }
        }
    }

    private mutating func set(_ key: String, _ value: String) {
        func matches(_ label: (Labels) -> String) -> Bool {
            [Labels.of(.vi), Labels.of(.en)].contains { CriteriaColumns.key(label($0)) == key }
        }
        if matches(\.unit) {
            unit = unit ?? value
        } else if matches(\.year) {
            year = year ?? NewScorecard.year(value)
        } else if matches(\.district) {
            district = district ?? value
        } else if matches(\.province) {
            province = province ?? value
        } else if matches(\.framework), let id = value.split(separator: " ").first {
            framework = framework ?? String(id)
        }
    }
}
