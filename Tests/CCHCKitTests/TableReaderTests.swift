import Testing

@testable import CCHCKit

/// Reading pasted tables: separators, quotes, line ends, markup, and where each cell is.
@Suite struct TableReaderTests {
    func read(_ text: String, name: String = "t.csv") -> (Table?, [Diagnostic]) {
        TableReader.read(SourceText(name: name, bytes: Array(text.utf8)))
    }

    func cells(_ text: String, name: String = "t.csv", sourceLocation: SourceLocation = #_sourceLocation)
        -> [[String]]
    {
        let (table, diagnostics) = read(text, name: name)
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
        return table?.rows.map { $0.cells.map(\.text) } ?? []
    }

    @Test(arguments: [
        ("a\tb\n1\t2\n", "t.tsv", [["a", "b"], ["1", "2"]]),
        ("a;b\r\n1;2,5\r\n", "t.csv", [["a", "b"], ["1", "2,5"]]),
        ("a,b\n1,\"2,5\"\n", "t.csv", [["a", "b"], ["1", "2,5"]]),
        ("\u{FEFF}a;b\n\n\n1;2\n", "t.csv", [["a", "b"], ["1", "2"]]),
        ("a\tb\n\t\t\n1\t2", "-", [["a", "b"], ["1", "2"]]),
        ("sep=;\na;b,c\n", "t.csv", [["a", "b,c"]]),
        ("a;\"say \"\"hi\"\"\";c\n", "t.csv", [["a", "say \"hi\"", "c"]]),
        ("a,\"two\nlines\",c\n", "t.csv", [["a", "two\nlines", "c"]]),
        ("<b>1</b>\t <i>Sáng kiến</i> \t< 50%\n", "t.txt", [["1", "Sáng kiến", "< 50%"]]),
        ("a\u{A0}\tb<br>c\n", "t.tsv", [["a", "b c"]]),
        ("a;b;c\n1;2\n", "odd-name", [["a", "b", "c"], ["1", "2"]]),
        ("\"Quoted\" text\tb\n", "t.tsv", [["\"Quoted\" text", "b"]]),
    ])
    func splitsCells(text: String, name: String, expected: [[String]]) {
        #expect(cells(text, name: name) == expected)
    }

    @Test func decomposedTextIsComposed() {
        let nfd = "Tha\u{300}nh\tb\n"
        #expect(cells(nfd, name: "t.tsv") == [["Thành", "b"]])
    }

    @Test func cellsKnowTheirPlace() throws {
        let text = "\u{FEFF}STT;Tên\r\n\r\n1.1.;  Bình Thành;<b>9,5</b>\r\n"
        let (table, _) = read(text)
        let row = try #require(table?.rows.last)
        let source = SourceText(name: "t.csv", bytes: Array(text.utf8))
        #expect(row.cells.map { source.location(of: $0.offset).line } == [3, 3, 3])
        #expect(row.cells.map { source.location(of: $0.offset).column } == [1, 8, 19])
        #expect(source.location(of: row[9].offset) == (3, 29))
        #expect(row[9].isEmpty)
    }

    @Test func anUnclosedQuoteIsAnError() {
        let (table, diagnostics) = read("a;b\n1;\"open\n2;3\n")
        #expect(table == nil)
        #expect(
            diagnostics.map(\.description) == ["t.csv:2:3: một ô mở dấu ngoặc kép mà không đóng (thiếu một dấu \")"])
    }

    @Test func textThatIsNotUTF8IsAnError() {
        var bytes = Array("a\tb\nTh".utf8)
        bytes += [0xE0, 0x6E, 0x68, 0x0A]  // "Thành" in Windows-1258 starts like this
        let (table, diagnostics) = TableReader.read(SourceText(name: "t.tsv", bytes: bytes))
        #expect(table == nil)
        #expect(diagnostics.first?.description.hasPrefix("t.tsv:2:3: không phải văn bản UTF-8") == true)
    }

    @Test(arguments: [
        ("Mạc Thị Lan", ["Mạc Thị Lan"], [String]()),
        ("Nguyễn Thị Dung, các BPCM xã", ["Nguyễn Thị Dung", "các BPCM xã"], []),
        ("Trần Văn Ái (2023) chuyển Ma Đình Chung (2024)", ["Ma Đình Chung"], ["Trần Văn Ái"]),
        ("Nguyễn Trọng Hiếu (2023) Chuyển cho Ma Đình Chung", ["Ma Đình Chung"], ["Nguyễn Trọng Hiếu"]),
        ("A, B → C", ["C"], ["A", "B"]),
        ("Ban (Văn phòng)", ["Ban (Văn phòng)"], []),
        ("", [], []),
    ])
    func responsibleCell(text: String, responsible: [String], formerly: [String]) {
        let parsed = Responsibility.parse(text)
        #expect(parsed.responsible == responsible)
        #expect(parsed.formerly == formerly)
    }

    @Test(arguments: [
        ("1.1.", "1.1"), ("8.3.2.2", "8.3.2.2"), ("5", "5"), ("7.13..", "7.13"), ("STT", nil), ("1..2", nil),
        ("", nil), ("1.a", nil),
    ])
    func ids(text: String, id: String?) {
        #expect(ImportCells.id(TableCell(text: text, offset: 0)) == id)
    }
}
