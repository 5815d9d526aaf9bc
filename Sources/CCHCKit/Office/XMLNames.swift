/// The namespaces of office files, each given the prefix its own files conventionally use, so
/// that a reader matches `w:tbl` whatever prefix a writer chose (and the strict variants too).
enum XMLNames {
    static let prefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "x",
        "http://purl.oclc.org/ooxml/spreadsheetml/main": "x",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
        "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
        "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0": "manifest",
    ]

    /// The conventional prefix of a namespace, or `{uri}` for one office files do not use.
    static func canonical(_ uri: String) -> String {
        if uri.isEmpty { return "" }
        return prefixes[uri] ?? "{" + uri + "}"
    }
}
