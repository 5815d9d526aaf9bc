/// Why an archive, or a part of it, could not be read.
public enum ZipError: Error, Equatable, Sendable {
    /// No end-of-central-directory record: not a ZIP archive, or one cut short.
    case truncated
    /// The central directory or a local header is damaged; the detail says which.
    case corrupt(Message)
    /// The archive is split over several files.
    case multiVolume
    /// A part is encrypted.
    case encrypted(String)
    /// A part is compressed with a method other than stored or deflate.
    case unsupportedMethod(String, Int)
    /// A part's inflated bytes do not match the CRC-32 the archive gives.
    case crcMismatch(String)
    /// A part claims, or turns out, to inflate more than `ZipArchive.maxRatio` times its size.
    case ratio(String)
    /// All the parts read so far would inflate past `ZipArchive.maxInflated`.
    case budget(String)
    /// A part's compressed data is broken.
    case inflate(String, InflateError)
    /// A part the document needs is not in the archive.
    case missing(String)
}

/// A ZIP archive read from its central directory (ZIP64 sizes and offsets included). Parts are
/// inflated on request, each checked against its CRC-32, within a budget for the whole archive.
public struct ZipArchive: Sendable {
    /// The most a part may inflate to, relative to its compressed size.
    public static let maxRatio = 200
    /// A part this small may inflate to this many bytes whatever its ratio (an empty sheet).
    public static let ratioFloor = 4096
    /// The most all parts read from one archive may inflate to, together.
    public static let maxInflated = 64 << 20
    /// More entries than any office document has.
    public static let maxEntries = 100_000

    /// One part, as the central directory describes it.
    public struct Entry: Sendable {
        public var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localOffset: Int
    }

    /// The parts in central-directory order.
    public private(set) var entries: [Entry] = []
    private let bytes: [UInt8]
    /// What the parts read so far have inflated to, and the most they may.
    private var inflated = 0
    private let budget: Int

    /// Reads the central directory.
    ///
    /// - Parameter budget: the most all parts read may inflate to, together.
    /// - Throws: `ZipError` when it is missing, cut short or inconsistent.
    public init(_ bytes: [UInt8], budget: Int = maxInflated) throws(ZipError) {
        self.bytes = bytes
        self.budget = budget
        let end = try Self.findEnd(bytes)
        var count = Int(u16(end + 10))
        var size = Int(u32(end + 12))
        var offset = Int(u32(end + 16))
        guard u16(end + 4) == 0 || u16(end + 4) == 0xFFFF, u16(end + 6) == 0 || u16(end + 6) == 0xFFFF
        else { throw .multiVolume }
        if end >= 20, u32(end - 20) == 0x0706_4B50 {
            let record = try int64(end - 20 + 8)
            guard record >= 0, record + 56 <= bytes.count, u32(record) == 0x0606_4B50 else {
                throw .corrupt(Messages.Zip.endRecordMisplaced)
            }
            count = try int64(record + 32)
            size = try int64(record + 40)
            offset = try int64(record + 48)
        }
        guard count <= Self.maxEntries else { throw .corrupt(Messages.Zip.claimsParts(count)) }
        guard offset >= 0, size >= 0, offset <= end, size <= end - offset else {
            throw .corrupt(Messages.Zip.directoryOutside)
        }
        entries.reserveCapacity(count)
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= offset + size, u32(p) == 0x0201_4B50 else {
                throw .corrupt(Messages.Zip.directoryCut)
            }
            let nameLength = Int(u16(p + 28))
            let extraLength = Int(u16(p + 30))
            let next = p + 46 + nameLength + extraLength + Int(u16(p + 32))
            guard next <= offset + size else { throw .corrupt(Messages.Zip.directoryCut) }
            var entry = Entry(
                name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
                method: Int(u16(p + 10)), flags: Int(u16(p + 8)), crc: u32(p + 16),
                compressedSize: Int(u32(p + 20)), size: Int(u32(p + 24)), localOffset: Int(u32(p + 42)))
            try Self.applyZip64(&entry, bytes[(p + 46 + nameLength)..<(p + 46 + nameLength + extraLength)])
            entries.append(entry)
            p = next
        }
    }

    /// The entry with this exact name.
    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Inflates one part, checks it and counts it against the archive's budget.
    ///
    /// - Throws: `ZipError.missing` when there is no such part, or what is wrong with it.
    public mutating func read(_ name: String) throws(ZipError) -> [UInt8] {
        guard let entry = entry(name) else { throw .missing(name) }
        return try read(entry)
    }

    /// Inflates one part, checks it and counts it against the archive's budget.
    public mutating func read(_ entry: Entry) throws(ZipError) -> [UInt8] {
        let name = entry.name
        if entry.flags & 1 != 0 { throw .encrypted(name) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(name, entry.method) }
        let local = entry.localOffset
        guard local >= 0, local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else {
            throw .corrupt(Messages.Zip.localHeaderMissing(name))
        }
        let start = local + 30 + Int(u16(local + 26)) + Int(u16(local + 28))
        guard entry.compressedSize >= 0, start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .corrupt(Messages.Zip.dataPastEnd(name))
        }
        let stored = Array(bytes[start..<(start + entry.compressedSize)])
        // The claimed size is checked first; inflating is then capped at it, so a part that
        // lies about its size is stopped at that size too, while it inflates.
        guard entry.size <= max(Self.ratioFloor, entry.compressedSize * Self.maxRatio) else { throw .ratio(name) }
        guard entry.size <= budget - inflated else { throw .budget(name) }
        let data: [UInt8]
        if entry.method == 0 {
            guard entry.size == stored.count else { throw .corrupt(Messages.Zip.sizeInconsistent(name)) }
            data = stored
        } else {
            do {
                data = try Inflater.inflate(stored, limit: entry.size, sizeHint: entry.size)
            } catch .tooLarge {
                throw .corrupt(Messages.Zip.inflatesMore(name))
            } catch {
                throw .inflate(name, error)
            }
            guard data.count == entry.size else { throw .corrupt(Messages.Zip.inflatesLess(name)) }
        }
        guard CRC32.checksum(data) == entry.crc else { throw .crcMismatch(name) }
        inflated += data.count
        return data
    }

    /// The end-of-central-directory record: the last one in the final 64 KiB + 22 bytes.
    private static func findEnd(_ bytes: [UInt8]) throws(ZipError) -> Int {
        guard bytes.count >= 22 else { throw .truncated }
        var p = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while p >= lowest {
            if bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 5, bytes[p + 3] == 6 { return p }
            p -= 1
        }
        throw .truncated
    }

    /// Replaces the 32-bit fields set to 0xFFFFFFFF with the ZIP64 extra field's values.
    private static func applyZip64(_ entry: inout Entry, _ extra: ArraySlice<UInt8>) throws(ZipError) {
        let full = 0xFFFF_FFFF
        guard entry.size == full || entry.compressedSize == full || entry.localOffset == full else { return }
        var p = extra.startIndex
        while p + 4 <= extra.endIndex {
            let id = Int(extra[p]) | Int(extra[p + 1]) << 8
            let length = Int(extra[p + 2]) | Int(extra[p + 3]) << 8
            let body = p + 4
            guard body + length <= extra.endIndex else { break }
            if id == 1 {
                var q = body
                func next() throws(ZipError) -> Int {
                    guard q + 8 <= body + length else { throw .corrupt(Messages.Zip.zip64FieldShort(entry.name)) }
                    var value: UInt64 = 0
                    for i in (0..<8).reversed() { value = value << 8 | UInt64(extra[q + i]) }
                    q += 8
                    guard value <= UInt64(Int.max) else { throw .corrupt(Messages.Zip.zip64SizeOutOfRange) }
                    return Int(value)
                }
                if entry.size == full { entry.size = try next() }
                if entry.compressedSize == full { entry.compressedSize = try next() }
                if entry.localOffset == full { entry.localOffset = try next() }
                return
            }
            p = body + length
        }
        throw .corrupt(Messages.Zip.noZip64Field(entry.name))
    }

    private func u16(_ p: Int) -> UInt16 { UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8 }
    private func u32(_ p: Int) -> UInt32 { UInt32(u16(p)) | UInt32(u16(p + 2)) << 16 }
    private func int64(_ p: Int) throws(ZipError) -> Int {
        guard p >= 0, p + 8 <= bytes.count else { throw .corrupt(Messages.Zip.zip64RecordCut) }
        let value = UInt64(u32(p)) | UInt64(u32(p + 4)) << 32
        guard value <= UInt64(Int32.max) else { throw .corrupt(Messages.Zip.zip64SizeOutOfRange) }
        return Int(value)
    }
}
