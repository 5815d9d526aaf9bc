/// Vietnamese alphabetical order for names of units and people: a ă â b c d đ e ê … o ô ơ … u ư
/// v x y, tones after the base letter (ngang, huyền, hỏi, ngã, sắc, nặng), case last; digit runs
/// compare as numbers. A code-point order would put Điềm Mặc after every name starting with Z.
public enum Collation {
    /// Whether `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let x = key(a)
        let y = key(b)
        if x.letters != y.letters { return x.letters.lexicographicallyPrecedes(y.letters) }
        if x.tones != y.tones { return x.tones.lexicographicallyPrecedes(y.tones) }
        return Text.nfc(a).unicodeScalars.lexicographicallyPrecedes(Text.nfc(b).unicodeScalars)
    }

    /// The letters' ranks (primary) and the tones (secondary) of a name.
    struct Key: Equatable {
        var letters: [Int] = []
        var tones: [Int] = []
    }

    /// The alphabet, Latin letters used in foreign words in their Latin places.
    static let alphabet: [Character] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")

    /// Ranks of space, digit runs, letters and everything else, in that order.
    static let spaceRank = 0
    static let numberBase = 1
    static let letterBase = 1 << 40
    static let otherBase = 1 << 41

    /// Every Vietnamese letter with a tone mark, composed, mapped to its base letter and tone (1…5).
    static let toned: [Character: (base: Character, tone: Int)] = {
        let marks: [Unicode.Scalar] = ["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]
        var table: [Character: (Character, Int)] = [:]
        for base in "aăâeêioôơuưy" {
            for (i, mark) in marks.enumerated() {
                var s = String(base)
                s.unicodeScalars.append(mark)
                if let c = Text.nfc(s).first { table[c] = (base, i + 1) }
            }
        }
        return table
    }()

    static let ranks: [Character: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, letterBase + $0) })

    static func key(_ s: String) -> Key {
        var key = Key()
        var number: Int?
        func flush() {
            if let n = number {
                key.letters.append(numberBase + n)
                key.tones.append(0)
                number = nil
            }
        }
        for character in Text.nfc(s).lowercased() {
            if let digit = character.wholeNumberValue, character.isASCII {
                number = min((number ?? 0) * 10 + digit, letterBase - 2)
                continue
            }
            flush()
            if character == " " {
                key.letters.append(spaceRank)
                key.tones.append(0)
            } else if let (base, tone) = toned[character], let rank = ranks[base] {
                key.letters.append(rank)
                key.tones.append(tone)
            } else if let rank = ranks[character] {
                key.letters.append(rank)
                key.tones.append(0)
            } else {
                key.letters.append(otherBase + Int(character.unicodeScalars.first?.value ?? 0))
                key.tones.append(0)
            }
        }
        flush()
        return key
    }
}
