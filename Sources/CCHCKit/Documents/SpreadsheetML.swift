/// The Office Open XML parts of an .xlsx (ECMA-376 Part 1, SpreadsheetML), and their archive.
///
/// The least a workbook needs to open in Excel and LibreOffice without a repair prompt: the
/// content types, the package and workbook relationships, the workbook, the styles, and one
/// worksheet part per sheet. Strings are inline, so no shared-strings part is needed.
enum SpreadsheetML {
    /// The .xlsx file's bytes.
    static func archive(_ workbook: Workbook) -> [UInt8] {
        var zip = ZipWriter()
        for (name, text) in parts(workbook) { zip.add(name, Array(text.utf8)) }
        return zip.finish()
    }

    /// Each part's path in the archive and its XML, in archive order.
    static func parts(_ workbook: Workbook) -> [(String, String)] {
        let count = workbook.sheets.count
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: count)),
            ("_rels/.rels", OfficeParts.packageRelationships(target: "xl/workbook.xml")),
            ("xl/workbook.xml", workbookPart(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet)))
        }
        return parts
    }

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    private static func contentTypes(sheets: Int) -> String {
        var overrides = [
            ("/xl/workbook.xml", "\(officeType).sheet.main+xml"),
            ("/xl/styles.xml", "\(officeType).styles+xml"),
        ]
        for i in 0..<sheets {
            overrides.append(("/xl/worksheets/sheet\(i + 1).xml", "\(officeType).worksheet+xml"))
        }
        return OfficeParts.contentTypes(overrides)
    }

    private static func workbookPart(_ workbook: Workbook) -> String {
        var used = Set<String>()
        var sheets = ""
        for (i, sheet) in workbook.sheets.enumerated() {
            let name = sheetName(sheet.name, index: i, used: &used)
            sheets += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return XMLText.declaration
            + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(OfficeParts.relationshipNamespace)\">"
            + "<sheets>\(sheets)</sheets></workbook>"
    }

    /// A name Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank, unique.
    private static func sheetName(_ wanted: String, index: Int, used: inout Set<String>) -> String {
        let allowed = wanted.unicodeScalars.filter { $0.value >= 0x20 && !"[]:*?/\\'".unicodeScalars.contains($0) }
        // Excel counts UTF-16 units; every scalar a name can hold here is one or two of them.
        var name = String(String.UnicodeScalarView(allowed.prefix(31)))
        while name.utf16.count > 31 { name.unicodeScalars.removeLast() }
        if name.trimmingWhitespace.isEmpty || used.contains(name.lowercased()) { name = "Sheet\(index + 1)" }
        used.insert(name.lowercased())
        return name
    }

    private static func workbookRelationships(sheets: Int) -> String {
        var relationships: [(String, String)] = []
        for i in 0..<sheets { relationships.append(("worksheet", "worksheets/sheet\(i + 1).xml")) }
        relationships.append(("styles", "styles.xml"))
        return OfficeParts.relationships(relationships)
    }

    /// Cell formats, indexed by `format(bold:number:indent:)`: regular and bold, text and number
    /// (built-in format 2, `0.00`), and four indent steps for text.
    private static let styles: String = {
        var xfs = ""
        for bold in [false, true] {
            for number in [false, true] {
                for indent in 0..<4 {
                    let font = bold ? 1 : 0
                    let format = number ? 2 : 0
                    var xf = "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    xf += bold ? " applyFont=\"1\"" : ""
                    xf += number ? " applyNumberFormat=\"1\"" : ""
                    let alignment = "<alignment horizontal=\"left\" indent=\"\(indent)\"/>"
                    xf += indent > 0 ? " applyAlignment=\"1\">\(alignment)</xf>" : "/>"
                    xfs += xf
                }
            }
        }
        return XMLText.declaration + "<styleSheet xmlns=\"\(main)\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"16\">\(xfs)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()

    private static func format(bold: Bool, number: Bool, indent: Int) -> Int {
        (bold ? 8 : 0) + (number ? 4 : 0) + min(max(indent, 0), 3)
    }

    private static func worksheet(_ sheet: Workbook.Sheet) -> String {
        var xml = XMLText.declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(OfficeParts.relationshipNamespace)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.rows.count > sheet.header + 1 {
            let split = sheet.header + 1
            let cell = "A\(split + 1)"
            xml += "<pane ySplit=\"\(split)\" topLeftCell=\"\(cell)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"\(cell)\" sqref=\"\(cell)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.widths.isEmpty {
            xml += "<cols>"
            for (i, width) in sheet.widths.enumerated() {
                xml += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(min(max(width, 1), 255))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            let bold = row.bold || r == sheet.header
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.cells.enumerated() {
                let reference = "\(Workbook.columnName(c))\(r + 1)"
                switch cell {
                case .empty: continue
                case .text(let text, let indent):
                    let s = format(bold: bold, number: false, indent: indent)
                    xml += "<c r=\"\(reference)\" s=\"\(s)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    xml += "\(XMLText.escape(text))</t></is></c>"
                case .number(let points):
                    xml += "<c r=\"\(reference)\" s=\"\(format(bold: bold, number: true, indent: 0))\">"
                    xml += "<v>\(points.json)</v></c>"
                case .sum(let rows, _) where rows.isEmpty:
                    xml += "<c r=\"\(reference)\" s=\"\(format(bold: bold, number: true, indent: 0))\"><v>0</v></c>"
                case .sum(let rows, let minus):
                    let value = Workbook.value(of: sheet, row: r + 1, column: c)
                    var formula = "SUM(\(Workbook.sumArguments(column: c, rows: rows)))"
                    if !minus.isEmpty { formula += "-SUM(\(Workbook.sumArguments(column: c, rows: minus)))" }
                    xml += "<c r=\"\(reference)\" s=\"\(format(bold: bold, number: true, indent: 0))\">"
                    xml += "<f>\(formula)</f><v>\(value.json)</v></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }
}
