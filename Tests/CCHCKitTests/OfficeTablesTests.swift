import Foundation
import Testing

@testable import CCHCKit

/// Tables out of the XML of Word, Excel and OpenDocument parts, written here to show one rule
/// each, and out of the files office programs made (Fixtures/office/).
@Suite struct OfficeTablesTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let mc = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""

    static func word(_ body: String) throws -> [OfficeTable] {
        var handler = WordTables()
        try XMLReader.read(Array("<w:document \(w) \(mc)><w:body>\(body)</w:body></w:document>".utf8), into: &handler)
        return handler.collector.tables.compactMap { $0 }
    }

    static func cells(_ table: OfficeTable) -> [[String]] { table.rows.map(\.cells) }

    static func tc(_ text: String, _ properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }

    // gridSpan gives the text to the first column and moves the next cell over; a vMerge
    // continuation is empty; gridBefore skips columns.
    @Test func wordMergedCells() throws {
        let xml = """
            <w:tbl><w:tr>\(Self.tc("A", "<w:gridSpan w:val=\"2\"/>"))\(Self.tc("C", "<w:vMerge w:val=\"restart\"/>"))</w:tr>\
            <w:tr>\(Self.tc("a"))\(Self.tc("b"))\(Self.tc("ignored", "<w:vMerge/>"))</w:tr>\
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(Self.tc("x"))</w:tr></w:tbl>
            """
        let tables = try Self.word(xml)
        #expect(Self.cells(tables[0]) == [["A", "", "C"], ["a", "b"], ["", "x"]])
        #expect(tables[0].rows.map(\.number) == [1, 2, 3])
    }

    // Paragraphs, breaks and tabs become single spaces; w:ins is kept, w:del and w:moveFrom
    // dropped; a field's instruction dropped and its result kept; a content control read
    // through; mc:Fallback (a copy of mc:Choice) skipped.
    @Test func wordCellText() throws {
        let cell = """
            <w:tc><w:p><w:r><w:t xml:space="preserve">Kế </w:t></w:r><w:r><w:br/><w:t>hoạch</w:t><w:tab/></w:r></w:p>\
            <w:p><w:ins><w:r><w:t>CCHC</w:t></w:r></w:ins><w:del><w:r><w:delText>cũ</w:delText><w:t>x</w:t></w:r></w:del>\
            <w:moveFrom><w:r><w:t>moved</w:t></w:r></w:moveFrom></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> = SUM(ABOVE) </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9,5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:sdt><w:sdtPr><w:alias w:val="điểm"/></w:sdtPr><w:sdtContent><w:r><w:t>!</w:t></w:r></w:sdtContent></w:sdt></w:p>\
            <w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>one</w:t></w:r></mc:Choice>\
            <mc:Fallback><w:r><w:t>two</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p></w:tc>
            """
        let tables = try Self.word("<w:p><w:r><w:t>outside</w:t></w:r></w:p><w:tbl><w:tr>\(cell)</w:tr></w:tbl>")
        #expect(Self.cells(tables[0]) == [["Kế hoạch CCHC 9,5! one"]])
    }

    // A table inside a cell is a table of its own, numbered after the one holding it; its text
    // stays out of the outer cell.
    @Test func wordNestedTables() throws {
        let inner = "<w:tbl><w:tr>\(Self.tc("in"))</w:tr></w:tbl>"
        let xml =
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>out</w:t></w:r></w:p>\(inner)</w:tc>\(Self.tc("2"))</w:tr></w:tbl>"
            + "<w:tbl><w:tr>\(Self.tc("third"))</w:tr></w:tbl>"
        let tables = try Self.word(xml)
        #expect(tables.map(\.place) == [.table(1), .table(2), .table(3)])
        #expect(tables.map(Self.cells) == [[["out", "2"]], [["in"]], [["third"]]])
        #expect(tables[0].location(row: 12, column: 4) == "bảng 1, dòng 12, cột 5")
        #expect(tables[0].location(row: 12, column: 4, language: .en) == "table 1, row 12, column 5")
    }

    static let x = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""

    // Cells by address with gaps; shared strings (rich runs joined, phonetic runs dropped);
    // inline strings; numbers from their text (1E-2, formula noise); cached formula values;
    // booleans; a date-styled number as a date; a merged range's covered cells emptied.
    @Test func sheetCells() throws {
        var strings = SharedStringsPart()
        try XMLReader.read(
            Array(
                """
                <sst \(Self.x)><si><t>Tổng</t></si><si><r><t>Kế </t></r><r><rPr><b/></rPr><t>hoạch</t></r>\
                <rPh><t>けい</t></rPh></si></sst>
                """.utf8), into: &strings)
        #expect(strings.strings == ["Tổng", "Kế hoạch"])
        var styles = StylesPart()
        try XMLReader.read(
            Array(
                """
                <styleSheet \(Self.x)><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
                <numFmt numFmtId="165" formatCode="0.00&quot; đ&quot;"/></numFmts>\
                <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>
                """.utf8), into: &styles)
        #expect(styles.dateStyles == [false, true, false, true])
        let context = SheetContext(from1904: false, strings: strings.strings, dateStyles: styles.dateStyles)
        var sheet = SheetPart(name: "Phụ lục I", context: context, cells: 0)
        try XMLReader.read(
            Array(
                """
                <worksheet \(Self.x)><sheetData>\
                <row r="2"><c r="B2" t="s"><v>1</v></c><c r="D2"><v>9.5</v></c><c r="E2"><v>1.5E-2</v></c></row>\
                <row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c><c t="b"><v>1</v></c>\
                <c><f>SUM(A1:A3)</f><v>89.750000000000014</v></c><c s="1"><v>45121</v></c><c s="2"><v>7</v></c></row>\
                <row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7"><v>3</v></c></row>\
                </sheetData><mergeCells><mergeCell ref="A7:B7"/></mergeCells></worksheet>
                """.utf8), into: &sheet)
        let table = try sheet.finish()
        #expect(
            Self.cells(table) == [
                ["", "Kế hoạch", "", "9.5", "0.015"], ["x", "TRUE", "89.75", "2023-07-14", "7"], ["Tổng"],
            ])
        #expect(table.rows.map(\.number) == [2, 5, 7])
        #expect(table.location(row: 57, column: 4) == "Phụ lục I!E57")
    }

    // 45121 is 14 July 2023 (1900 system: 45121 - 25569 = 19552 days after 1970-01-01);
    // 1 is 1900-01-01, 60 is Excel's 29 February 1900, counted as 1 March; 0 in 1904 is 1904-01-01.
    @Test func dateSerials() {
        #expect(SpreadsheetValue.date(serial: "45121", from1904: false) == "2023-07-14")
        #expect(SpreadsheetValue.date(serial: "45121.75", from1904: false) == "2023-07-14")
        #expect(SpreadsheetValue.date(serial: "1", from1904: false) == "1900-01-01")
        #expect(SpreadsheetValue.date(serial: "61", from1904: false) == "1900-03-01")
        #expect(SpreadsheetValue.date(serial: "0", from1904: true) == "1904-01-01")
    }

    @Test(arguments: [
        ("9.5", "9.5"), ("10", "10"), ("0.5", "0.5"), ("-0.25", "-0.25"), ("1.5E-2", "0.015"), ("2E3", "2000"),
        ("89.750000000000014", "89.75"), ("4.7499999999999991", "4.75"), ("0.30000000000000004", "0.3"),
        ("9.555", "9.555"), ("abc", "abc"), ("", ""), ("1.2.3", "1.2.3"), ("007.50", "7.5"),
        // 15 significant digits kept, the 16th rounds: 1.25499999999999|99 → 1.255 (a typed 1,255);
        // 1.33333333333333|33 → 1.33333333333333; 9.49999999999999|93 → 9.5;
        // 99.9999999999999|99 → 100; 0.0000|123456789012345|67 → …2346; 11 digits stay as typed.
        ("9.9999999999", "9.9999999999"), ("1.2500000001", "1.2500000001"), ("1.2549999999999999", "1.255"),
        ("1.3333333333333333", "1.33333333333333"), ("9.4999999999999993", "9.5"), ("99.999999999999999", "100"),
        ("0.000012345678901234567", "0.0000123456789012346"), ("123456789012345678", "123456789012346000"),
        ("-1.2549999999999999", "-1.255"),
    ])
    func decimalText(_ stored: String, _ expected: String) {
        #expect(SpreadsheetValue.number(stored) == expected)
    }

    static let odf = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        """

    // Repeated rows and columns expanded when they hold text and skipped when empty (a
    // million-row filler costs nothing); covered cells empty; office:value used, not the
    // shown text; text:s, text:line-break and paragraphs as spaces; tracked deletions dropped.
    @Test func openDocument() throws {
        let xml = """
            <office:document-content \(Self.odf)><office:body><office:spreadsheet>\
            <text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>\
            <table:table table:name="Phụ lục I"><table:table-column table:number-columns-repeated="7"/>\
            <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"><text:p>r</text:p></table:table-cell>\
            <table:table-cell office:value-type="float" office:value="9.5"><text:p>9,50</text:p></table:table-cell></table:table-row>\
            <table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>\
            <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>a<text:s text:c="3"/>b</text:p><text:p>c<text:line-break/>d</text:p></table:table-cell>\
            <table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell>\
            <table:table-cell office:value-type="date" office:date-value="2023-07-14"><text:p>14/07/2023</text:p></table:table-cell></table:table-row>\
            </table:table></office:spreadsheet></office:body></office:document-content>
            """
        var handler = OpenDocumentTables(sheets: true)
        try XMLReader.read(Array(xml.utf8), into: &handler)
        let table = try #require(handler.collector.tables.first ?? nil)
        #expect(table.place == .sheet("Phụ lục I"))
        #expect(Self.cells(table) == [["r", "r", "9.5"], ["r", "r", "9.5"], ["a b c d", "", "2023-07-14"]])
        #expect(table.rows.map(\.number) == [1, 2, 1_000_003])
    }

    // An .ods number is its office:value read as a spreadsheet shows it, 15 significant digits,
    // not its shown text: 1.25499999999999|99 → 1.255 (a typed 1,255, which the score reader
    // refuses for its third decimal, whatever "1,25" the cell shows); 9.49999999999999|93 → 9.5.
    @Test func openDocumentValueDigits() throws {
        let xml = """
            <office:document-content \(Self.odf)><office:body><office:spreadsheet><table:table table:name="S">\
            <table:table-row><table:table-cell office:value-type="float" office:value="1.2549999999999999">\
            <text:p>1,25</text:p></table:table-cell>\
            <table:table-cell office:value-type="float" office:value="9.4999999999999993"><text:p>9,5</text:p>\
            </table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>
            """
        var handler = OpenDocumentTables(sheets: true)
        try XMLReader.read(Array(xml.utf8), into: &handler)
        let table = try #require(handler.collector.tables.first ?? nil)
        #expect(Self.cells(table) == [["1.255", "9.5"]])
    }

    // A non-empty cell repeated past the caps is refused, not expanded.
    @Test func repeatBomb() {
        let xml = """
            <office:document-content \(Self.odf)><office:body><office:spreadsheet><table:table table:name="S">\
            <table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="1024">\
            <text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>\
            </office:document-content>
            """
        var handler = OpenDocumentTables(sheets: true)
        #expect(throws: XMLError.self) { try XMLReader.read(Array(xml.utf8), into: &handler) }
    }

    // Detection by content: an OLE file, a ZIP of no office document, text.
    @Test func detection() throws {
        #expect(throws: OfficeError.oldOrEncrypted) {
            try OfficeDocument.tables(
                [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        }
        let zip = Array(try Data(contentsOf: URL(fileURLWithPath: Package.root + "/Tests/Office/zip/two-parts.zip")))
        #expect(throws: OfficeError.notOffice) { try OfficeDocument.tables(zip) }
        #expect(try OfficeDocument.tables(Array("STT\tLĩnh vực\n".utf8)) == nil)
    }

    static let fixtures = [
        "binh-thanh-2023.docx", "binh-thanh-2023.odt", "binh-thanh-2023.python-docx.docx", "binh-thanh-2023.xlsx",
        "binh-thanh-2023.ods", "binh-thanh-2023.openpyxl.xlsx",
    ]

    // Every office file of the seed's tables holds the two tables, with as many rows as the TSV
    // files have non-blank lines (the lost-points table: header, 12 deductions, Tổng cộng = 14),
    // plus the title row above each header in the workbooks.
    @Test(arguments: fixtures)
    func seedTables(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Package.root + "/Fixtures/office/" + name)))
        let tables = try #require(try OfficeDocument.tables(bytes))
        #expect(tables.count == 2)
        let tsv = try String(contentsOfFile: Package.fixture("binh-thanh-2023-criteria.tsv"), encoding: .utf8)
        let lines = tsv.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let titleRows = name.hasSuffix("xlsx") || name.hasSuffix("ods") ? 1 : 0
        #expect(tables[0].rows.count == lines.count + titleRows)
        #expect(tables[0].rows[titleRows].cells.first == "STT")
        #expect(tables[1].rows.count == 14 + titleRows)
    }
}

@Suite struct OfficeVariantTests {
    // A line break and a second paragraph inside criterion 1.1's title (Word), a line break in
    // the cell (Excel): one title, joined by spaces.
    @Test(arguments: ["binh-thanh-2023.line-break.docx", "binh-thanh-2023.line-break.xlsx"])
    func lineBreakInACell(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Package.root + "/Fixtures/office/" + name)))
        let tables = try #require(try OfficeDocument.tables(bytes))
        let row = try #require(tables[0].rows.first { $0.cells.first == "1.1." })
        #expect(row.cells[1] == "Xây dựng và tổ chức thực hiện Kế hoạch CCHC")
    }

    // The merged Word table: a title row spanning 7 columns, and the department column merged
    // down (the rows below the first of each run are empty there).
    @Test func mergedWordTable() throws {
        let path = Package.root + "/Fixtures/office/binh-thanh-2023.merged.docx"
        let tables = try #require(try OfficeDocument.tables(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        #expect(tables[0].rows[0].cells == ["BIỂU TỔNG HỢP"])
        let first = try #require(tables[0].rows.first { $0.cells.first == "1.1." })
        let second = try #require(tables[0].rows.first { $0.cells.first == "1.2." })
        #expect(first.cells.last == "Văn phòng - thống kê xã")
        #expect(second.cells.count == 6)
    }
}
