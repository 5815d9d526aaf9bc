/// A canonical Huffman code of DEFLATE, decoded through a table of the next 10 bits for the
/// short codes (most symbols) and symbol by symbol counting for the rest, as zlib's puff.c does.
struct Huffman: Sendable {
    static let fastBits = 10
    /// How many codes have each length, 0…15.
    private var counts = [Int](repeating: 0, count: 16)
    /// The symbols ordered by code length, then by value.
    private var symbols: [UInt16]
    /// For the next `fastBits` bits: `symbol << 4 | length`, or 0 for a code longer than that.
    private var fast = [UInt16](repeating: 0, count: 1 << fastBits)

    /// Builds the code from each symbol's code length (0 = not used).
    ///
    /// - Parameter allowIncomplete: accept a code that leaves bit patterns unused, but only when
    ///   it has at most one code, of one bit (what zlib accepts for the literal and distance codes).
    /// - Throws: `.badCode` for an over-subscribed code, or an incomplete one not allowed.
    init(_ lengths: [UInt8], allowIncomplete: Bool) throws(InflateError) {
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            if left < 0 { throw .badCode }
        }
        if left > 0 {
            let used = counts[1...].reduce(0, +)
            guard allowIncomplete, used == counts[1] else { throw .badCode }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [UInt16](repeating: 0, count: offsets[15] + counts[15])
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        for (symbol, l) in lengths.enumerated() where l != 0 {
            let length = Int(l)
            symbols[offsets[length]] = UInt16(symbol)
            offsets[length] += 1
            let code = next[length]
            next[length] += 1
            guard length <= Self.fastBits else { continue }
            // The stream sends a code's bits from its highest down: reverse them for the table.
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            let entry = UInt16(symbol << 4 | length)
            for index in stride(from: reversed, to: 1 << Self.fastBits, by: 1 << length) { fast[index] = entry }
        }
    }

    /// Decodes the next symbol from the stream.
    @inline(__always) func decode(_ s: inout InflateState) throws(InflateError) -> Int {
        if s.count < 15 { s.refill() }
        let entry = Int(fast[Int(s.bits & UInt64((1 << Self.fastBits) - 1))])
        if entry != 0 {
            let length = entry & 15
            guard length <= s.count else { throw .truncated }
            s.bits >>= UInt64(length)
            s.count -= length
            return entry >> 4
        }
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= Int((s.bits >> UInt64(length - 1)) & 1)
            let n = counts[length]
            if code - n < first {
                guard length <= s.count else { throw .truncated }
                s.bits >>= UInt64(length)
                s.count -= length
                return Int(symbols[index + code - first])
            }
            index += n
            first = (first + n) << 1
            code <<= 1
        }
        throw s.count < 15 ? .truncated : .badSymbol
    }

    /// The fixed literal/length code: 0–143 in 8 bits, 144–255 in 9, 256–279 in 7, 280–287 in 8.
    static let fixedLengths = fixed((0..<288).map { s -> UInt8 in s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8 })

    /// The fixed distance code: 32 codes of 5 bits (30 and 31 are rejected when met).
    static let fixedDistances = fixed([UInt8](repeating: 5, count: 32))

    /// A code that is complete by construction, so building it cannot fail.
    private static func fixed(_ lengths: [UInt8]) -> Huffman {
        (try? Huffman(lengths, allowIncomplete: false)) ?? Huffman(unused: ())
    }

    private init(unused: Void) { symbols = [] }
}
