import Testing

@testable import CCHCKit

/// `IDIndex` finds what a `[String: Int]` of the first positions finds, by bytes or not.
@Suite struct IDIndexTests {
    @Test func asciiIdsAreFoundByTheirBytes() {
        let ids = ["1", "1.1", "1.2", "7.13", "II", "1.1"]
        let index = IDIndex(ids)
        // "1.1" stands at 1 and again at 5: the first is kept, as the dictionary kept it.
        #expect(index["1.1"] == 1)
        #expect(index["7.13"] == 3)
        #expect(index["II"] == 4)
        #expect(index["7.1"] == nil)
        #expect(index["7.130"] == nil)
        #expect(index[""] == nil)
        // U+212A KELVIN SIGN is canonically equivalent to `K`: a String equals it, so it finds it.
        #expect(IDIndex(["J", "K"])["\u{212A}"] == 1)
    }

    @Test func otherIdsAreFoundAsStringsCompare() {
        // Not all ASCII: every id is found as a String compares it, `Ô2` decomposed too.
        let index = IDIndex(["Đ1", "Ô2", "K"])
        #expect(index["Đ1"] == 0)
        #expect(index["O\u{0302}2"] == 1)
        #expect(index["K"] == 2)
        #expect(index["\u{212A}"] == 2)
        #expect(index["D1"] == nil)
    }

    @Test func manyIdsEachFoundWhereTheyStand() {
        let ids = (1...9).flatMap { d in (1...40).map { "\(d).\($0)" } }
        let index = IDIndex(ids)
        for (i, id) in ids.enumerated() { #expect(index[id] == i) }
        #expect(index["10.1"] == nil)
    }

    /// Ids made to fall on one slot (a hostile framework) would make every look-up walk them
    /// all: past 32 steps the index gives way to the dictionary, and every id is still found.
    @Test func idsMadeToCollideGoToTheDictionary() throws {
        // 40 ids take a table of 256 slots; these all hash to slot 0.
        let ids = (0..<200_000).lazy.map { "x\($0)" }.filter { (IDIndex.hash($0) ?? 1) & 255 == 0 }.prefix(40)
        let colliding = Array(ids)
        try #require(colliding.count == 40)
        let index = IDIndex(colliding)
        #expect(!index.isHashed)
        for (i, id) in colliding.enumerated() { #expect(index[id] == i) }
        #expect(index["y"] == nil)
        // Ordinary ids stay hashed.
        #expect(IDIndex((1...40).map { "1.\($0)" }).isHashed)
    }

    /// An id's bytes find what its text finds when the index is hashed; an index of ids beyond
    /// ASCII cannot tell from bytes, and says nil (ask with the text).
    @Test func bytesFindWhatTheTextFinds() {
        func find(_ index: IDIndex, _ id: String) -> Int? {
            Array(id.utf8).withUnsafeBufferPointer { index[ascii: $0] }
        }
        let index = IDIndex(["1", "1.1", "1.2", "7.13", "1.1"])
        #expect(find(index, "1.1") == 1)
        #expect(find(index, "7.13") == 3)
        #expect(find(index, "7.1") == nil)
        #expect(find(index, "") == nil)
        #expect(find(index, "Đ") == nil)
        let other = IDIndex(["Đ1", "K"])
        #expect(!other.isHashed)
        #expect(find(other, "K") == nil)
        #expect(other["K"] == 1)
    }
}
