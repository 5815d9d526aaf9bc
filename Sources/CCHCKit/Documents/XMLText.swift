/// Text made safe to stand inside XML (and XHTML-compatible HTML) content or a quoted attribute.
enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops the control characters XML 1.0 forbids
    /// (all below U+0020 but tab, line feed and carriage return; U+FFFE and U+FFFF), which a
    /// scorecard's text may carry and which would make a reader refuse the whole document.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Whether the bytes are well-formed XML as `XMLReader` reads it: how the tests and the
    /// documents fuzz target check every part and page the writers make.
    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        struct Ignore: XMLHandler {
            mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(XMLError) {}
            mutating func end(_ name: String) throws(XMLError) {}
            mutating func text(_ text: String) throws(XMLError) {}
        }
        var handler = Ignore()
        do { try XMLReader.read(bytes, into: &handler) } catch { return false }
        return true
    }
}
