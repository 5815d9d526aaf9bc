/// Why a deflated stream could not be inflated.
public enum InflateError: Error, Equatable, Sendable {
    /// The stream ends before its last block does.
    case truncated
    /// A block header names block type 3, which does not exist.
    case badBlockType
    /// A stored block's length and its complement disagree.
    case badStoredLength
    /// A set of Huffman code lengths that is no code (over-subscribed, incomplete, or a repeat
    /// with nothing before it).
    case badCode
    /// A code that stands for no symbol, or a length or distance symbol beyond the table.
    case badSymbol
    /// A distance pointing before the start of the output.
    case distanceTooFar
    /// The output would grow past the limit the caller set.
    case tooLarge
}

/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, written here
/// so that reading an office file needs no library. The output is capped by `limit`, checked as
/// it grows, so that a "zip bomb" is stopped while it inflates, never after.
public enum Inflater {
    /// Inflates a raw DEFLATE stream (no zlib or gzip header).
    ///
    /// - Parameters:
    ///   - input: the compressed bytes; anything after the final block is ignored.
    ///   - limit: the most bytes the output may hold; one more is `.tooLarge`.
    ///   - sizeHint: the expected output size, to reserve once (clamped to `limit`).
    public static func inflate(_ input: [UInt8], limit: Int, sizeHint: Int = 0) throws(InflateError) -> [UInt8] {
        let output = InflateOutput(limit: limit, capacity: sizeHint)
        try input.withUnsafeBufferPointer { (buffer) throws(InflateError) in
            var state = InflateState(input: buffer, limit: limit)
            try state.run(into: output)
        }
        return output.bytes
    }
}

/// The bytes inflated so far, in one buffer grown by doubling up to the limit (a class, so that
/// the buffer is freed however the inflation ends).
final class InflateOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0
    let limit: Int

    init(limit: Int, capacity: Int) {
        self.limit = limit
        self.capacity = max(0, min(limit, max(1024, capacity)))
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    ///
    /// - Throws: `.tooLarge` when they would take the output past the limit.
    func reserve(_ extra: Int) throws(InflateError) {
        guard extra <= limit - count else { throw .tooLarge }
        guard count + extra > capacity else { return }
        let grown = min(limit, max(count + extra, capacity * 2))
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        new.moveInitialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = grown
    }

    /// The output as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// The bit reader and the block loop of one inflation.
struct InflateState {
    let input: UnsafeBufferPointer<UInt8>
    let limit: Int
    var position = 0
    /// Bits not yet used, the next one lowest; `count` of them are real input.
    var bits: UInt64 = 0
    var count = 0
    /// How many distance code lengths the last dynamic header gave.
    var distanceCountRead = 0

    init(input: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.input = input
        self.limit = limit
    }

    /// Tops the bit buffer up to at least 57 bits while input remains.
    @inline(__always) mutating func refill() {
        while count <= 56, position < input.count {
            bits |= UInt64(input[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// Takes `n` bits (n ≤ 32), lowest first.
    @inline(__always) mutating func take(_ n: Int) throws(InflateError) -> Int {
        if count < n {
            refill()
            guard count >= n else { throw .truncated }
        }
        let value = Int(bits & ((1 << UInt64(n)) - 1))
        bits >>= UInt64(n)
        count -= n
        return value
    }

    mutating func run(into output: InflateOutput) throws(InflateError) {
        var last = false
        while !last {
            last = try take(1) == 1
            switch try take(2) {
            case 0: try stored(into: output)
            case 1: try codes(Huffman.fixedLengths, Huffman.fixedDistances, into: output)
            case 2:
                let (lengths, distances) = try dynamicTables()
                try codes(lengths, distances, into: output)
            default: throw .badBlockType
            }
        }
    }

    mutating func stored(into output: InflateOutput) throws(InflateError) {
        // Drop the bits to the byte boundary, then give back the whole bytes still buffered.
        bits >>= UInt64(count & 7)
        count -= count & 7
        position -= count / 8
        bits = 0
        count = 0
        guard position + 4 <= input.count else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length == ~complement & 0xFFFF else { throw .badStoredLength }
        guard position + length <= input.count else { throw .truncated }
        try output.reserve(length)
        if length > 0, let from = input.baseAddress {
            (output.base + output.count).update(from: from + position, count: length)
        }
        output.count += length
        position += length
    }

    /// Reads a dynamic block's code lengths and builds its two codes.
    mutating func dynamicTables() throws(InflateError) -> (Huffman, Huffman) {
        let lengths = try dynamicLengths()
        let literalCount = lengths.count - distanceCountRead
        guard lengths[256] != 0 else { throw .badCode }
        // As zlib: an incomplete code is allowed only when it is a single code of one bit.
        let literals = try Huffman(Array(lengths[0..<literalCount]), allowIncomplete: true)
        let distances = try Huffman(Array(lengths[literalCount...]), allowIncomplete: true)
        return (literals, distances)
    }

    /// Reads a dynamic block's header: the code lengths of its literal/length symbols, then of
    /// its distance symbols.
    mutating func dynamicLengths() throws(InflateError) -> [UInt8] {
        let literalCount = try take(5) + 257
        let distanceCount = try take(5) + 1
        let lengthCount = try take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .badCode }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<lengthCount { codeLengths[Self.lengthOrder[i]] = UInt8(try take(3)) }
        let lengthCode = try Huffman(codeLengths, allowIncomplete: false)
        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var i = 0
        while i < lengths.count {
            let symbol = try lengthCode.decode(&self)
            if symbol < 16 {
                lengths[i] = UInt8(symbol)
                i += 1
                continue
            }
            var value: UInt8 = 0
            let repeats: Int
            switch symbol {
            case 16:
                guard i > 0 else { throw .badCode }
                value = lengths[i - 1]
                repeats = 3 + (try take(2))
            case 17: repeats = 3 + (try take(3))
            default: repeats = 11 + (try take(7))
            }
            guard i + repeats <= lengths.count else { throw .badCode }
            for _ in 0..<repeats {
                lengths[i] = value
                i += 1
            }
        }
        distanceCountRead = distanceCount
        return lengths
    }

    /// Decodes literal, length and distance symbols up to the end-of-block symbol.
    mutating func codes(_ literals: Huffman, _ distances: Huffman, into output: InflateOutput) throws(InflateError) {
        while true {
            let symbol = try literals.decode(&self)
            if symbol < 256 {
                if output.count == output.capacity { try output.reserve(1) }
                output.base[output.count] = UInt8(truncatingIfNeeded: symbol)
                output.count += 1
                continue
            }
            if symbol == 256 { return }
            let l = symbol - 257
            guard l < 29 else { throw .badSymbol }
            let length = Self.lengthBase[l] + (try take(Self.lengthExtra[l]))
            let d = try distances.decode(&self)
            guard d < 30 else { throw .badSymbol }
            let distance = Self.distanceBase[d] + (try take(Self.distanceExtra[d]))
            guard distance <= output.count else { throw .distanceTooFar }
            try output.reserve(length)
            let to = output.base + output.count
            if distance >= length {
                to.update(from: to - distance, count: length)
            } else {
                // An overlapping copy repeats what it has just written, byte by byte.
                for i in 0..<length { to[i] = to[i - distance] }
            }
            output.count += length
        }
    }

    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
}
