/// The encoding check: UTF-8 only, with a message that says which
/// byte is wrong and what the file probably is. The parser checks each sequence inside strings as
/// it goes, and the whole text when it does not parse, so that the encoding is told first.
extension JSONParser {
    /// Rejects text that is not UTF-8, naming the encoding when it can be told.
    static func checkEncoding(_ bytes: [UInt8]) throws(JSONProblem) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw JSONProblem(offset: nil, message: Messages.utf16)
        }
        // UTF-16 without a byte-order mark: JSON text starts with an ASCII character, so one of
        // the first two bytes is zero.
        if bytes.count >= 2, (bytes[0] == 0) != (bytes[1] == 0) {
            throw JSONProblem(offset: nil, message: Messages.utf16Like)
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw JSONProblem(offset: nil, message: Messages.zipNotJSON)
        }
        try bytes.withUnsafeBufferPointer { buffer throws(JSONProblem) in
            var i = 0
            while i < buffer.count {
                i = buffer[i] < 0x80 ? i + 1 : try scalarEnd(buffer, at: i)
            }
        }
    }

    /// Where the UTF-8 sequence that starts at `i` (with a byte above ASCII) ends.
    ///
    /// - Throws: the encoding problem, when the bytes there are not UTF-8.
    static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) throws(JSONProblem) -> Int {
        let b = bytes[i]
        var need = 0
        var minimum: UInt32 = 0
        var scalar: UInt32 = 0
        switch b {
        case 0xC2...0xDF:
            need = 1
            minimum = 0x80
            scalar = UInt32(b & 0x1F)
        case 0xE0...0xEF:
            need = 2
            minimum = 0x800
            scalar = UInt32(b & 0x0F)
        case 0xF0...0xF4:
            need = 3
            minimum = 0x10000
            scalar = UInt32(b & 0x07)
        default: throw notUTF8(b, at: i)
        }
        guard i + need < bytes.count else { throw notUTF8(b, at: i) }
        for k in 1...need {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { throw notUTF8(b, at: i) }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw notUTF8(b, at: i)
        }
        return i + need + 1
    }

    static func notUTF8(_ byte: UInt8, at offset: Int) -> JSONProblem {
        JSONProblem(offset: offset, message: Messages.notUTF8(byte: hex(byte)))
    }
}
