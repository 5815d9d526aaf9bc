import Foundation
import Testing

@testable import CCHCKit

@Suite struct ZipArchiveTests {
    static let folder = Package.root + "/Tests/Office/zip/"

    static func archive(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: folder + name)))
    }

    static func fixture() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Package.fixture("binh-thanh-2023.json"))))
    }

    // Made by Python's zipfile: a stored part and a deflated one in a folder.
    @Test func storedAndDeflatedParts() throws {
        var zip = try ZipArchive(try Self.archive("two-parts.zip"))
        #expect(zip.entries.map(\.name) == ["stored.txt", "folder/text.json"])
        #expect(try zip.read("stored.txt") == Array("stored, not compressed\n".utf8))
        #expect(try zip.read("folder/text.json") == (try Self.fixture()))
        #expect(throws: ZipError.missing("word/document.xml")) { try zip.read("word/document.xml") }
    }

    // Sizes and offset given only in the ZIP64 extra field, found through the ZIP64 end record.
    @Test func zip64() throws {
        var zip = try ZipArchive(try Self.archive("zip64.zip"))
        #expect(try zip.read("text.json") == (try Self.fixture()))
    }

    // One byte of the stored part changed: the CRC-32 no longer matches.
    @Test func crcMismatch() throws {
        var bytes = try Self.archive("two-parts.zip")
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "n")))
        bytes[at] = UInt8(ascii: "N")
        var zip = try ZipArchive(bytes)
        #expect(throws: ZipError.crcMismatch("stored.txt")) { try zip.read("stored.txt") }
    }

    // Cut anywhere, the archive is refused or its parts fail; never a crash.
    @Test func everyTruncation() throws {
        let bytes = try Self.archive("two-parts.zip")
        for cut in 0..<bytes.count {
            guard var zip = try? ZipArchive(Array(bytes[0..<cut])) else { continue }
            #expect(throws: ZipError.self) {
                _ = try zip.read("stored.txt")
                _ = try zip.read("folder/text.json")
            }
        }
        #expect(throws: ZipError.truncated) { try ZipArchive(Array(bytes.dropLast(10))) }
    }

    // 20 MiB of zeros in 20 KB: refused from the central directory's sizes, before inflating;
    // with its stated size lowered to 4 KiB, stopped at 4 KiB while it inflates.
    @Test func zipBomb() throws {
        var bytes = try Self.archive("bomb.zip")
        var zip = try ZipArchive(bytes)
        #expect(throws: ZipError.ratio("word/document.xml")) { try zip.read("word/document.xml") }
        let central = try #require((0..<bytes.count - 4).last { Array(bytes[$0..<($0 + 4)]) == [0x50, 0x4B, 1, 2] })
        bytes.replaceSubrange((central + 24)..<(central + 28), with: [0, 0x10, 0, 0])
        var liar = try ZipArchive(bytes)
        #expect(throws: ZipError.corrupt(Messages.Zip.inflatesMore("word/document.xml"))) {
            try liar.read("word/document.xml")
        }
    }

    // The budget counts every part read: the fixture (8743 bytes) fits a budget of 10,000 once.
    @Test func budget() throws {
        var zip = try ZipArchive(try Self.archive("two-parts.zip"), budget: 10_000)
        _ = try zip.read("folder/text.json")
        #expect(throws: ZipError.budget("folder/text.json")) { try zip.read("folder/text.json") }
    }

    @Test func notAnArchive() {
        #expect(throws: ZipError.truncated) { try ZipArchive(Array("STT\tLĩnh vực\n".utf8)) }
        #expect(throws: ZipError.truncated) { try ZipArchive([]) }
    }
}
