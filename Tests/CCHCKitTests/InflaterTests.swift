import Foundation
import Testing

@testable import CCHCKit

/// Writes DEFLATE bits by hand, for the streams zlib never makes (distance 32768, an empty
/// stored block before a fixed one, broken headers).
struct BitWriter {
    var bytes: [UInt8] = []
    private var bit = 0

    /// `n` bits of `value`, lowest first: header fields and extra bits.
    mutating func put(_ value: Int, _ n: Int) {
        for i in 0..<n {
            if bit == 0 { bytes.append(0) }
            if value >> i & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << bit) }
            bit = (bit + 1) % 8
        }
    }

    /// A Huffman code of `n` bits, highest first, as RFC 1951 packs codes.
    mutating func code(_ value: Int, _ n: Int) {
        for i in (0..<n).reversed() { put(value >> i & 1, 1) }
    }

    /// A symbol of the fixed literal/length code.
    mutating func fixed(_ symbol: Int) {
        switch symbol {
        case 0..<144: code(0x30 + symbol, 8)
        case 144..<256: code(0x190 + symbol - 144, 9)
        case 256..<280: code(symbol - 256, 7)
        default: code(0xC0 + symbol - 280, 8)
        }
    }

    /// A stored block of `data`, starting at the next byte.
    mutating func stored(_ data: [UInt8], final: Bool) {
        put(final ? 1 : 0, 1)
        put(0, 2)
        bit = 0
        bytes += [UInt8(data.count & 0xFF), UInt8(data.count >> 8)]
        bytes += [UInt8(~data.count & 0xFF), UInt8((~data.count >> 8) & 0xFF)]
        bytes += data
    }
}

@Suite struct InflaterTests {
    static let folder = Package.root + "/Tests/Office/inflate/"
    static let streams: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".deflate") }.sorted()
    }()

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    // Made by Python's zlib (Scripts/make-inflate-vectors.py): three inputs at levels 0-9 (10), with
    // the filtered, Huffman-only, RLE and fixed strategies (4), and flushed every 1000 bytes (1): 3 × 15.
    @Test func zlibStreamsAtEveryLevel() throws {
        #expect(Self.streams.count == 45)
        for name in Self.streams {
            let raw = try Self.bytes(Self.folder + String(name.prefix { $0 != "-" }) + ".raw")
            let inflated = try Inflater.inflate(try Self.bytes(Self.folder + name), limit: raw.count)
            #expect(inflated == raw, "\(name)")
        }
    }

    // Level 0 is stored blocks; a sync flush ends each piece with an empty stored block
    // (00 00 FF FF), so both shapes are in the set.
    @Test func storedAndEmptyStoredBlocks() throws {
        let level0 = try Self.bytes(Self.folder + "text-0.deflate")
        #expect(level0[0] & 0b110 == 0)
        let sync = try Self.bytes(Self.folder + "text-sync.deflate")
        let marker: [UInt8] = [0, 0, 0xFF, 0xFF]
        #expect((0..<(sync.count - 4)).contains { Array(sync[$0..<($0 + 4)]) == marker })
    }

    // An empty stored block, then a fixed block with one literal: "A".
    @Test func emptyStoredBlockThenFixed() throws {
        var w = BitWriter()
        w.stored([], final: false)
        w.put(1, 1)
        w.put(1, 2)
        w.fixed(65)
        w.fixed(256)
        #expect(try Inflater.inflate(w.bytes, limit: 10) == [65])
        #expect(try Inflater.inflate(w.bytes, limit: 1) == [65])
        #expect(throws: InflateError.tooLarge) { try Inflater.inflate(w.bytes, limit: 0) }
    }

    // 32768 bytes stored, then a copy of length 3 from distance 32768 (code 29, extra 8191:
    // 24577 + 8191 = 32768): the output's first three bytes again.
    @Test func distance32768() throws {
        let data = (0..<32768).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
        #expect(try Inflater.inflate(Self.copyBack32768(after: data), limit: 40000) == data + data[0..<3])
        // One byte less written before it: the distance reaches before the start.
        #expect(throws: InflateError.distanceTooFar) {
            try Inflater.inflate(Self.copyBack32768(after: Array(data.dropFirst())), limit: 40000)
        }
    }

    /// `data` stored, then a fixed block copying 3 bytes from distance 32768.
    static func copyBack32768(after data: [UInt8]) -> [UInt8] {
        var w = BitWriter()
        w.stored(data, final: false)
        w.put(1, 1)
        w.put(1, 2)
        w.fixed(257)
        w.code(29, 5)
        w.put(8191, 13)
        w.fixed(256)
        return w.bytes
    }

    // The final stored block ends exactly at the buffer's last byte; and a stream cut anywhere
    // before its end fails (never returns, never reads past the buffer).
    @Test func endsExactlyAtBufferEndAndEveryPrefixFails() throws {
        var w = BitWriter()
        w.stored(Array("abc".utf8), final: true)
        #expect(try Inflater.inflate(w.bytes, limit: 3) == Array("abc".utf8))
        let stream = try Self.bytes(Self.folder + "text-6.deflate")
        for cut in 0..<stream.count {
            #expect(throws: InflateError.self) { try Inflater.inflate(Array(stream[0..<cut]), limit: 1 << 20) }
        }
    }

    // The skewed input's Huffman-only stream: 22 symbols of Fibonacci frequencies, whose
    // unlimited code would be 21 bits deep, so zlib limits it to codes of 15 bits.
    @Test func codeLengthsOf15() throws {
        let raw = try Self.bytes(Self.folder + "skewed.raw")
        let stream = try Self.bytes(Self.folder + "skewed-huffman.deflate")
        var lengths: [UInt8] = []
        try stream.withUnsafeBufferPointer { buffer in
            var s = InflateState(input: buffer, limit: 0)
            _ = try s.take(3)
            lengths = try s.dynamicLengths()
        }
        #expect(lengths.max() == 15)
        #expect(try Inflater.inflate(stream, limit: raw.count) == raw)
    }

    @Test func brokenHeaders() {
        var type3 = BitWriter()
        type3.put(1, 1)
        type3.put(3, 2)
        #expect(throws: InflateError.badBlockType) { try Inflater.inflate(type3.bytes, limit: 10) }
        #expect(throws: InflateError.badStoredLength) { try Inflater.inflate([1, 3, 0, 0, 0, 1, 2, 3], limit: 10) }
        #expect(throws: InflateError.truncated) { try Inflater.inflate([], limit: 10) }
        // A fixed block's length symbol 286 does not exist.
        var badLength = BitWriter()
        badLength.put(1, 1)
        badLength.put(1, 2)
        badLength.fixed(65)
        badLength.fixed(286)
        #expect(throws: InflateError.badSymbol) { try Inflater.inflate(badLength.bytes, limit: 10) }
    }

    // 200,000 copies of 258 bytes (51 MB) from a stream of 330 KB, against a limit of 1 MiB:
    // stopped when the output reaches the limit.
    @Test func outputLimitStopsWhileInflating() {
        var w = BitWriter()
        w.put(1, 1)
        w.put(1, 2)
        w.fixed(0)
        for _ in 0..<200_000 {
            w.fixed(285)
            w.code(0, 5)
        }
        w.fixed(256)
        #expect(throws: InflateError.tooLarge) { try Inflater.inflate(w.bytes, limit: 1 << 20) }
        #expect(throws: InflateError.tooLarge) { try Inflater.inflate(w.bytes, limit: 1 + 258 * 1000) }
    }

    // Bytes changed at random in a real stream: an error or some output, never a crash.
    @Test func corruptedStreams() throws {
        let stream = try Self.bytes(Self.folder + "mixed-9.deflate")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var copy = stream
            for _ in 0..<3 {
                copy[Int.random(in: 0..<copy.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            let out = try? Inflater.inflate(copy, limit: 100_000)
            #expect((out?.count ?? 0) <= 100_000)
        }
    }
}
