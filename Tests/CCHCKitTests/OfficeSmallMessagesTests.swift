import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 5: an office file's small faults say what happened and what to do.
@Suite struct OfficeSmallMessagesTests {
    static func errors(_ bytes: [UInt8], name: String = "phu-luc.xlsx") throws -> [String] {
        let (_, diagnostics) = TableImport.scorecard(
            criteria: SourceText(name: name, bytes: bytes), lost: nil, request: try ImportOfficeTests.request(),
            language: .vi)
        return diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    /// (b) A 0-byte .docx is an empty file, not text to rename to .tsv.
    @Test func anEmptyDocumentIsEmpty() throws {
        let messages = try Self.errors([], name: "phu-luc.docx")
        #expect(messages == ["tệp trống (0 byte), không có tài liệu Word nào: hãy lưu lại bằng Word"])
    }

    /// (c) A part compressed with a method the reader lacks (12, bzip2) says what to do.
    @Test func anUnsupportedMethodSaysWhatToDo() throws {
        var bytes = try ImportOfficeTests.source("binh-thanh-2023.xlsx").bytes
        // Every local header and central directory entry: method 12.
        for i in bytes.indices.dropLast(12) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            if bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04 { (bytes[i + 8], bytes[i + 9]) = (12, 0) }
            if bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 { (bytes[i + 10], bytes[i + 11]) = (12, 0) }
        }
        let messages = try Self.errors(bytes)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("dùng cách nén 12") == true, "\(messages)")
        #expect(messages.first?.contains("hãy mở và lưu lại bằng Word, Excel hoặc LibreOffice") == true, "\(messages)")
    }

    /// (e) A workbook whose first sheet's part is missing is one error naming that part, not
    /// the next sheet blamed for the tables it lacks.
    @Test func aMissingSheetPartIsNamed() throws {
        var archive = try ZipArchive(try ImportOfficeTests.source("binh-thanh-2023.xlsx").bytes)
        var writer = ZipWriter()
        for entry in archive.entries where entry.name != "xl/worksheets/sheet1.xml" {
            writer.add(entry.name, try archive.read(entry))
        }
        let messages = try Self.errors(writer.finish())
        #expect(messages.count == 1)
        #expect(messages.first?.contains("không có phần xl/worksheets/sheet1.xml trong tệp") == true, "\(messages)")
    }
}
