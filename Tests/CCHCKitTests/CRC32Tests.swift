import Testing

@testable import CCHCKit

@Suite struct CRC32Tests {
    // Check values of the CRC-32/ISO-HDLC catalogue entry: "123456789" → CBF43926; the empty
    // input → 0; and "The quick brown fox jumps over the lazy dog" → 414FA339 (zlib's crc32).
    @Test func knownValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    // Fed in pieces, the checksum is the one of the whole.
    @Test func incremental() {
        var crc = CRC32()
        crc.update(Array("12345".utf8))
        crc.update(Array("6789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }

    // Eight bytes at a time (slicing by 8) and a byte at a time agree at every length and every
    // split: the bytes of an array, and the same bytes as a sequence with no buffer of its own
    // (a lazy map), which takes the byte-at-a-time path. The quick brown fox (43 bytes: five
    // blocks of eight and three left) is 414FA339 either way.
    @Test func slicedEqualsByteAtATime() {
        let fox = Array("The quick brown fox jumps over the lazy dog".utf8)
        #expect(CRC32.checksum(fox.lazy.map { $0 }) == 0x414F_A339)
        var bytes: [UInt8] = []
        var state: UInt32 = 13
        for _ in 0..<300 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        for n in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 299, 300] {
            let prefix = Array(bytes.prefix(n))
            let expected = CRC32.checksum(prefix.lazy.map { $0 })
            #expect(CRC32.checksum(prefix) == expected, "\(n) bytes")
            for split in [0, 1, 5, n / 2, n] where split <= n {
                var crc = CRC32()
                crc.update(prefix[..<split])
                crc.update(prefix[split...])
                #expect(crc.value == expected, "\(n) bytes split at \(split)")
            }
        }
    }
}
