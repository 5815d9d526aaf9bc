/// Reading the `Người phụ trách` cell: names separated by `;` or else by commas, and hand-overs written
/// `Trần Văn Ái (2023) chuyển Ma Đình Chung (2024)`.
enum Responsibility {
    /// Words that mark a hand-over: who held it is written before them, who holds it after.
    static let handOvers: Set<String> = ["chuyển", "→", "->"]
    /// Words that may follow `chuyển` before the new holder's name.
    static let linkWords: Set<String> = ["cho", "sang"]

    /// The current holders and, after a hand-over, the former ones.
    static func parse(_ text: String) -> (responsible: [String], formerly: [String]) {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let marker = words.firstIndex(where: { handOvers.contains($0.lowercased()) }) else {
            return (names(text), [])
        }
        var after = words[(marker + 1)...]
        if let next = after.first, linkWords.contains(next.lowercased()) { after = after.dropFirst() }
        return (names(after.joined(separator: " ")), names(words[..<marker].joined(separator: " ")))
    }

    /// Whether the cell is what `score`'s appendix writes for a criterion that lost points with
    /// no deduction row of its own: its department, then `(bộ phận phụ trách; …)` (in English
    /// `(department; …)`). Such a row is the criterion's loss, which the criteria table holds,
    /// not a deduction: importing it would write the note as people's names.
    static func isDepartmentStandIn(_ text: String) -> Bool {
        let cell = text.trimmingWhitespace
        guard cell.hasSuffix(")"), let open = cell.lastIndex(of: "(") else { return false }
        let note = cell[cell.index(after: open)...]
        let mark = Messages.departmentStandsIn
        return note.hasPrefix(mark.vi) || note.hasPrefix(mark.en)
    }

    /// Names separated by semicolons when the cell has one, so that a name may hold a comma
    /// (`Công an, quân sự;`, `Công an, quân sự; Lê Thị Hoa`); else by commas, as the seed tables
    /// write them. Each without a trailing year: `A (2023)` → `A`.
    static func names(_ text: String) -> [String] {
        let semicolons = text.contains(";")
        return text.split(whereSeparator: { $0 == ";" || (!semicolons && $0 == ",") }).compactMap { part in
            var name = part.trimmingWhitespace
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
                if !inside.isEmpty, inside.allSatisfy(\.isNumber) { name = name[..<open].trimmingWhitespace }
            }
            return name.isEmpty ? nil : String(name)
        }
    }
}
