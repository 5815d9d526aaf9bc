/// Finding the nearest known name to a mistyped one, for "did you mean" hints.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if one is close enough to be a typo.
    static func nearest(to word: String, in candidates: [String], maxDistance: Int? = nil) -> String? {
        let limit = maxDistance ?? max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(Array(word.lowercased()), Array(candidate.lowercased()))
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance between two character arrays.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// ` (did you mean "x"?)`, or nothing.
    static func hint(for word: String, in candidates: [String], quoted: Bool = true, maxDistance: Int? = nil) -> String
    {
        guard let match = nearest(to: word, in: candidates, maxDistance: maxDistance) else { return "" }
        return quoted ? " (did you mean \"\(match)\"?)" : " (did you mean \(match)?)"
    }
}
