/// Writing RFC 4180 CSV that spreadsheets open safely: UTF-8 with a byte-order mark (so Excel
/// reads Vietnamese), CRLF line ends, and no cell that a spreadsheet would run as a formula.
public enum CSVText {
    /// The table as CSV: one header row, then the rows.
    public static func render(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}"
        for row in [header] + rows {
            out += row.map(cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One cell, neutralised and quoted as needed.
    static func cell(_ value: String) -> String {
        var text = value
        // OWASP's rule for CSV injection: a cell starting with = + - @ tab or CR is prefixed with
        // a quote, unless it is a plain number (a negative change such as -3.75 stays a number).
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else {
            return text
        }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    static func isPlainNumber(_ s: String) -> Bool {
        var rest = Substring(s)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

/// Writing GitHub-flavoured Markdown tables that paste into an issue or a wiki.
public enum MarkdownText {
    /// A table; `rightAligned` marks the columns of numbers, `boldRows` the rows set in bold.
    public static func table(
        header: [String], rows: [[String]], rightAligned: Set<Int> = [], boldRows: Set<Int> = []
    ) -> String {
        var out = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        out +=
            "|" + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for (i, row) in rows.enumerated() {
            let cells = row.map { cell in
                let text = escape(cell)
                return boldRows.contains(i) && !text.isEmpty ? "**\(text)**" : text
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Text on one line with Markdown's active characters escaped, so that a name or a reason
    /// shows as written (`7.11 1*` is not the start of emphasis). An `@` is followed by a
    /// zero-width space (`&#8203;`): GitHub ignores a backslash before it, and a name pasted into
    /// an issue must not notify anyone.
    public static func escape(_ s: String) -> String {
        var out = ""
        for character in Text.singleLine(s) {
            if "\\|*_`<>[]#".contains(character) { out.append("\\") }
            out.append(character)
            if character == "@" { out += "&#8203;" }
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
