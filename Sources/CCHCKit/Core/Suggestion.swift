/// Finding the nearest known name to a mistyped one, for "did you mean" hints.
enum Suggestion {
    /// Longer words are not typos of a name: no hint, and no quadratic work on hostile input.
    static let maxWordLength = 64

    /// The candidate nearest to `word` by edit distance, if one is close enough to be a typo;
    /// among equally near ones, the one sharing the longest beginning with `word` (`8.6` → `8.5`).
    static func nearest(to word: String, in candidates: [String], maxDistance: Int? = nil) -> String? {
        guard word.utf8.count <= maxWordLength * 4 else { return nil }
        let typed = Array(word.lowercased())
        guard typed.count <= maxWordLength else { return nil }
        let limit = maxDistance ?? max(1, typed.count / 3)
        var best: (candidate: String, distance: Int, shared: Int)?
        for candidate in candidates {
            let known = Array(candidate.lowercased())
            // The distance is at least the difference in length.
            guard abs(known.count - typed.count) <= limit else { continue }
            let d = distance(typed, known)
            guard d <= limit else { continue }
            let shared = zip(typed, known).prefix { $0 == $1 }.count
            if let b = best, (b.distance, -b.shared) <= (d, -shared) { continue }
            best = (candidate, d, shared)
        }
        return best?.candidate
    }

    /// Edit distance between two character arrays, a swap of neighbours counting as one edit
    /// (optimal string alignment): `slef` is one edit from `self`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// ` (did you mean "x"?)`, or nothing.
    ///
    /// - Parameter preferring: candidates to try first (the ids a file leaves out: `7.l1` is
    ///   7.11 when 7.1 is already there), then all of them.
    static func hint(
        for word: String, in candidates: [String], quoted: Bool = true, maxDistance: Int? = nil,
        preferring: Set<String> = []
    ) -> Message {
        let preferred =
            preferring.isEmpty
            ? nil : nearest(to: word, in: candidates.filter(preferring.contains), maxDistance: maxDistance)
        guard let match = preferred ?? nearest(to: word, in: candidates, maxDistance: maxDistance) else {
            return .none
        }
        return Messages.didYouMean(match, quoted: quoted)
    }
}
