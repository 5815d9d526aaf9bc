/// Reads a pasted table: tab-separated text (what a copy from Word or Excel gives) or CSV
/// (comma or semicolon, RFC 4180 quotes), UTF-8 with or without a byte-order mark, `\n` or
/// `\r\n`, blank lines anywhere.
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

    static func read(_ source: SourceText, into c: inout DiagnosticCollector) -> Table? {
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
