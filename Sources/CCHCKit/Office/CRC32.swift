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

    /// Adds bytes to the checksum: eight at a time where they lie in one buffer (slicing by 8,
    /// a quarter of the work of a byte at a time on the megabytes of an office document).
    public mutating func update<C: Sequence>(_ bytes: C) where C.Element == UInt8 {
        var c = ~value
        let sliced: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            Self.tables.withUnsafeBufferPointer { t in
                var i = 0
                let n = buffer.count
                while i + 8 <= n {
                    let lo =
                        c
                        ^ (UInt32(buffer[i]) | UInt32(buffer[i + 1]) << 8 | UInt32(buffer[i + 2]) << 16
                            | UInt32(buffer[i + 3]) << 24)
                    let hi =
                        UInt32(buffer[i + 4]) | UInt32(buffer[i + 5]) << 8 | UInt32(buffer[i + 6]) << 16
                        | UInt32(buffer[i + 7]) << 24
                    c =
                        t[1792 + Int(lo & 0xFF)] ^ t[1536 + Int(lo >> 8 & 0xFF)] ^ t[1280 + Int(lo >> 16 & 0xFF)]
                        ^ t[1024 + Int(lo >> 24)] ^ t[768 + Int(hi & 0xFF)] ^ t[512 + Int(hi >> 8 & 0xFF)]
                        ^ t[256 + Int(hi >> 16 & 0xFF)] ^ t[Int(hi >> 24)]
                    i += 8
                }
                while i < n {
                    c = t[Int((c ^ UInt32(buffer[i])) & 0xFF)] ^ (c >> 8)
                    i += 1
                }
            }
        }
        if sliced == nil {
            for byte in bytes { c = Self.tables[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        }
        value = ~c
    }

    /// Eight tables of 256 one after another: the first is a byte's CRC, and each next one
    /// the CRC of that byte followed by one more zero byte.
    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 {
                let previous = t[(k - 1) * 256 + n]
                t[k * 256 + n] = (previous >> 8) ^ t[Int(previous & 0xFF)]
            }
        }
        return t
    }()
}
