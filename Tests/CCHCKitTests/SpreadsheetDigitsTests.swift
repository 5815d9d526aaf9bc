import Foundation
import Testing

@testable import CCHCKit

/// A number cell of a workbook is read as Excel shows it, 15 significant digits, and then held to
/// two decimals as a TSV or JSON score is (SPEC §2): a typed 1,255 that Excel stores as
/// `1.2549999999999999` is an error naming the cell, never a silent 1,25.
@Suite struct SpreadsheetDigitsTests {
    /// Seed 002's workbook with the cell F5 (criterion 1.1's CTHĐ score, 1,5 of a max of 1,5;
    /// row 5 = title row, blank row, header row, domain 1's row above it) stored as `stored`.
    static func workbook(final stored: String) throws -> SourceText {
        var archive = try ZipArchive(try ImportOfficeTests.source("binh-thanh-2023.xlsx").bytes)
        var writer = ZipWriter()
        for entry in archive.entries {
            var part = try archive.read(entry)
            if entry.name == "xl/worksheets/sheet1.xml" {
                let cell = #"<c r="F5" s="0" t="n"><v>1.5</v></c>"#
                let text = String(decoding: part, as: UTF8.self)
                #expect(text.contains(cell))
                part = Array(text.replacing(cell, with: #"<c r="F5" s="0" t="n"><v>\#(stored)</v></c>"#).utf8)
            }
            writer.add(entry.name, part)
        }
        return SourceText(name: "phu-luc.xlsx", bytes: writer.finish())
    }

    static func importing(_ stored: String) throws -> (Scorecard?, [Diagnostic]) {
        TableImport.scorecard(
            criteria: try workbook(final: stored), lost: nil, request: try ImportOfficeTests.request(),
            language: .vi)
    }

    // 1.49999999999999|99 rounds at the 15th significant digit to 1.5, as Excel shows it; so do
    // 1.5000000000000002 (→ 1.50000000000000) and 1.5E0. The 1.1 final is 1,5 and the CTHĐ total
    // the fixture's 89,75.
    @Test(arguments: ["1.4999999999999999", "1.5000000000000002", "1.5E0", "1.50"])
    func binaryNoiseIsTheShownNumber(_ stored: String) throws {
        let (card, diagnostics) = try Self.importing(stored)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let final = card?.entry("1.1")?.scores.final
        #expect(final == Points(hundredths: 150))
    }

    // Shown to 15 significant digits: 1.25499999999999|99 → 1.255 (three decimals);
    // 1.33333333333333|33 → 1.33333333333333; 1.2500000001 and 1.499999999 as typed. Each is
    // one error at Phụ lục I!F5 quoting the number as read, and no scorecard.
    @Test(arguments: [
        ("1.2549999999999999", "1.255"), ("1.3333333333333333", "1.33333333333333"),
        ("1.2500000001", "1.2500000001"), ("1.499999999", "1.499999999"),
    ])
    func aThirdDecimalIsAnError(_ stored: String, _ shown: String) throws {
        let (card, diagnostics) = try Self.importing(stored)
        #expect(card.map { _ in "a scorecard" } == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.place == "Phụ lục I!F5")
        // In Vietnamese the number is written as Vietnamese write it, as a TSV's `1,255` is.
        let vietnamese = shown.replacing(".", with: ",")
        #expect(errors.first?.message.contains("\(vietnamese) có quá hai chữ số thập phân") == true, "\(errors)")
    }

    /// A number of hundreds of digits is quoted as its first 20 characters and `…`, not whole.
    @Test func aHugeNumberIsQuotedShort() throws {
        let (_, diagnostics) = try Self.importing("1" + String(repeating: "0", count: 300))
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let message = errors.first?.message ?? ""
        #expect(message.contains(String(repeating: "0", count: 19) + "…"), "\(message)")
        #expect(message.count < 120, "\(message)")
    }
}
