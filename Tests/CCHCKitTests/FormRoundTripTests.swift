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

    /// The vi-du form with every leaf's three stage cells 0, saved in a temporary folder.
    static func zeroForm(_ folder: TemporaryFolder) throws -> String {
        var book = try form()
        for leaf in try viDu().criteria {
            let r = try row(book.sheets[0], leaf.id)
            for column in 3...5 { book.sheets[0].rows[r].cells[column] = .number(.zero) }
        }
        let path = folder.path + "/v.xlsx"
        try Data(SpreadsheetML.archive(book)).write(to: URL(fileURLWithPath: path))
        return path
    }

    // The form's title block says `Bộ chỉ số: vi-du-xa-2025`, not built in: without --framework,
    // one line asking for the file, exit 2 (not 41 errors against thai-nguyen-xa-2023); with
    // it, the 15 criteria import; with another framework named, the flag wins and a warning says so.
    @Test func theFrameworkTheFormNames() throws {
        let folder = try TemporaryFolder()
        let path = try Self.zeroForm(folder)
        let alone = Package.run(["import", path])
        #expect(alone.code == .invalidInput)
        #expect(
            alone.stderr.split(separator: "\n").first.map(String.init)
                == "\(path): bảng ghi \"Bộ chỉ số: vi-du-xa-2025\", không phải bộ chỉ số có sẵn: dùng --framework FILE, "
                + "tệp bộ chỉ số vi-du-xa-2025")
        #expect(alone.stderr.split(separator: "\n").count <= 2)
        let given = Package.run(["import", path, "--framework", "Fixtures/vi-du/framework.json"])
        #expect(given.code == .success, "\(given.stderr)")
        #expect(try #require(load(given.stdout).scorecard).entries.count == 15)
        let other = Package.run(["import", path, "--framework", "thai-nguyen-xa-2023"], language: .en)
        #expect(other.code == .invalidInput)
        #expect(
            other.stderr.hasPrefix(
                "\(path): warning: the table names \"Framework: vi-du-xa-2025\" but --framework is thai-nguyen-xa-2023")
        )
    }

    // A form naming a built-in framework is read against it when no --framework is given, even
    // if the request's default is another one: Bình Thành's form, 54 criteria of thai-nguyen-xa-2023.
    @Test func aBuiltInFrameworkTheFormNamesIsUsed() throws {
        var request = TableImport.Request(unit: nil, year: nil, framework: try Self.viDu(), frameworkReference: "x")
        request.frameworkGiven = false
        let (card, diagnostics) = TableImport.scorecard(
            criteria: try SourceFile.read(Package.fixture("office/binh-thanh-2023.init-openpyxl.xlsx")), lost: nil,
            request: request)
        #expect(diagnostics.allSatisfy { $0.severity != .error }, "\(diagnostics)")
        let imported = try #require(card)
        #expect(imported.frameworkReference == "thai-nguyen-xa-2023")
        #expect(imported.entries.count == 54)
    }

    // Survey criterion 7 (max 10) at 72,25 %: its points 10 × 72,25 ÷ 100 = 7,225 are 7,23 to
    // hundredths, and 7,23 alone reads back as 7,23 ÷ 10 = 72,3 %. The form's title cell says
    // `(… %)`; the clerk writes 72,25 there and 7,23 in the stage cells, and the import gives
    // survey 72,25 exactly (criterion 6, 0 points and 0 %, gives 0).
    @Test func aSurveysPercentageHasItsPlaceInTheForm() throws {
        var book = try Self.form()
        for leaf in try Self.viDu().criteria {
            let r = try Self.row(book.sheets[0], leaf.id)
            for column in 3...5 { book.sheets[0].rows[r].cells[column] = .number(.zero) }
        }
        let six = try Self.row(book.sheets[0], "6")
        let seven = try Self.row(book.sheets[0], "7")
        #expect(InitFormTests.text(book.sheets[0].rows[six].cells[1]) == "Mức độ hài lòng của người dân (… %)")
        #expect(InitFormTests.text(book.sheets[0].rows[seven].cells[1]) == "Đánh giá của công chức (… %)")
        book.sheets[0].rows[seven].cells[1] = .text("Đánh giá của công chức (72,25 %)", indent: 0)
        for column in 3...5 { book.sheets[0].rows[seven].cells[column] = .number(Points(hundredths: 723)) }
        let (card, diagnostics) = try Self.importing(book)
        #expect(diagnostics.allSatisfy { $0.severity != .error }, "\(diagnostics)")
        let imported = try #require(card)
        #expect(imported.entry("7")?.survey == Points(hundredths: 7225))
        #expect(imported.entry("6")?.survey == .zero)
    }

    // an-binh-2025's deduction 9 names one responsible "Công an, quân sự". A cell with a `;`
    // is split on `;` only, so the name keeps its comma; without one, on commas, as seed 002's
    // tables write several people ("Phạm Văn Nam, Lê Thị Hoa" is two).
    @Test func aNameWithACommaKeepsIt() {
        #expect(Responsibility.names("Công an, quân sự;") == ["Công an, quân sự"])
        #expect(Responsibility.names("Công an, quân sự; Lê Thị Hoa") == ["Công an, quân sự", "Lê Thị Hoa"])
        #expect(Responsibility.names("Phạm Văn Nam, Lê Thị Hoa") == ["Phạm Văn Nam", "Lê Thị Hoa"])
        #expect(Responsibility.parse("Ngô Văn Hải (2024) chuyển Công an, quân sự;").responsible == ["Công an, quân sự"])
    }
}
