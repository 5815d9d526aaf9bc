/// The order of the lost-points table in the appendix of a commune's report (seed 002): by code
/// (1.6.1 … 8.5.2), where the report itself puts the largest loss first. The Word appendix and
/// the workbook follow it, so that `cchc import` reads either back as it reads an office's own.
enum AppendixOrder {
    /// The columns of seed 002's lost-points appendix after its STT, in its order: the Word
    /// table and the workbook's sheet both follow it, and `import` reads it back.
    static let lostColumns = ["code", "content", "reason", "points", "remediation", "responsible_text"]

    /// `score`'s lost-points rows in the order of their codes; other tables as they are.
    static func rows(_ rows: [ReportDocument.Row], of table: ReportDocument.Table, kind: ReportDocument.Kind)
        -> [ReportDocument.Row]
    {
        guard kind == .score, table.id == "lost", let c = table.column("code") else { return rows }
        func code(_ row: ReportDocument.Row) -> String { c < row.cells.count ? row.cells[c].text(.vi) : "" }
        return rows.sorted { codeOrder(code($0), before: code($1)) }
    }

    /// `1.9.1` before `3.1.2`, `7.6` before `7.11`: part by part, numbers as numbers.
    static func codeOrder(_ a: String, before b: String) -> Bool {
        let x = a.split(separator: ".")
        let y = b.split(separator: ".")
        for (p, q) in zip(x, y) where p != q {
            if let m = Int(p), let n = Int(q) { return m < n }
            return p < q
        }
        return x.count < y.count
    }
}
