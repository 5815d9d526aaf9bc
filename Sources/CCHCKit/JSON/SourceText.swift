#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, end) : 0
        return bytes.withUnsafeBufferPointer { buffer -> (Int, Int) in
            guard let base = buffer.baseAddress, start < end else { return (1, 1) }
            // Hop from line break to line break with memchr: a 16 MiB file of blank lines is
            // counted in milliseconds, then the columns of the last line alone.
            var line = 1
            var lineStart = start
            while lineStart < end, let hit = memchr(base + lineStart, 0x0A, end - lineStart) {
                line += 1
                lineStart = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
            }
            var column = 1
            for byte in UnsafeBufferPointer(rebasing: buffer[lineStart..<end]) where byte & 0xC0 != 0x80 {
                column += 1
            }
            return (line, column)
        }
    }
}
