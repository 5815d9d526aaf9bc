/// A report table as an HTML table: a header row repeated on every printed page, numbers
/// right-aligned, group and total rows bold, each row indented by its depth in the framework's
/// tree (a sub-criterion is one step more than a criterion: one class, no other code path).
enum HTMLTable {
    static func render(_ table: ReportDocument.Table, document: ReportDocument, caption: Bool) -> String {
        let audience = HTMLWriter.audience
        let rows = table.rows(for: audience, detail: document.detail)
        // A column with nothing in any row shown (the departments when only domains are) is
        // left out rather than printed empty.
        let columns = table.columns(for: audience, detail: document.detail).filter { c in
            rows.contains { row in c < row.cells.count && !row.cells[c].text(document.language).isEmpty }
        }
        var html = ""
        if rows.isEmpty {
            if caption { html += "<h2>\(XMLText.escape(table.name))</h2>\n" }
            return html + "<p>\(XMLText.escape(table.emptyText ?? ""))</p>\n"
        }
        html += "<table class=\"report \(cssName(table.id))\">\n"
        if caption { html += "<caption>\(XMLText.escape(table.name))</caption>\n" }
        if table.showsHeader {
            html += "<thead><tr>"
            for c in columns { html += "<th>\(XMLText.escape(table.columns[c].header))</th>" }
            html += "</tr></thead>\n"
        }
        html += "<tbody>\n"
        for row in rows {
            var classes: [String] = []
            switch row.role {
            case .group: classes.append("group")
            case .total: classes.append("total")
            case .section: classes.append("section")
            case .leaf: break
            }
            if row.bold { classes.append("bold") }
            if row.depth > 0 { classes.append("depth\(min(row.depth, 6))") }
            let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            if row.role == .section {
                let text = row.cells.first.map { $0.text(document.language) } ?? ""
                html += "<tr\(attribute)><td colspan=\"\(max(columns.count, 1))\">\(XMLText.escape(text))</td></tr>\n"
                continue
            }
            html += "<tr\(attribute)>"
            for c in columns {
                let cell = c < row.cells.count ? row.cells[c] : .blank
                let number = table.columns[c].alignment == .right
                html += number ? "<td class=\"num\">" : "<td>"
                html += XMLText.escape(cell.text(document.language)) + "</td>"
            }
            html += "</tr>\n"
            if !row.notes.isEmpty {
                let notes = row.notes.map { XMLText.escape($0) }.joined(separator: "<br/>")
                html += "<tr class=\"note\"><td colspan=\"\(max(columns.count, 1))\">\(notes)</td></tr>\n"
            }
        }
        return html + "</tbody>\n</table>\n"
    }

    /// A table id as a CSS class: letters, digits and `-` only.
    private static func cssName(_ id: String) -> String {
        let kept = id.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        return "t-" + String(String.UnicodeScalarView(kept))
    }
}
