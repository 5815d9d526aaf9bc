import Testing

@testable import CCHCKit

/// An archive's parts as `ZipArchive` reads them back, each checked against its CRC-32.
func unzipped(_ zip: [UInt8]) -> [(name: String, data: [UInt8])]? {
    guard var archive = try? ZipArchive(zip) else { return nil }
    var parts: [(String, [UInt8])] = []
    for entry in archive.entries {
        guard let data = try? archive.read(entry) else { return nil }
        parts.append((entry.name, data))
    }
    return parts
}

@Suite struct DocumentPartsTests {
    // Two entries read back with their names and bytes; the same input gives the same bytes.
    @Test func zipRoundTrip() throws {
        var zip = ZipWriter()
        zip.add("a.txt", Array("hello".utf8))
        zip.add("dir/b.xml", Array("<x/>".utf8))
        let bytes = zip.finish()
        let entries = try #require(unzipped(bytes))
        #expect(entries.map(\.name) == ["a.txt", "dir/b.xml"])
        #expect(entries.map { String(decoding: $0.data, as: UTF8.self) } == ["hello", "<x/>"])
        // 2 local headers (30 + name) + data, 2 central records (46 + name), end record 22:
        // 30+5+5 + 30+9+4 + 46+5 + 46+9 + 22 = 211.
        #expect(bytes.count == 211)
        var again = ZipWriter()
        again.add("a.txt", Array("hello".utf8))
        again.add("dir/b.xml", Array("<x/>".utf8))
        #expect(again.finish() == bytes)
    }

    // The five XML specials are escaped; control characters XML forbids are dropped; Vietnamese
    // and the allowed whitespace stay.
    @Test func xmlEscape() {
        #expect(XMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;")
        #expect(XMLText.escape("x\u{01}y\u{0B}z\t\n") == "xyz\t\n")
        #expect(XMLText.escape("Mạc Thị Lan") == "Mạc Thị Lan")
        // The check the golden tests and the fuzz target lean on tells broken XML apart.
        #expect(XMLText.isWellFormed(Array("<a x=\"1\"><b>\(XMLText.escape("<&>"))</b></a>".utf8)))
        #expect(!XMLText.isWellFormed(Array("<a><b></a>".utf8)))
        #expect(!XMLText.isWellFormed(Array("<a>&</a>".utf8)))
    }

    @Test func columnNames() {
        #expect(Workbook.columnName(0) == "A")
        #expect(Workbook.columnName(25) == "Z")
        #expect(Workbook.columnName(26) == "AA")
        #expect(Workbook.columnName(27 * 26) == "AAA")  // 702 = 26 + 26×26 columns before it
    }

    // Consecutive rows make one range; the others stand alone.
    @Test func sumArguments() {
        #expect(Workbook.sumArguments(column: 3, rows: [3, 4, 5, 7, 9, 10]) == "D3:D5,D7,D9:D10")
    }

    // A total over two domains over their criteria: 1,5 + 0,5 = 2 and 7, so 9; a cycle counts 0.
    @Test func cachedSums() {
        let sheet = Workbook.Sheet(
            name: "s", widths: [],
            rows: [
                .init(cells: [.text("h")]), .init(cells: [.sum(rows: [3, 4])]),
                .init(cells: [.number(.init(hundredths: 150))]),
                .init(cells: [.number(.init(hundredths: 50))]), .init(cells: [.number(.init(hundredths: 700))]),
                .init(cells: [.sum(rows: [2, 5])]), .init(cells: [.sum(rows: [7])]),
            ])
        #expect(Workbook.value(of: sheet, row: 2, column: 0) == Points(hundredths: 200))
        #expect(Workbook.value(of: sheet, row: 6, column: 0) == Points(hundredths: 900))
        #expect(Workbook.value(of: sheet, row: 7, column: 0) == .zero)
    }

    // A workbook's parts: a formula with its cached value, a number as a number, text inline.
    @Test func worksheetCells() throws {
        let book = Workbook(sheets: [
            .init(
                name: "Tiêu chí", widths: [8, 40],
                rows: [
                    .init(cells: [.text("STT"), .text("Điểm")]),
                    .init(cells: [.text("1"), .sum(rows: [3])]),
                    .init(cells: [.text("1.1", indent: 1), .number(.init(hundredths: 950))]),
                ])
        ])
        let parts = Dictionary(uniqueKeysWithValues: SpreadsheetML.parts(book))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<c r=\"B2\" s=\"4\"><f>SUM(B3)</f><v>9.5</v></c>"))
        #expect(sheet.contains("<c r=\"B3\" s=\"4\"><v>9.5</v></c>"))
        #expect(sheet.contains("<c r=\"A3\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">1.1</t></is></c>"))
        #expect(sheet.contains("state=\"frozen\""))
        #expect(parts["xl/workbook.xml"]?.contains("name=\"Tiêu chí\"") == true)
        let entries = try #require(unzipped(SpreadsheetML.archive(book)))
        #expect(entries.map(\.name).first == "[Content_Types].xml")
    }

    // The appendix's order of codes: part by part, numbers as numbers, a prefix first.
    @Test func codeOrder() {
        #expect(AppendixOrder.codeOrder("7.6", before: "7.11"))
        #expect(AppendixOrder.codeOrder("1.9.1", before: "3.1.2"))
        #expect(AppendixOrder.codeOrder("8.3", before: "8.3.2.2"))
        #expect(!AppendixOrder.codeOrder("8.5.2", before: "8.3.2.2"))
        #expect(AppendixOrder.codeOrder("V.1", before: "V.2"))
    }

    @Test func tickSteps() {
        #expect(SVGCanvas.tickStep(span: 2000) == 500)  // 20 points in steps of 5
        #expect(SVGCanvas.tickStep(span: 10000) == 2000)  // 100 points in steps of 20
        #expect(SVGCanvas.scale(5000, span: 10000, pixels: 300) == 150)
    }
}
