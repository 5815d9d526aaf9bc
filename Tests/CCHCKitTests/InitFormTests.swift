import Foundation
import Testing

@testable import CCHCKit

/// `cchc init --format xlsx|docx`: the blank scorecard a clerk fills in, and `import` reading it
/// back (SPEC §7, "`init` takes `--format xlsx` and `--format docx` too").
@Suite struct InitFormTests {
    static let binhThanh = ["--unit", "UBND xã Bình Thành", "--year", "2023"]

    /// The form's workbook, as `init --format xlsx` writes it.
    static func form(_ framework: String = "thai-nguyen-xa-2023", unit: String = "UBND xã Bình Thành", year: Int = 2023)
        throws -> Workbook
    {
        let fw = try FrameworkStore().open(framework).get()
        let request = TableImport.Request(unit: unit, year: year, framework: fw, frameworkReference: framework)
        return XLSXWriter.workbook(ReportDocument.form(TableImport.blank(request), framework: fw, language: .vi))
    }

    /// The text of a cell, or "" (`SUM(…)` for a formula).
    static func text(_ cell: Workbook.Cell) -> String {
        switch cell {
        case .empty: return ""
        case .text(let s, _): return s
        case .number(let p): return p.json
        case .sum(let rows, let minus): return "SUM\(rows)" + (minus.isEmpty ? "" : "-SUM\(minus)")
        }
    }

    // The title block, then the appendix's header on row 5, frozen; 8 domains and 54 criteria,
    // each with its max and no score; the total row's max 100 and stage cells sums of the
    // domains; the lost-points sheet its seven headers and no row.
    @Test func theFormOfThaiNguyen2023() throws {
        let book = try Self.form()
        #expect(book.sheets.map(\.name) == ["Tiêu chí", "Mất điểm"])
        let sheet = book.sheets[0]
        #expect(
            sheet.rows.prefix(3).map { Self.text($0.cells[0]) } == [
                "Đơn vị: UBND xã Bình Thành", "Năm: 2023",
                "Bộ chỉ số: thai-nguyen-xa-2023 · Chỉ số CCHC cấp xã, tỉnh Thái Nguyên, năm 2023",
            ])
        #expect(sheet.header == 4)
        #expect(
            sheet.rows[4].cells.map(Self.text) == [
                "STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Tự đánh giá", "Thẩm định", "CTHĐ thẩm định",
                "Ngành, BPCM phụ trách",
            ])
        // 1 domain row + 54 criteria + 8 domains - 1 … = 62 rows of data, then the total.
        let data = sheet.rows.dropFirst(5)
        #expect(data.count == 8 + 54 + 1)
        // 7.13 (sheet row 58: 5 rows above the data, then 7 domains and 45 criteria before it).
        let row = sheet.rows[57].cells.map(Self.text)
        #expect(row == ["7.13", "Sử dụng chữ ký số", "1.5", "", "", "", "Văn hoá - xã hội xã"])
        // Domain 1 (sheet row 6) sums its nine criteria, rows 7 to 15, in every column.
        #expect(
            sheet.rows[5].cells.dropFirst(2).prefix(4).map(Self.text)
                == Array(repeating: "SUM\(Array(7...15))", count: 4))
        #expect(Workbook.value(of: sheet, row: 6, column: 2) == Points(hundredths: 1000))
        // The total (row 68) sums the eight domain rows: its max 10+7+20+20+10+5+12+16 = 100.
        let domains = [6, 16, 23, 27, 31, 40, 45, 62]
        let total = sheet.rows[67].cells.map(Self.text)
        #expect(total[1] == "Tổng")
        #expect(total.dropFirst(2).prefix(4).allSatisfy { $0 == "SUM\(domains)" })
        #expect(Workbook.value(of: sheet, row: 68, column: 2) == Points(hundredths: 10_000))
        let lost = book.sheets[1]
        #expect(lost.rows.count == 1)
        #expect(
            lost.rows[0].cells.map(Self.text) == [
                "STT", "Chỉ tiêu, tiêu chí", "Nội dung của chỉ tiêu, tiêu chí", "Lý do mất điểm, yêu cầu bổ sung",
                "Số điểm trừ", "Giải trình, hướng khắc phục", "Người phụ trách",
            ])
    }

    // Fixtures/vi-du: groups sum their children (IV = 8 + 9, 8 = 8.1 + 8.2); the total's max
    // is the regular domains' 10 + 20 + 30 + 40 = 100, not the 105 that adds bonus 2 and penalty
    // 3; its stage cells add the regular domains and the bonus and take the penalty away.
    @Test func aTreeFrameworkSumsEachLevelAndTakesThePenaltyAway() throws {
        let fw = try FrameworkStore().open(Package.fixture("vi-du/framework.json")).get()
        let request = TableImport.Request(unit: "UBND xã An Bình", year: 2025, framework: fw, frameworkReference: "x")
        let sheet = XLSXWriter.workbook(ReportDocument.form(TableImport.blank(request), framework: fw, language: .vi))
            .sheets[0]
        func row(_ id: String) throws -> Int {
            try #require(sheet.rows.firstIndex { $0.cells.first.map(Self.text) == id }) + 1
        }
        let iv = try row("IV")
        let eight = try row("8")
        #expect(Self.text(sheet.rows[iv - 1].cells[3]) == "SUM\([eight, try row("9")])")
        #expect(Self.text(sheet.rows[eight - 1].cells[3]) == "SUM\([try row("8.1"), try row("8.2")])")
        let total = sheet.rows.count
        // The max sums the regular domains only, 10 + 20 + 30 + 40 = 100 (bonus V and penalty VI
        // are outside it).
        #expect(Self.text(sheet.rows[total - 1].cells[2]) == "SUM\(try ["I", "II", "III", "IV"].map(row))")
        #expect(Workbook.value(of: sheet, row: total, column: 2) == Points(hundredths: 10_000))
        let regular = try ["I", "II", "III", "IV", "V"].map(row)
        #expect(Self.text(sheet.rows[total - 1].cells[5]) == "SUM\(regular)-SUM\([try row("VI")])")
        // Filled: 9 in 1.1's max … no: 1 point for 1.1 and 3 for penalty 11 in CTHĐ give 1 − 3 = −2.
        var filled = sheet
        filled.rows[try row("1.1") - 1].cells[5] = .number(Points(hundredths: 100))
        filled.rows[try row("11") - 1].cells[5] = .number(Points(hundredths: 300))
        #expect(Workbook.value(of: filled, row: total, column: 5) == Points(hundredths: -200))
    }

    /// The form with the fixture's scores typed into its stage cells and its lost rows added,
    /// as a clerk fills it; the SUM cells keep the values the writer caches for them.
    static func filledForm() throws -> [UInt8] {
        var book = try form()
        let fixture = try #require(load(try Package.fixtureText(), name: "binh-thanh-2023.json").scorecard)
        let stages: [(Stage, Int)] = [(.selfAssessed, 3), (.appraised, 4), (.final, 5)]
        for entry in fixture.entries {
            let r = try #require(book.sheets[0].rows.firstIndex { $0.cells.first.map(text) == entry.id })
            for (stage, column) in stages {
                book.sheets[0].rows[r].cells[column] = .number(try #require(entry.scores[stage]))
            }
        }
        for (n, d) in (fixture.deductions ?? []).enumerated() {
            var people = d.responsible.joined(separator: ", ")
            if !d.formerly.isEmpty { people = d.formerly.joined(separator: ", ") + " (2023) chuyển " + people }
            book.sheets[1].rows.append(
                Workbook.Row(cells: [
                    .number(Points(hundredths: (n + 1) * 100)), .text(d.code), .text(d.content ?? ""),
                    .text(d.reason ?? ""), .number(d.points), .text(d.remediation ?? ""), .text(people),
                ]))
        }
        return SpreadsheetML.archive(book)
    }

    // Filled in with the fixture's figures, the form imports with no --unit and no --year to the
    // fixture: 54 criteria with three scores each, 12 deductions, and from the cached sums the
    // Tổng row's 97,5 / 93,75 / 89,75 as published (self 10 + 7 + 20 + 20 + 10 + 5 + 12 + 16 less
    // 2,5 lost = 97,5; final less 10,25 = 89,75).
    @Test func theFilledFormImportsToTheFixture() throws {
        let fw = try FrameworkStore().open("thai-nguyen-xa-2023").get()
        let request = TableImport.Request(
            unit: nil, year: nil, framework: fw, frameworkReference: "thai-nguyen-xa-2023")
        let (card, diagnostics) = TableImport.scorecard(
            criteria: SourceText(name: "2023.xlsx", bytes: try Self.filledForm()), lost: nil, request: request)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let imported = try #require(card)
        let fixture = try #require(load(try Package.fixtureText(), name: "binh-thanh-2023.json").scorecard)
        #expect(facts(imported, publishedRank: false) == facts(fixture, publishedRank: false))
        let report = ScoreReport(scorecard: imported, framework: fw)
        #expect(report.totals[.selfAssessed] == Points(hundredths: 9750))
        #expect(report.totals[.appraised] == Points(hundredths: 9375))
        #expect(report.totals[.final] == Points(hundredths: 8975))
    }

    // The same form filled by openpyxl (Scripts/make-office-fixtures.sh: `init --format xlsx`,
    // then Scripts/fill-form.py), which saves every SUM without a cached value, and the Word
    // form filled by python-docx, whose domain and total rows stay blank: the total row is then
    // no published figure, and nothing else changes.
    @Test(arguments: ["binh-thanh-2023.init-openpyxl.xlsx", "binh-thanh-2023.init-python-docx.docx"])
    func theFormFilledByOpenpyxlImports(_ name: String) throws {
        let o = Package.run(["import", "Fixtures/office/" + name])
        #expect(o.code == .success, "\(o.stderr)")
        #expect(o.stderr == "")
        let imported = try #require(load(o.stdout).scorecard)
        let fixture = try #require(load(try Package.fixtureText(), name: "binh-thanh-2023.json").scorecard)
        #expect(imported.published == nil)
        #expect(
            facts(imported).filter { !$0.hasPrefix("published") && !$0.hasPrefix("rank") }
                == facts(fixture).filter { !$0.hasPrefix("published") && !$0.hasPrefix("rank") }
        )
        let report = ScoreReport(scorecard: imported, framework: try FrameworkStore().open("thai-nguyen-xa-2023").get())
        #expect(report.totals[.final] == Points(hundredths: 8975))
    }

    // The flags win over the title block.
    @Test func flagsWinOverTheTitleBlock() throws {
        let o = Package.run([
            "import", "Fixtures/office/binh-thanh-2023.init-openpyxl.xlsx", "--unit", "UBND xã Phú Đình", "--year",
            "2024",
        ])
        let card = try #require(load(o.stdout).scorecard)
        #expect(card.unit == "UBND xã Phú Đình")
        #expect(card.year == 2024)
    }

    // A table with no title block and no flags: one line each for the unit and the year, exit 2,
    // nothing written.
    @Test func noUnitNoYear() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/out.json"
        let o = Package.run(["import", "Fixtures/office/binh-thanh-2023.xlsx", "-o", out], language: .en)
        #expect(o.code == .invalidInput)
        #expect(
            o.stderr == """
                Fixtures/office/binh-thanh-2023.xlsx: no unit named: give --unit, or write "Unit: …" above the criteria table
                Fixtures/office/binh-thanh-2023.xlsx: no year named: give --year, or write "Year: 2025" above the criteria table
                nothing written: 2 errors in the tables

                """)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    // A workbook is no text for a terminal; `-o` writes it; json stays the default.
    @Test func theFormatsOfInit() throws {
        let terminal = Tool.run(
            ["init"] + Self.binhThanh + ["--format", "xlsx"], environment: Environment(outputIsTerminal: true))
        #expect(terminal.code == .usage)
        #expect(terminal.stdout.isEmpty)
        let folder = try TemporaryFolder()
        for format in ["xlsx", "docx"] {
            let out = folder.path + "/2023." + format
            let o = Package.run(["init"] + Self.binhThanh + ["--format", format, "-o", out])
            #expect(o.code == .success, "\(o.stderr)")
            #expect(o.stderr == "\(out): đã ghi (54 tiêu chí, chưa chấm)\n")
            let bytes = try #require(FileManager.default.contents(atPath: out))
            #expect(Array(bytes.prefix(2)) == [0x50, 0x4B])
        }
        #expect(Package.run(["init"] + Self.binhThanh).stdout.hasPrefix("{\n  \"format\": \"cchc-scorecard/1\""))
    }
}
