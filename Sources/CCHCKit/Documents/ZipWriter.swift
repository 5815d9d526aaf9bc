/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of stored entries: the container of .xlsx and .docx.
///
/// Every entry carries the same fixed timestamp (1 January 1980, the earliest a ZIP date can
/// say), so the same parts give the same bytes on every run and every machine. Office documents
/// are small, so entries are stored, not deflated: Excel, Word and LibreOffice read stored
/// entries as they read deflated ones.
struct ZipWriter {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// 1980-01-01 00:00:00 in MS-DOS date format: (year − 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = 1 << 5 | 1
    private static let dosTime: UInt16 = 0

    /// Appends one file to the archive.
    ///
    /// - Parameters:
    ///   - name: the path inside the archive, `/`-separated (`xl/workbook.xml`).
    ///   - data: the file's bytes.
    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(truncatingIfNeeded: bytes.count)
        // Local file header.
        put32(&bytes, 0x0403_4B50)
        putCommon(&bytes, crc: crc, size: data.count, nameLength: nameBytes.count)
        bytes += nameBytes
        bytes += data
        // Central directory record.
        put32(&directory, 0x0201_4B50)
        put16(&directory, 20)  // made by: MS-DOS, version 2.0
        putCommon(&directory, crc: crc, size: data.count, nameLength: nameBytes.count)
        put16(&directory, 0)  // comment length
        put16(&directory, 0)  // disk number
        put16(&directory, 0)  // internal attributes
        put32(&directory, 0)  // external attributes
        put32(&directory, offset)
        directory += nameBytes
        count += 1
    }

    /// The whole archive: the entries, the central directory and its end record.
    func finish() -> [UInt8] {
        var out = bytes
        let directoryOffset = UInt32(truncatingIfNeeded: out.count)
        out += directory
        put32(&out, 0x0605_4B50)
        put16(&out, 0)  // this disk
        put16(&out, 0)  // disk of the central directory
        put16(&out, UInt16(truncatingIfNeeded: count))
        put16(&out, UInt16(truncatingIfNeeded: count))
        put32(&out, UInt32(truncatingIfNeeded: directory.count))
        put32(&out, directoryOffset)
        put16(&out, 0)  // comment length
        return out
    }

    /// The fields a local header and a central record share, from "version needed" to
    /// "extra field length".
    private func putCommon(_ out: inout [UInt8], crc: UInt32, size: Int, nameLength: Int) {
        put16(&out, 20)  // version needed to extract: 2.0
        put16(&out, 0x0800)  // flags: names are UTF-8
        put16(&out, 0)  // method: stored
        put16(&out, Self.dosTime)
        put16(&out, Self.dosDate)
        put32(&out, crc)
        put32(&out, UInt32(truncatingIfNeeded: size))  // compressed size
        put32(&out, UInt32(truncatingIfNeeded: size))  // uncompressed size
        put16(&out, UInt16(truncatingIfNeeded: nameLength))
        put16(&out, 0)  // extra field length
    }

    private func put16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private func put32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
