/// Text helpers for terminal output: display width, padding, wrapping, normalisation.
public enum Text {
    /// The string in Unicode normalisation form C, so that text typed composed or decomposed
    /// compares, sorts and prints the same.
    public static func nfc(_ s: String) -> String {
        var s = s
        if s.withUTF8(isStable) { return s }
        return String(decoding: s._nfcCodeUnits, as: UTF8.self)
    }

    /// A name as compared: trimmed and in NFC, so that `" Điềm Mặc"` typed decomposed is the
    /// same unit as `"Điềm Mặc"`.
    public static func name(_ s: String) -> String { nfc(String(s.trimmingWhitespace)) }

    /// A name as two spellings of one person or unit compare: trimmed, in NFC, every run of
    /// white space one space (`"Mạc Thị  Lan "` is `"Mạc Thị Lan"`).
    public static func collapsed(_ s: String) -> String {
        var s = s
        if s.withUTF8(isCollapsed) { return s }
        // Built as it is read, not split into words first: a hostile name of millions of words
        // would make millions of pieces.
        var out = ""
        var space = false
        for c in s {
            if c.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return nfc(out)
    }

    /// Whether a text is collapsed already, read from its bytes: single spaces between visible
    /// ASCII, Latin below the combining marks (lead bytes 0xC3–0xCB, none of them white space)
    /// and Vietnamese precomposed letters (U+1E00–U+1EFF). Anything else goes the long way.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var afterSpace = true
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 {
                if afterSpace { return false }
                afterSpace = true
                i += 1
                continue
            }
            afterSpace = false
            if b > 0x20 && b < 0x7F {
                i += 1
            } else if b >= 0xC3 && b < 0xCC {
                i += 2
            } else if b == 0xE1, i + 1 < bytes.count, (0xB8...0xBB).contains(bytes[i + 1]) {
                i += 3
            } else {
                return false
            }
        }
        return !afterSpace || bytes.isEmpty
    }

    /// A unit's name as units compare: collapsed and in lower case (`UBND  xã Bình Thành` is
    /// `UBND Xã Bình Thành`).
    public static func unitKey(_ s: String) -> String { collapsed(s).lowercased() }

    /// Whether two spellings name one unit, as `rank`, `trend` and `diff` compare them.
    public static func sameUnit(_ a: String, _ b: String) -> Bool { unitKey(a) == unitKey(b) }

    /// Whether the text holds only scalars that NFC leaves alone whatever surrounds them: Latin
    /// below the combining marks (U+0300), Vietnamese precomposed letters (U+1E00–U+1EFF),
    /// general punctuation (U+2010–U+205F). Such text is NFC as it is, which spares the
    /// normaliser on almost every string a scorecard holds. Read from the UTF-8 bytes: lead
    /// bytes below 0xCC start scalars below U+0300.
    private static func isStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 || (b >= 0xC0 && b < 0xCC) {
                i += b < 0x80 ? 1 : 2
            } else if b == 0xE1, i + 1 < n, (0xB8...0xBB).contains(bytes[i + 1]) {
                i += 3
            } else if b == 0xE2, i + 2 < n,
                (bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90) || (bytes[i + 1] == 0x81 && bytes[i + 2] <= 0x9F)
            {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Columns the text takes on a terminal: one per character (grapheme cluster), two for wide
    /// East Asian characters and emoji, so that `ễ` counts one whether composed or decomposed.
    public static func width(_ s: String) -> Int {
        var total = 0
        for character in s { total += width(of: character) }
        return total
    }

    private static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return isWide(scalar) ? 2 : 1
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Pads with spaces to `width` columns, on the right (`left` alignment) or the left.
    public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - Self.width(s))
        let spaces = String(repeating: " ", count: gap)
        return right ? spaces + s : s + spaces
    }

    /// Control characters (line breaks and tabs pasted from a spreadsheet) as single spaces.
    public static func singleLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// Text from a file as a message quotes it: on one line, and at most `limit` characters
    /// (Unicode scalars) with `…` after, so that a 16 MiB value cannot make a 16 MiB message.
    public static func clipped(_ s: String, to limit: Int = 40) -> String {
        var head = String.UnicodeScalarView()
        var count = 0
        for scalar in s.unicodeScalars {
            if count == limit { return singleLine(String(head)) + "…" }
            head.append(scalar)
            count += 1
        }
        return singleLine(String(head))
    }

    /// The text cut to `width` columns, with `…` where it was cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard Self.width(s) > width else { return s }
        var out = ""
        var used = 0
        for character in s {
            let w = Self.width(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// The text at most `width` columns wide, cut in the middle at spaces where it can:
    /// `Ủy ban nhân dân … tỉnh Thái Nguyên`, so that both ends, which tell names apart, stay.
    public static func elided(_ s: String, to width: Int) -> String {
        guard Self.width(s) > width else { return s }
        func take(_ characters: [Character], _ side: Int) -> [Character] {
            var out: [Character] = []
            var used = 0
            var lastSpace: Int?
            for c in characters {
                if c == " " { lastSpace = out.count }
                let w = Self.width(String(c))
                if used + w > side { break }
                out.append(c)
                used += w
            }
            // Whole words when a word ends within the side.
            if let lastSpace, lastSpace > 0 { out.removeSubrange(lastSpace...) }
            return out
        }
        let head = take(Array(s), max(1, (width - 3) / 2))
        // The end has what the head left: `Ủy ban nhân dân … tỉnh Thái Nguyên`.
        let tail = take(Array(s.reversed()), max(1, width - 3 - Self.width(String(head)))).reversed()
        return String(head) + " … " + String(tail)
    }

    /// Splits text into lines of at most `width` columns, at spaces where it can and inside a
    /// word only when the word alone is too long.
    public static func wrap(_ s: String, width: Int) -> [String] {
        let limit = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in singleLine(s).split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = Self.width(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= limit {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth > limit {
                // A word longer than a line is cut in one pass over it (a pasted 16 MiB token
                // must not cost a copy of the rest for every line).
                var head = ""
                var headWidth = 0
                for character in word {
                    let w = Self.width(of: character)
                    if headWidth + w > limit, !head.isEmpty {
                        lines.append(head)
                        head = ""
                        headWidth = 0
                    }
                    head.append(character)
                    headWidth += w
                }
                word = head
                wordWidth = headWidth
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension StringProtocol {
    /// The text without white space (non-breaking spaces too) at either end.
    var trimmingWhitespace: SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }
}

extension String {
    /// Whether the text's UTF-8 is these bytes, compared in place: walking the UTF-8 view one
    /// byte at a time costs ten times more.
    func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        // A loop of its own: the generic `elementsEqual` costs forty instructions a byte here.
        return utf8.withContiguousStorageIfAvailable { mine in
            for i in 0..<mine.count where mine[i] != bytes[i] { return false }
            return true
        } ?? utf8.elementsEqual(bytes)
    }
}
