/// CRC-32 as ZIP uses it (ISO 3309, polynomial 0xEDB88320 reflected, initial and final value
/// 0xFFFFFFFF): one table, shared by the archive reader and the archive writer.
public struct CRC32: Sendable {
    /// The checksum so far.
    public private(set) var value: UInt32 = 0

    public init() {}

    /// The checksum of `bytes` in one call.
    public static func checksum<C: Sequence>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds bytes to the checksum.
    public mutating func update<C: Sequence>(_ bytes: C) where C.Element == UInt8 {
        var c = ~value
        for byte in bytes { c = Self.table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        value = ~c
    }

    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}
