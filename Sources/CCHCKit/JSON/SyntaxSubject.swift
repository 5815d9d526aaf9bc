/// What a syntax error lies inside: `tiêu chí 7.13` when a curly quote stands in a criterion's
/// object, so that a clerk with three hundred lines finds the row without counting lines.
///
/// Worked out only when the message is made, by reading the text again up to the error: the
/// parser keeps no trail of where it is, and a file that parses pays nothing.
extension JSONProblem {
    /// The innermost criterion, domain, deduction or band whose object holds the error and whose
    /// name (`id`, `code`, `label`) was read before it; nil when there is none, and for text that
    /// is not UTF-8, which the whole file is wrong about.
    public func subject(in bytes: [UInt8]) -> Message? {
        guard let offset, offset <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Message? in
            if offset < buffer.count, buffer[offset] >= 0x80 {
                do { _ = try JSONParser.scalarEnd(buffer, at: offset) } catch { return nil }
            }
            var scan = SubjectScan(bytes: buffer, end: offset)
            return scan.run()
        }
    }
}

/// One pass over a prefix that parsed, keeping the open containers and what each one is.
private struct SubjectScan {
    /// An open object or array.
    struct Frame {
        var isObject: Bool
        /// An array: the key it is the value of. An object: the key last read.
        var key: [UInt8] = []
        /// An object: whether the next string is a key.
        var awaitsKey = true
        /// An object in a `criteria`, `domains`, `deductions` or `bands` array: what it is, and
        /// the key that names it.
        var subject: Messages.Subject?
        var nameKey: [UInt8] = []
        /// Its name, once read.
        var name: String?
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    var stack: [Frame] = []

    init(bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        self.bytes = bytes
        self.end = end
    }

    /// What an object in an array under `key` is, and the key that names it.
    static func role(_ key: [UInt8]) -> (Messages.Subject, nameKey: [UInt8])? {
        switch String(decoding: key, as: UTF8.self) {
        case "criteria": return (.criterion, Array("id".utf8))
        case "domains": return (.domain, Array("id".utf8))
        case "deductions": return (.deduction, Array("code".utf8))
        case "bands": return (.band, Array("label".utf8))
        default: return nil
        }
    }

    mutating func run() -> Message? {
        var i = 0
        while i < end {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                // The parser refused anything deeper; a prefix it accepted is never deeper.
                guard stack.count <= JSONParser.maxDepth else { return nil }
                var frame = Frame(isObject: bytes[i] == UInt8(ascii: "{"))
                if let parent = stack.last {
                    if parent.isObject, !frame.isObject {
                        frame.key = parent.key
                    } else if !parent.isObject, frame.isObject, let role = Self.role(parent.key) {
                        (frame.subject, frame.nameKey) = role
                    }
                }
                stack.append(frame)
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                i += 1
            case UInt8(ascii: ","):
                if !stack.isEmpty { stack[stack.count - 1].awaitsKey = true }
                i += 1
            case UInt8(ascii: "\""):
                let start = i + 1
                var escaped = false
                i += 1
                while i < end, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\") {
                        escaped = true
                        i += 1
                    }
                    i += 1
                }
                // A string the error cuts is not read.
                guard i < end else { break }
                let body = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                read(string: escaped ? JSONParser.unescape(body) : Array(body))
            default: i += 1
            }
        }
        guard let frame = stack.last(where: { $0.subject != nil && $0.name != nil }) else { return nil }
        return frame.subject?.named(frame.name.map { Text.clipped($0) })
    }

    private mutating func read(string: [UInt8]) {
        guard let top = stack.indices.last, stack[top].isObject else { return }
        if stack[top].awaitsKey {
            stack[top].key = string
            stack[top].awaitsKey = false
        } else if stack[top].subject != nil, stack[top].key == stack[top].nameKey {
            stack[top].name = String(decoding: string, as: UTF8.self)
        }
    }
}
