/// The Office Open XML parts of a .docx (ECMA-376 Part 1, WordprocessingML), and their archive.
///
/// The least a document needs to open in Word and LibreOffice: the content types, the package
/// and document relationships, the document and its styles. The page is A4 with the margins of
/// Nghị định 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 20 mm) and the text is
/// Times New Roman 13, as that decree asks of administrative documents.
enum WordprocessingML {
    /// The .docx file's bytes.
    static func archive(_ document: WordDocument) -> [UInt8] {
        var zip = ZipWriter()
        for (name, text) in parts(document) { zip.add(name, Array(text.utf8)) }
        return zip.finish()
    }

    /// Each part's path in the archive and its XML, in archive order.
    static func parts(_ document: WordDocument) -> [(String, String)] {
        let type = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return [
            (
                "[Content_Types].xml",
                OfficeParts.contentTypes([
                    ("/word/document.xml", "\(type).document.main+xml"), ("/word/styles.xml", "\(type).styles+xml"),
                ])
            ),
            ("_rels/.rels", OfficeParts.packageRelationships(target: "word/document.xml")),
            ("word/document.xml", documentPart(document)),
            ("word/_rels/document.xml.rels", OfficeParts.relationships([("styles", "styles.xml")])),
            ("word/styles.xml", styles),
        ]
    }

    private static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    // A4 in twentieths of a point, and the decree's margins: 20 mm = 1134, 30 mm = 1701.
    private static let pageShort = 11906
    private static let pageLong = 16838
    private static let marginTop = 1134
    private static let marginBottom = 1134
    private static let marginLeft = 1701
    private static let marginRight = 1134

    private static let styles =
        XMLText.declaration + "<w:styles xmlns:w=\"\(namespace)\"><w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" "
        + "w:cs=\"Times New Roman\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/>"
        + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
        + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "</w:styles>"

    private static func documentPart(_ document: WordDocument) -> String {
        var body = ""
        for (i, section) in document.sections.enumerated() {
            for block in section.blocks {
                switch block {
                case .paragraph(let p): body += paragraph(p)
                case .table(let t): body += table(t, width: textWidth(section)) + paragraph(.init(text: ""))
                }
            }
            // A section other than the last ends with a paragraph that carries its properties.
            if i < document.sections.count - 1 {
                body += "<w:p><w:pPr>\(sectionProperties(section))</w:pPr></w:p>"
            }
        }
        body += sectionProperties(document.sections.last ?? .init(blocks: []))
        return XMLText.declaration + "<w:document xmlns:w=\"\(namespace)\"><w:body>\(body)</w:body></w:document>"
    }

    private static func textWidth(_ section: WordDocument.Section) -> Int {
        (section.landscape ? pageLong : pageShort) - marginLeft - marginRight
    }

    private static func sectionProperties(_ section: WordDocument.Section) -> String {
        let (w, h) = section.landscape ? (pageLong, pageShort) : (pageShort, pageLong)
        return "<w:sectPr><w:pgSz w:w=\"\(w)\" w:h=\"\(h)\"\(section.landscape ? " w:orient=\"landscape\"" : "")/>"
            + "<w:pgMar w:top=\"\(marginTop)\" w:right=\"\(marginRight)\" w:bottom=\"\(marginBottom)\" "
            + "w:left=\"\(marginLeft)\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
    }

    private static func paragraph(_ p: WordDocument.Paragraph) -> String {
        let properties = p.centered ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : ""
        return "<w:p>\(properties)\(runs(p.text, bold: p.bold, italic: p.italic))</w:p>"
    }

    /// The text as runs, a `w:br` at each line break.
    private static func runs(_ text: String, bold: Bool, italic: Bool) -> String {
        if text.isEmpty { return "" }
        var format = bold ? "<w:b/><w:bCs/>" : ""
        format += italic ? "<w:i/><w:iCs/>" : ""
        let properties = format.isEmpty ? "" : "<w:rPr>\(format)</w:rPr>"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var run = "<w:r>\(properties)"
        for (i, line) in lines.enumerated() {
            if i > 0 { run += "<w:br/>" }
            run += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(line)))</w:t>"
        }
        return run + "</w:r>"
    }

    private static func table(_ table: WordDocument.Table, width: Int) -> String {
        let columns = max(table.weights.count, table.rows.map(\.cells.count).max() ?? 0)
        let weights = (0..<columns).map { $0 < table.weights.count ? max(table.weights[$0], 1) : 1 }
        let sum = weights.reduce(0, +)
        let widths = weights.map { width * $0 / max(sum, 1) }
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { xml += "<w:\(side) \(border)/>" }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"70\" w:type=\"dxa\"/>"
        xml += "<w:right w:w=\"70\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        for w in widths { xml += "<w:gridCol w:w=\"\(w)\"/>" }
        xml += "</w:tblGrid>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/>\(row.header ? "<w:tblHeader/>" : "")</w:trPr>"
            for c in 0..<columns {
                let cell = c < row.cells.count ? row.cells[c] : WordDocument.Cell(text: "")
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[c])\" w:type=\"dxa\"/></w:tcPr><w:p>"
                xml += paragraphProperties(cell, header: row.header)
                xml += runs(cell.text, bold: row.bold || row.header, italic: false) + "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static func paragraphProperties(_ cell: WordDocument.Cell, header: Bool) -> String {
        // An indent step is 0,5 cm (283 twips).
        let indent = cell.indent > 0 ? "<w:ind w:left=\"\(min(cell.indent, 8) * 283)\"/>" : ""
        let alignment: String
        switch header ? .center : cell.alignment {
        case .left: alignment = ""
        case .center: alignment = "<w:jc w:val=\"center\"/>"
        case .right: alignment = "<w:jc w:val=\"right\"/>"
        }
        let spacing = "<w:spacing w:before=\"40\" w:after=\"40\"/>"
        return "<w:pPr>\(spacing)\(indent)\(alignment)</w:pPr>"
    }
}
