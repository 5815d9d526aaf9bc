/// Cleaning a cell's text as it comes from a pasted document.
enum CellText {
    /// Leftover formatting tags, removed wherever they stand; a line-break tag becomes a space.
    static let tags = [
        "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<strong>", "</strong>", "<em>", "</em>", "<br>", "<br/>",
        "<br />",
    ]

    /// The text without markup, without surrounding white space (non-breaking spaces too), in NFC.
    static func clean(_ s: String) -> String {
        Text.nfc(String(stripMarkup(s).trimmingWhitespace))
    }

    /// The text with the formatting tags of `tags` removed; any other `<` stays (`< 50%`).
    static func stripMarkup(_ s: String) -> String {
        guard s.contains("<") else { return s }
        var out = ""
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let tail = rest[open...]
            let head = tail.prefix(9).lowercased()
            if let tag = tags.first(where: { head.hasPrefix($0) }) {
                if tag.hasPrefix("<br") { out += " " }
                rest = tail.dropFirst(tag.count)
            } else {
                out += "<"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }
}
