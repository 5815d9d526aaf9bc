/// Reads a pasted table: tab-separated text (what a copy from Word or Excel gives) or CSV
/// (comma or semicolon, RFC 4180 quotes), UTF-8 with or without a byte-order mark or UTF-16 with
/// one (Excel's "Unicode Text"), `\n` or `\r\n`, blank lines anywhere.
public enum TableReader {
    static let tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")

    /// Reads a table, with the messages about it (text that is not UTF-8, a quote never closed).
    public static func read(_ source: SourceText) -> (Table?, [Diagnostic]) {
        var c = DiagnosticCollector(source: source, language: .vi)
        let table = read(source, into: &c)
        return (table, c.finished)
    }

    static func read(_ given: SourceText, into c: inout DiagnosticCollector) -> Table? {
        var source = given
        if let text = utf16(given.bytes) {
            // Read (and place messages) in the UTF-8 text: lines and columns stay the same.
            source = SourceText(name: given.name, bytes: Array(text.utf8))
            c.source = source
        }
        let bytes = source.bytes
        if let bad = firstInvalidUTF8(bytes) {
            c.error(Messages.tableNotUTF8, at: bad)
            return nil
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var separator = TableSeparator.sniff(bytes, from: start, name: source.name)
        // Excel's own hint line, `sep=;`, names the separator and is not part of the table.
        if let (hinted, next) = TableSeparator.hint(bytes, from: start) {
            separator = hinted
            start = next
        }
        var parser = CellParser(bytes: bytes, separator: separator)
        let rows = parser.rows(from: start)
        if let open = parser.unclosedQuote {
            c.error(Messages.quoteNotClosed, at: open)
            return nil
        }
        return Table(source: source, separator: separator, rows: rows)
    }

    /// The text of UTF-16 with a byte-order mark, little- or big-endian; nil for other bytes.
    static func utf16(_ bytes: [UInt8]) -> String? {
        let little = bytes.starts(with: [0xFF, 0xFE])
        guard little || bytes.starts(with: [0xFE, 0xFF]) else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(little ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
