/// Choosing a table's separator from its name and its first line.
enum TableSeparator {
    /// `.tsv` and `.txt` are tab-separated; anything else (`.csv`, standard input) is sniffed from
    /// the first non-blank line: the most frequent of tab, `;` and `,` outside quotes.
    static func sniff(_ bytes: [UInt8], from start: Int, name: String) -> UInt8 {
        let counts = count(firstLine(bytes, from: start))
        let lower = name.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".txt"), counts.tab > 0 { return TableReader.tab }
        if lower.hasSuffix(".csv"), counts.tab == 0 || max(counts.semicolon, counts.comma) > 0 {
            return counts.semicolon > counts.comma ? UInt8(ascii: ";") : UInt8(ascii: ",")
        }
        if counts.tab >= max(counts.semicolon, counts.comma) { return TableReader.tab }
        return counts.semicolon > counts.comma ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Excel's `sep=;` first line: the separator it names and where the table starts after it.
    static func hint(_ bytes: [UInt8], from start: Int) -> (UInt8, Int)? {
        let prefix = Array("sep=".utf8)
        guard bytes.count >= start + 5, Array(bytes[start..<start + 4]) == prefix else { return nil }
        var end = start + 5
        while end < bytes.count, bytes[end] == TableReader.cr { end += 1 }
        guard end == bytes.count || bytes[end] == TableReader.lf else { return nil }
        return (bytes[start + 4], min(end + 1, bytes.count))
    }

    private static func firstLine(_ bytes: [UInt8], from start: Int) -> ArraySlice<UInt8> {
        var i = start
        while i < bytes.count, bytes[i] == TableReader.lf || bytes[i] == TableReader.cr { i += 1 }
        var end = i
        var quoted = false
        while end < bytes.count {
            let b = bytes[end]
            if b == TableReader.quote { quoted.toggle() }
            if !quoted, b == TableReader.lf || b == TableReader.cr { break }
            end += 1
        }
        return bytes[i..<end]
    }

    private static func count(_ line: ArraySlice<UInt8>) -> (tab: Int, semicolon: Int, comma: Int) {
        var counts = (tab: 0, semicolon: 0, comma: 0)
        var quoted = false
        for b in line {
            if b == TableReader.quote { quoted.toggle() }
            guard !quoted else { continue }
            switch b {
            case TableReader.tab: counts.tab += 1
            case UInt8(ascii: ";"): counts.semicolon += 1
            case UInt8(ascii: ","): counts.comma += 1
            default: break
            }
        }
        return counts
    }
}
