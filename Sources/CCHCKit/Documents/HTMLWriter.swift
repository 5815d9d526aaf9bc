/// Writes a report document as one self-contained HTML5 page to print: a title block, the
/// document's headings, fields, paragraphs and tables, its charts drawn as inline SVG; inline
/// CSS with an A4 print stylesheet that never splits a table row; no script, and nothing
/// fetched from anywhere. The markup is also well-formed XML, so an XML reader can check it.
enum HTMLWriter: ReportWriter {
    static let audience: ReportDocument.Audience = .print

    static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        Array(page(document).utf8)
    }

    /// The whole page.
    static func page(_ document: ReportDocument) -> String {
        let words = DocumentLabels.of(document.language)
        let title = words.title(document.kind, year: document.title?.year)
        var html = "<!DOCTYPE html>\n<html lang=\"\(document.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html +=
            "<title>\(escape(([document.title?.unit].compactMap { $0 } + [title]).joined(separator: " · ")))</title>\n"
        html += "<style>\n\(HTMLStyle.sheet)</style>\n</head>\n<body>\n<main>\n"
        html += titleBlock(document, title: title)
        // A table is captioned with its name unless a heading has named it since the last table.
        var named = false
        for block in document.blocks(for: audience) {
            html += render(block.content, document: document, afterHeading: named)
            switch block.content {
            case .heading: named = true
            case .table: named = false
            default: break
            }
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    private static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// The unit on the left as an office heads its papers, the report's title and the framework.
    private static func titleBlock(_ document: ReportDocument, title: String) -> String {
        var html = "<header class=\"title-block\">\n"
        if let t = document.title {
            if let unit = t.unit { html += "<p class=\"issuer\">\(escape(unit.uppercased()))</p>\n" }
            let l = Labels.of(document.language)
            let place = [t.district.map { "\(l.district) \($0)" }, t.province.map { "\(l.province) \($0)" }].compactMap
            { $0 }
            if !place.isEmpty { html += "<p class=\"place\">\(escape(place.joined(separator: " · ")))</p>\n" }
        }
        html += "<h1>\(escape(title))</h1>\n"
        if let t = document.title, let id = t.frameworkID {
            let name = t.frameworkTitle.map { $0 == id ? id : "\($0) (\(id))" } ?? id
            html += "<p class=\"framework\">\(escape(Labels.of(document.language).framework)): \(escape(name))</p>\n"
        }
        return html + "</header>\n"
    }

    private static func render(_ content: ReportDocument.Block.Content, document: ReportDocument, afterHeading: Bool)
        -> String
    {
        switch content {
        case .heading(let text, let level):
            let h = min(max(level + 1, 2), 6)
            return "<h\(h)>\(escape(text))</h\(h)>\n"
        case .fields(let fields):
            if fields.isTitle && document.title != nil { return "" }
            var html = "<dl class=\"fields\">\n"
            for item in fields.items { html += "<dt>\(escape(item.label))</dt><dd>\(escape(item.value))</dd>\n" }
            return html + "</dl>\n"
        case .paragraph(let paragraph):
            let lines = paragraph.lines.map(escape).joined(separator: "<br/>")
            return "<p\(paragraph.emphasis ? " class=\"emphasis\"" : "")>\(lines)</p>\n"
        case .table(let table):
            return HTMLTable.render(table, document: document, caption: !afterHeading)
        case .chart(let chart):
            guard let svg = ChartDrawing.svg(chart, language: document.language) else { return "" }
            return "<figure class=\"chart\">\n\(svg)\n<figcaption>\(escape(chart.title))</figcaption>\n</figure>\n"
        }
    }
}
