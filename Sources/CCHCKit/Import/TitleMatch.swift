/// Tells a criterion row whose title is another criterion's (the ids of 5.2 and 5.3 swapped)
/// from one whose title merely reads differently from the framework's. Titles are compared by
/// the words they share over all their words, as whole-number fractions.
enum TitleMatch {
    /// Shared words and all words of two titles.
    struct Overlap {
        var shared: Int
        var all: Int

        /// Whether this overlap is below `n / d`.
        func below(_ n: Int, _ d: Int) -> Bool { shared * d < n * all }
        /// Whether this overlap is more than `other` plus a quarter.
        func clearlyAbove(_ other: Overlap) -> Bool {
            4 * (shared * other.all - other.shared * all) > all * other.all
        }
        /// Whether this overlap is more than `other`.
        func above(_ other: Overlap) -> Bool { shared * other.all > other.shared * all }
    }

    /// The criterion whose title the written one matches clearly better than its own, if any.
    static func better(_ written: String, than own: Criterion, in framework: Framework) -> Criterion? {
        let words = Self.words(written)
        guard words.count >= 2 else { return nil }
        let mine = overlap(words, Self.words(own.title))
        guard mine.shared < mine.all else { return nil }
        var best: (criterion: Criterion, overlap: Overlap)?
        // Another title must be nearly the one written (four words in five), and clearly nearer
        // than the row's own: a title that only reads differently stays silent.
        for other in framework.criteria where other.id != own.id {
            let o = overlap(words, Self.words(other.title))
            guard !o.below(4, 5), o.clearlyAbove(mine) else { continue }
            if let b = best, !o.above(b.overlap) { continue }
            best = (other, o)
        }
        return best?.criterion
    }

    /// The words of a title as compared: lower case, without marks.
    static func words(_ title: String) -> Set<String> {
        Set(CriteriaColumns.key(title).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Overlap {
        Overlap(shared: a.intersection(b).count, all: a.union(b).count)
    }
}
