/// The bytes of one input file and its name, with line and column look-up for messages.
public struct SourceText: Sendable {
    /// The name to print in messages (usually the path as given).
    public var name: String
    /// The file's bytes as read, byte-order mark included.
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The 1-based line and column of a byte offset; the column counts Unicode scalars, as an
    /// editor counts characters, not bytes.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < end {
            let byte = bytes[i]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
