import Testing

@testable import CCHCKit

/// Writes what the reader reports as one line: `<name a=v>`, text in quotes, `</name>`.
struct XMLTrace: XMLHandler {
    var trace = ""
    mutating func start(_ name: String, _ attributes: [XMLAttribute]) {
        trace += "<" + name + attributes.map { " \($0.name)=\($0.value)" }.joined() + ">"
    }
    mutating func end(_ name: String) { trace += "</\(name)>" }
    mutating func text(_ text: String) { trace += "\"\(text)\"" }
}

func xmlTrace(_ text: String) throws(XMLError) -> String {
    var handler = XMLTrace()
    try XMLReader.read(Array(text.utf8), into: &handler)
    return handler.trace
}

@Suite struct XMLReaderTests {
    @Test func elementsAttributesText() throws {
        #expect(
            try xmlTrace("<?xml version=\"1.0\"?>\n<a x='1' y=\"2\"><b/>t<!-- c --><c>u</c></a>\n")
                == "<a x=1 y=2><b></b>\"t\"<c>\"u\"</c></a>")
    }

    // The five predefined entities and decimal and hexadecimal references; CDATA kept as written.
    @Test func references() throws {
        #expect(
            try xmlTrace("<a v=\"&quot;&apos;\">&lt;&gt;&amp; &#7889;&#x1EC7;<![CDATA[<b>&amp;]]></a>")
                == "<a v=\"'>\"<>& ốệ\"\"<b>&amp;\"</a>")
    }

    // Whatever prefix the writer chose, a namespace gets the prefix office files use for it;
    // an unprefixed attribute has no namespace.
    @Test func namespacePrefixes() throws {
        let xml = """
            <ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <ns0:tbl ns0:val="2" id="x"/></ns0:document>
            """
        #expect(try xmlTrace(xml) == "<w:document><w:tbl w:val=2 id=x></w:tbl></w:document>")
        let sheet =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><c r=\"A1\"/></worksheet>"
        #expect(try xmlTrace(sheet) == "<x:worksheet><x:c r=A1></x:c></x:worksheet>")
    }

    // Billion laughs: the DOCTYPE is refused before any entity is defined, let alone expanded.
    @Test func doctypeRefused() {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\
            <lolz>&lol2;</lolz>
            """
        #expect(throws: XMLError(message: Messages.XML.doctype, offset: 21)) {
            try xmlTrace(laughs)
        }
        #expect(throws: XMLError.self) { try xmlTrace("<a>&lol;</a>") }
    }

    // 256 levels are read; 257 are refused, and so are 100,000, at once.
    @Test func depth() throws {
        let ok = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(try xmlTrace(ok).count == 256 * 7)
        let deep = String(repeating: "<a>", count: 257) + String(repeating: "</a>", count: 257)
        #expect(throws: XMLError(message: Messages.XML.tooDeep(256), offset: 256 * 3)) {
            try xmlTrace(deep)
        }
        #expect(throws: XMLError.self) { try xmlTrace(String(repeating: "<a>", count: 100_000)) }
    }

    // Issue 11, item 12: the detail is in the catalogue, in both languages.
    @Test(arguments: [
        ("<a><b></a>", "the closing tag a matches no open element", "thẻ đóng a không khớp phần tử nào đang mở"),
        ("<a>", "the element a is not closed", "phần tử a chưa đóng"),
        ("", "no root element", "không có phần tử gốc"),
        ("<a/><b/>", "a second root element", "có phần tử gốc thứ hai"),
        ("<a x=1/>", "an attribute value is not quoted", "giá trị thuộc tính không nằm trong dấu ngoặc kép"),
        (
            "<a>&#0;</a>", "the character reference &#0; is not a character",
            "tham chiếu ký tự &#0; không phải là một ký tự"
        ),
        (
            "<a>AT&T</a>", "an & that starts no reference (write &amp;)",
            "dấu & không mở đầu tham chiếu nào (viết &amp;)"
        ),
        ("<a><!-- x</a>", "a comment is not closed", "chú thích chưa đóng"),
        ("<a x=\"1", "an attribute value is not closed", "giá trị thuộc tính chưa đóng"),
        ("x<a/>", "text outside the root element", "có chữ nằm ngoài phần tử gốc"),
    ])
    func malformed(_ xml: String, _ english: String, _ vietnamese: String) {
        #expect(throws: XMLError.self) { try xmlTrace(xml) }
        do {
            _ = try xmlTrace(xml)
        } catch {
            #expect(error.message.en == english)
            #expect(error.message.vi == vietnamese)
        }
    }
}
