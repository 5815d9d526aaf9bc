import Foundation
import Testing

@testable import CCHCKit

/// Issue 11: a cell's value quoted in a message is quoted in one way (`Messages.cellValue`):
/// on one line, cut short, a workbook's number written as Vietnamese write it.
@Suite struct CellValueTests {
    /// A quoted CSV cell holding a line break (`"0,5` / `ghi chú"` as 1.3's final) is one error
    /// on one line, the break a space.
    @Test func aMultiLineCellIsQuotedOnOneLine() throws {
        let tsv = try String(contentsOfFile: Package.fixture("binh-thanh-2023-criteria.tsv"), encoding: .utf8)
        let csv = tsv.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.first == "1.3." { cells[5] = "0,5\nghi chú" }
            return cells.map { "\"\($0.replacing("\"", with: "\"\""))\"" }.joined(separator: ",")
        }.joined(separator: "\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-cell-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tieu-chi.csv")
        try csv.write(to: file, atomically: false, encoding: .utf8)
        let run = Package.run([
            "import", file.path, "--lost", Package.fixture("binh-thanh-2023-lost.tsv"), "--unit", "X", "--year", "2023",
            "-o", folder.appendingPathComponent("out.json").path,
        ])
        #expect(run.code == .invalidInput, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n")
        #expect(
            lines.contains { $0.hasSuffix(#"tiêu chí 1.3: điểm CTHĐ "0,5 ghi chú" không phải là số"#) }, "\(run.stderr)"
        )
        #expect(!lines.contains { $0.hasPrefix("ghi chú") }, "\(run.stderr)")
    }

    @Test func aValueIsQuotedShortOnOneLine() {
        #expect(Messages.cellValue("0,5\nghi chú") == .same("0,5 ghi chú"))
        #expect(Messages.cellValue("4.755") == Message(vi: "4,755", en: "4.755"))
        #expect(Messages.cellValue("-0.125") == Message(vi: "-0,125", en: "-0.125"))
        #expect(Messages.cellValue("1.1.") == .same("1.1."))
        #expect(
            Messages.cellValue(String(repeating: "9", count: 300)) == .same(String(repeating: "9", count: 20) + "…"))
    }
}
