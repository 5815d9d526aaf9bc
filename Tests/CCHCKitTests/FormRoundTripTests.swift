import Foundation
import Testing

@testable import CCHCKit

/// Review findings on the round trip `init --format xlsx|docx` → a clerk fills it → `import`
/// (issue 13 item 5), on the vi-du framework (Fixtures/vi-du/framework.json).
@Suite struct FormRoundTripTests {
    static func viDu() throws -> Framework {
        try FrameworkStore().open(Package.fixture("vi-du/framework.json")).get()
    }

    /// The vi-du form as `init --format xlsx` writes it, for UBND xã An Bình, 2025.
    static func form() throws -> Workbook {
        let fw = try viDu()
        let request = TableImport.Request(unit: "UBND xã An Bình", year: 2025, framework: fw, frameworkReference: "x")
        return XLSXWriter.workbook(ReportDocument.form(TableImport.blank(request), framework: fw, language: .vi))
    }

    /// The sheet row (0-based) whose STT is `id`.
    static func row(_ sheet: Workbook.Sheet, _ id: String) throws -> Int {
        try #require(
            sheet.rows.firstIndex { row in
                if case .text(let s, _) = row.cells.first { return s == id }
                return false
            })
    }

    static func importing(_ book: Workbook) throws -> (Scorecard?, [Diagnostic]) {
        let request = TableImport.Request(unit: nil, year: nil, framework: try viDu(), frameworkReference: "x")
        return TableImport.scorecard(
            criteria: SourceText(name: "v.xlsx", bytes: SpreadsheetML.archive(book)), lost: nil, request: request)
    }

    // Every leaf scored 0 in its three stage cells (D, E, F), but criterion 6 (a survey, sheet
    // row 20) only in D: its blank appraised cell is E20 and its blank final (CTHĐ) cell F20,
    // not E20 twice (the row ends at D, and both were placed just past it).
    @Test func aBlankCellAtARowsEndIsNamedByItsOwnColumn() throws {
        var book = try Self.form()
        let fw = try Self.viDu()
        for leaf in fw.criteria {
            let r = try Self.row(book.sheets[0], leaf.id)
            for column in 3...5 { book.sheets[0].rows[r].cells[column] = .number(.zero) }
        }
        let six = try Self.row(book.sheets[0], "6")
        #expect(six + 1 == 20)
        book.sheets[0].rows[six].cells[4] = .empty
        book.sheets[0].rows[six].cells[5] = .empty
        let (card, diagnostics) = try Self.importing(book)
        #expect(card == nil)
        #expect(
            diagnostics.filter { $0.severity == .error }.map { "\($0.place ?? ""): \($0.message)" } == [
                "Tiêu chí!E20: tiêu chí 6: điểm thẩm định để trống, trong khi các dòng khác có điểm",
                "Tiêu chí!F20: tiêu chí 6: điểm CTHĐ để trống, trong khi các dòng khác có điểm",
            ])
    }
}
