/// Writes a report document as an Excel workbook: one sheet per table, the header frozen and
/// bold, numbers stored as numbers, and each group and total row a `SUM` over the rows under
/// it, its value cached, wherever that sum is the figure the report gives.
///
/// A workbook is data as much as a page, so it carries every row and column a printed report
/// shows with `--detail`.
enum XLSXWriter: ReportWriter {
    static let audience: ReportDocument.Audience = .print

    static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        SpreadsheetML.archive(workbook(document))
    }

    /// The workbook before it becomes XML.
    static func workbook(_ document: ReportDocument) -> Workbook {
        var sheets: [Workbook.Sheet] = []
        // A title block for print (a form's `Đơn vị: …`, `Năm: …`) stands above the next table.
        var title: [String] = []
        for block in document.blocks(for: audience) {
            switch block.content {
            case .fields(let fields): title += fields.items.map { "\($0.label): \($0.value)" }
            case .table(let table):
                sheets.append(sheet(table, document: document, title: title))
                title = []
            case .heading, .paragraph, .chart: break
            }
        }
        return Workbook(sheets: sheets)
    }

    private static func sheet(_ table: ReportDocument.Table, document: ReportDocument, title: [String])
        -> Workbook.Sheet
    {
        // Data order, not the order a page reads (a deduction's points after its content).
        var columns = table.columns(for: audience, detail: true).sorted()
        // A score's lost-points sheet is the appendix's table, in its order: it has no column of
        // the criterion a code belongs to (`import` finds the criterion from the code).
        if document.kind == .score, table.id == "lost" { columns = AppendixOrder.lostColumns.compactMap(table.column) }
        let rows = AppendixOrder.rows(table.rows(for: audience, detail: true), of: table, kind: document.kind)
        let indented = columns.first { if case .wrap = table.columns[$0].width { return true } else { return false } }
        let language = document.language
        // A score's sheets carry the appendix's own headers (seed 002), so that `import` reads
        // the workbook back as it reads an office's table.
        let words = DocumentLabels.of(language)
        var header = columns.map { c in
            let column = table.columns[c]
            let appendix =
                document.kind == .score ? words.appendixHeader(column.key, table: table.id, language: language) : nil
            return Workbook.Cell.text(appendix ?? column.header)
        }
        if let first = header.first, first == .text("") { header[0] = .text(DocumentLabels.of(language).number) }
        // Each title line in the first cell, a blank row under them, then the header.
        var sheetRows = title.map { Workbook.Row(cells: [.text($0)], bold: true) }
        if !title.isEmpty { sheetRows.append(Workbook.Row(cells: [])) }
        let headerRow = sheetRows.count
        sheetRows.append(Workbook.Row(cells: header, bold: true))
        for row in rows {
            let cells: [Workbook.Cell] = columns.map { c in
                let cell = c < row.cells.count ? row.cells[c] : .blank
                return value(cell, language: language, indent: c == (indented ?? columns.first) ? row.depth : 0)
            }
            sheetRows.append(Workbook.Row(cells: cells, bold: row.bold || row.role == .group || row.role == .total))
        }
        var sheet = Workbook.Sheet(
            name: table.name, widths: widths(header, columns: columns, rows: rows, language), rows: sheetRows,
            header: headerRow)
        // A form's stage cells are empty for the clerk: its groups and total sum them all the same.
        let blanks =
            document.isForm
            ? Set(columns.indices.filter { Stage(rawValue: table.columns[columns[$0]].key) != nil }) : []
        addSums(&sheet, rows: rows, summingBlanks: blanks)
        // The appendix numbers its lost-points rows (STT), as the Word appendix does: `import`
        // knows the lost-points table by that header, so the workbook reads back whole.
        if document.kind == .score, table.id == "lost" { numberRows(&sheet, header: words.number) }
        return sheet
    }

    /// Puts a first column `STT` numbering the rows under the header 1, 2, 3…
    private static func numberRows(_ sheet: inout Workbook.Sheet, header: String) {
        sheet.widths.insert(6, at: 0)
        for i in sheet.rows.indices where i >= sheet.header {
            let n = i - sheet.header
            let first: Workbook.Cell = n == 0 ? .text(header) : .number(Points(hundredths: n * 100))
            sheet.rows[i].cells.insert(first, at: 0)
        }
    }

    private static func value(_ cell: ReportDocument.Cell, language: Language, indent: Int) -> Workbook.Cell {
        switch cell {
        case .blank, .absent: return .empty
        case .text(let s), .label(let s): return s.isEmpty ? .empty : .text(s, indent: indent)
        case .points(let p), .change(let p): return .number(p)
        case .count(let n): return .number(Points(hundredths: n.multipliedReportingOverflow(by: 100).partialValue))
        case .rank(let r, _): return .number(Points(hundredths: r.multipliedReportingOverflow(by: 100).partialValue))
        }
    }

    /// Replaces a group's or the total's number by the `SUM` of its children (the rows under it
    /// one level deeper; for the total, the top-level rows above it), when every child has a number there
    /// and the sum equals the figure the report gives; in the columns `summingBlanks`, whatever
    /// the children and the figure (a form's empty stage cells).
    private static func addSums(_ sheet: inout Workbook.Sheet, rows: [ReportDocument.Row], summingBlanks: Set<Int>) {
        // The sheet row (1-based) of `rows[i]` is `i + first`: after the title and the header.
        let first = sheet.header + 2
        for (i, row) in rows.enumerated() where row.role == .group || row.role == .total {
            var children: [Int] = []
            if row.role == .total {
                children = rows.indices.filter {
                    $0 < i && rows[$0].role != .section && rows[$0].depth == 0
                }
            } else {
                var j = i + 1
                while j < rows.count, rows[j].depth > row.depth, rows[j].role != .total {
                    if rows[j].depth == row.depth + 1 { children.append(j) }
                    j += 1
                }
            }
            guard !children.isEmpty else { continue }
            let sheetRow = i + first
            let references = children.map { $0 + first }
            for c in sheet.rows[sheetRow - 1].cells.indices {
                if summingBlanks.contains(c) {
                    let minus = children.filter { rows[$0].subtracts }
                    sheet.rows[sheetRow - 1].cells[c] = .sum(
                        rows: children.filter { !rows[$0].subtracts }.map { $0 + first },
                        minus: minus.map { $0 + first })
                    continue
                }
                guard case .number(let figure) = sheet.rows[sheetRow - 1].cells[c] else { continue }
                guard
                    references.allSatisfy({ r in
                        c < sheet.rows[r - 1].cells.count && isNumber(sheet.rows[r - 1].cells[c])
                    })
                else { continue }
                let saved = sheet.rows[sheetRow - 1].cells[c]
                // The total's max leaves out bonus and penalty domains (10 + 20 + 30 + 40, not 105).
                let regular = children.filter { !rows[$0].outsideMax }.map { $0 + first }
                for sum in [references, regular] where !sum.isEmpty {
                    sheet.rows[sheetRow - 1].cells[c] = .sum(rows: sum)
                    if Workbook.value(of: sheet, row: sheetRow, column: c) == figure { break }
                    sheet.rows[sheetRow - 1].cells[c] = saved
                }
            }
        }
    }

    private static func isNumber(_ cell: Workbook.Cell) -> Bool {
        switch cell {
        case .number, .sum: return true
        case .empty, .text: return false
        }
    }

    /// Each column as wide as its header or its longest text, between 6 and 60 characters.
    private static func widths(
        _ header: [Workbook.Cell], columns: [Int], rows: [ReportDocument.Row], _ language: Language
    ) -> [Int] {
        zip(header, columns).map { cell, c in
            var widest = 0
            if case .text(let text, _) = cell { widest = text.count }
            for row in rows where c < row.cells.count {
                widest = max(widest, row.cells[c].text(language).count + row.depth * 2)
            }
            return min(max(widest + 2, 6), 60)
        }
    }
}
