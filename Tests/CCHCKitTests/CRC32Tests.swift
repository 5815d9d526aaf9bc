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
}
