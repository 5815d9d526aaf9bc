/// A framework's positions by id: the first position of each id, as a `[String: Int]` gives
/// them, found by the id's bytes when every id is ASCII (`7.13`, `II`). `check` looks up each
/// criterion of each file: hashing a `String` costs some 300 instructions, a few ASCII bytes a
/// tenth of that. An id with other characters is looked up in the dictionary, where `String`
/// equality (canonical equivalence: `K` is also U+212A) decides, as it always has.
struct IDIndex: Sendable {
    private let dictionary: [String: Int]
    /// The ids, by position.
    private let ids: [String]
    /// Open addressing over `ids`: a position + 1, 0 where a slot is empty; a power of two at
    /// least four times the ids, so that a look-up rarely meets another id first. Empty when an
    /// id is not ASCII: then every look-up goes to the dictionary.
    private let slots: [Int]
    /// The most slots any id was placed past its own: a look-up that goes further has missed.
    /// Ids made to collide (a hostile framework) leave the index empty past `maxProbe`.
    private let longest: Int
    private static let maxProbe = 32

    init(_ ids: [String]) {
        self.ids = ids
        var dictionary: [String: Int] = [:]
        for (i, id) in ids.enumerated() where dictionary[id] == nil { dictionary[id] = i }
        self.dictionary = dictionary
        var count = 4
        while count < 4 * ids.count { count *= 2 }
        var slots = [Int](repeating: 0, count: count)
        var longest = 0
        // Only the position the dictionary keeps for an id goes in.
        for (id, i) in dictionary {
            guard var slot = Self.hash(id) else {
                (self.slots, self.longest) = ([], 0)
                return
            }
            slot &= count - 1
            var probe = 0
            while slots[slot] != 0 {
                slot = (slot + 1) & (count - 1)
                probe += 1
            }
            guard probe <= Self.maxProbe else {
                (self.slots, self.longest) = ([], 0)
                return
            }
            longest = max(longest, probe)
            slots[slot] = i + 1
        }
        (self.slots, self.longest) = (slots, longest)
    }

    /// Whether ids are found by their bytes (false: by the dictionary).
    var isHashed: Bool { !slots.isEmpty }

    /// The first position of `id`.
    subscript(id: String) -> Int? {
        var id = id
        if isHashed, let found = id.withUTF8(find) { return found }
        return dictionary[id]
    }

    /// The first position of the id whose bytes these are, found without a `String`; nil when
    /// it is not there or when only `self[id:]` can tell (an id beyond ASCII on either side).
    subscript(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isHashed, let found = find(bytes) else { return nil }
        return found
    }

    /// An ASCII id's first position, or `.some(nil)` when it is not there; nil for an id beyond
    /// ASCII, which only the dictionary can tell.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard var slot = Self.hash(bytes) else { return nil }
        slot &= slots.count - 1
        for _ in 0...longest {
            guard slots[slot] != 0 else { return .some(nil) }
            let i = slots[slot] - 1
            if ids[i].hasUTF8(bytes) { return i }
            slot = (slot + 1) & (slots.count - 1)
        }
        return .some(nil)
    }

    /// FNV-1a over the bytes of an ASCII id, its high bits folded into the low ones that pick a
    /// slot (ids differ in their last bytes: `1.1`, `1.2`); nil for another id.
    static func hash(_ id: String) -> Int? {
        id.utf8.withContiguousStorageIfAvailable(hash) ?? nil
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var all: UInt8 = 0
        for b in bytes {
            all |= b
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return all < 0x80 ? Int(truncatingIfNeeded: h ^ (h >> 32) ^ (h >> 47)) : nil
    }
}
