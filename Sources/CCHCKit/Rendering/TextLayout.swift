/// The one text layout engine: measures, pads and wraps fields and tables for a terminal, with
/// widths that count Vietnamese letters once whether composed or decomposed (`Text.width`).
public enum TextLayout {
    /// The widest line text output may have.
    public static let lineWidth = 100

    /// `Label: value` lines, labels aligned, values wrapped beside them.
    static func fields(_ items: [(label: String, value: String)], width: Int) -> [String] {
        let labelWidth = items.map { Text.width($0.label) }.max() ?? 0
        return items.flatMap { label, value in
            Text.wrap(value, width: width - labelWidth - 2).enumerated().map { i, part in
                Text.pad(i == 0 ? label + ":" : "", to: labelWidth + 2) + part
            }
        }
    }

    /// One laid-out column: which of the table's columns, its width, and what is stacked in it.
    private struct Laid {
        var index: Int
        var width: Int
        var wraps: Bool
        /// Stacked columns shown in this one: their index, label and extra indent.
        var stacked: [(index: Int, label: String?, indent: Int)] = []
    }

    /// The table's lines: header (bold), rows (wrapped, bold rows bold), notes, sections, and the
    /// note that columns were dropped.
    static func table(
        _ table: ReportDocument.Table, detail: Bool, language: Language, style: TextStyle, width lineWidth: Int
    ) -> [String] {
        let rows = table.rows(for: .terminal, detail: detail)
        if rows.isEmpty, let empty = table.emptyText { return Text.wrap(empty, width: lineWidth) }
        let gap = 2
        // Cells as text; the first column indented two spaces a level.
        let texts: [[String]] = rows.map { row in
            row.cells.enumerated().map { i, cell in
                let s = cell.text(language)
                return i == 0 && row.depth > table.flatDepth && !s.isEmpty
                    ? String(repeating: "  ", count: row.depth - table.flatDepth) + s : s
            }
        }
        let body = rows.indices.filter { rows[$0].role != .section }
        func cell(_ r: Int, _ c: Int) -> String { c < texts[r].count ? texts[r][c] : "" }

        var laid: [Laid] = []
        for i in table.columns(for: .terminal, detail: detail) {
            let column = table.columns[i]
            if case .stack(let label, let indent) = column.narrow, let host = laid.lastIndex(where: \.wraps) {
                laid[host].stacked.append((i, label, indent))
                continue
            }
            var wraps = false
            if case .wrap = column.width { wraps = true }
            laid.append(Laid(index: i, width: 0, wraps: wraps))
        }
        // Natural widths: the widest cell, and the header unless it spans to the left. A label
        // (`thiếu 2 tiêu chí` of a unit not ranked) never widens its column: it runs past it.
        func natural(_ l: Laid) -> Int {
            let column = table.columns[l.index]
            var w =
                body.map { r in
                    if l.index < rows[r].cells.count, case .label = rows[r].cells[l.index] { return 0 }
                    return Text.width(cell(r, l.index))
                }.max() ?? 0
            if table.showsHeader, !column.headerSpansLeft { w = max(w, Text.width(column.header)) }
            switch column.width {
            case .fit(let least, let most): return min(max(w, least), most ?? Int.max)
            case .wrap(let least, let most, _): return min(max(w, least), most ?? Int.max)
            }
        }
        func least(_ l: Laid) -> Int {
            switch table.columns[l.index].width {
            case .fit: return natural(l)
            case .wrap(let least, _, _): return least
            }
        }
        func fills(_ l: Laid) -> Bool {
            if case .wrap(_, _, true) = table.columns[l.index].width { return true }
            return false
        }
        for i in laid.indices { laid[i].width = natural(laid[i]) }
        // Drop what does not fit, lowest priority first.
        var dropped = false
        while table.indent + laid.reduce(0, { $0 + ($1.wraps ? least($1) : $1.width) }) + gap * (laid.count - 1)
            > lineWidth
        {
            let candidates = laid.indices.compactMap { i -> (Int, Int)? in
                if case .drop(let p) = table.columns[laid[i].index].narrow { return (i, p) }
                return nil
            }
            guard let lowest = candidates.min(by: { $0.1 < $1.1 }) else { break }
            laid.remove(at: lowest.0)
            dropped = true
        }
        // A header spanning left needs room over the empty-headed columns before it.
        for i in laid.indices where table.columns[laid[i].index].headerSpansLeft && table.showsHeader {
            let before = spanStart(laid, i, table)
            let room = laid[before..<i].reduce(0) { $0 + $1.width + gap }
            laid[i].width = max(laid[i].width, Text.width(table.columns[laid[i].index].header) - room)
        }
        // Wrapping columns take what the line leaves: up to their natural width, or all of it.
        for i in laid.indices where laid[i].wraps {
            let others = laid.indices.filter { $0 != i }.reduce(0) { $0 + (fills(laid[$1]) ? 0 : laid[$1].width) }
            let available = lineWidth - table.indent - others - gap * (laid.count - 1)
            laid[i].width = max(least(laid[i]), fills(laid[i]) ? available : min(laid[i].width, available))
        }

        let prefix = String(repeating: " ", count: table.indent)
        // Runs once for every line of a wrapped 15 MiB cell: spaces stand in for empty parts, and a
        // left-aligned last part is not measured.
        func line(_ parts: [String]) -> String {
            var s = prefix
            var spaces = 0
            for (i, part) in parts.enumerated() {
                if i > 0 { spaces += gap }
                if part.isEmpty {
                    spaces += laid[i].width
                    continue
                }
                s += String(repeating: " ", count: spaces)
                spaces = 0
                let right = table.columns[laid[i].index].alignment == .right
                if i == parts.count - 1, !right {
                    s += part
                } else {
                    s += Text.pad(part, to: laid[i].width, right: right)
                }
            }
            return trimTrailing(s)
        }
        var out: [String] = []
        if table.showsHeader { out.append(style.bold(headerLine(laid, table, prefix: prefix, gap: gap))) }
        for (r, row) in rows.enumerated() {
            if row.role == .section {
                // A blank line sets it apart from the lines above, when there are some.
                out += (out.isEmpty ? [] : [""]) + [texts[r].first { !$0.isEmpty } ?? ""]
                continue
            }
            let columns: [[String]] = laid.map { l in
                let text = cell(r, l.index)
                guard l.wraps else {
                    let isLabel: Bool
                    if l.index < row.cells.count, case .label = row.cells[l.index] {
                        isLabel = true
                    } else {
                        isLabel = false
                    }
                    if !isLabel, case .fit(_, .some(let most)) = table.columns[l.index].width {
                        return [Text.truncate(text, to: most)]
                    }
                    return [text]
                }
                var lines = Text.wrap(text, width: l.width)
                for (index, label, indent) in l.stacked {
                    let value = cell(r, index)
                    guard !value.isEmpty else { continue }
                    let pad = String(repeating: " ", count: indent)
                    lines += Text.wrap(label.map { "\($0): \(value)" } ?? value, width: l.width - indent).map {
                        pad + $0
                    }
                }
                return lines
            }
            let height = columns.map(\.count).max() ?? 1
            for k in 0..<height {
                let text = line(columns.map { k < $0.count ? $0[k] : "" })
                out.append(row.bold ? style.bold(text) : text)
            }
            if !row.notes.isEmpty, laid.count > 1 {
                let start = table.indent + laid[0].width + gap + 2
                for note in row.notes {
                    out += Text.wrap(note, width: lineWidth - start).map { String(repeating: " ", count: start) + $0 }
                }
            }
        }
        if dropped, let note = table.droppedNote { out += ["", note] }
        return out
    }

    /// The first of the empty-headed columns just before column `i`.
    private static func spanStart(_ laid: [Laid], _ i: Int, _ table: ReportDocument.Table) -> Int {
        var start = i
        while start > 0, table.columns[laid[start - 1].index].header.isEmpty { start -= 1 }
        return start
    }

    private static func headerLine(_ laid: [Laid], _ table: ReportDocument.Table, prefix: String, gap: Int) -> String {
        var s = prefix
        var i = 0
        while i < laid.count {
            let column = table.columns[laid[i].index]
            if i > 0 { s += String(repeating: " ", count: gap) }
            // An empty header followed by one that spans left: the later header starts here.
            if column.header.isEmpty,
                let next = laid[i...].firstIndex(where: { !table.columns[$0.index].header.isEmpty }),
                table.columns[laid[next].index].headerSpansLeft, spanStart(laid, next, table) <= i
            {
                let width = laid[i...next].reduce(0) { $0 + $1.width } + gap * (next - i)
                s += Text.pad(table.columns[laid[next].index].header, to: width)
                i = next + 1
                continue
            }
            s += Text.pad(column.header, to: laid[i].width, right: column.alignment == .right)
            i += 1
        }
        return trimTrailing(s)
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
