import Foundation
import Testing

@testable import CCHCKit

/// `cchc import` and `cchc init` run in-process: the two-command path from tables to a score,
/// output files, and the command line.
@Suite(.serialized) struct ImportCommandTests {
    let criteria = "Fixtures/binh-thanh-2023-criteria.tsv"
    let lost = "Fixtures/binh-thanh-2023-lost.tsv"
    let unit = ["--unit", "UBND xã Bình Thành", "--year", "2023"]

    @Test func importedTablesScoreAsPublished() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/bt.json"
        let imported = Package.run(["import", criteria, "--lost", lost] + unit + ["-o", out])
        #expect(imported.code == .success)
        #expect(imported.stdout.isEmpty)
        #expect(imported.stderr == "\(out): đã ghi (54 tiêu chí, 12 dòng trừ điểm)\n")

        let score = Package.run(["score", out])
        #expect(score.code == .success)
        #expect(score.stderr.isEmpty)
        for figure in [
            "   Tổng                                                       100   97,5      93,75  89,75     10,25",
            "Nội dung bị mất điểm (CTHĐ thẩm định): 10,25 điểm, 12 dòng",
            "Phụ trách: Trần Văn Ái (2023) → Ma Đình Chung", "Phụ trách: Nguyễn Trọng Hiếu (2023) → Ma Đình Chung",
        ] {
            #expect(score.stdout.contains(figure), "missing \(figure)")
        }
        let check = Package.run(["check", out])
        #expect(check.code == .success)
        #expect(check.stdout == "\(out): đúng (điểm CTHĐ 89,75, Tốt)\n")
    }

    @Test func csvFromStandardSpreadsheetsScoresTheSame() throws {
        let folder = try TemporaryFolder()
        let table = try folder.write(
            "criteria.csv", Tables.csv(try Tables.criteria(), separator: ";", crlf: true, bom: true, dotDecimals: true))
        let lostTable = try folder.write(
            "lost.csv", Tables.csv(try Tables.lost(), separator: ";", crlf: true, bom: true, dotDecimals: true))
        let fromCSV = Package.run(["import", table, "--lost", lostTable] + unit)
        let fromTSV = Package.run(["import", criteria, "--lost", lost] + unit)
        #expect(fromCSV.code == .success)
        #expect(fromCSV.stderr.isEmpty)
        #expect(fromCSV.stdout == fromTSV.stdout)
    }

    @Test func anExistingFileIsNotOverwrittenWithoutForce() throws {
        let folder = try TemporaryFolder()
        let out = try folder.write("bt.json", "keep me\n")
        let refused = Package.run(["import", criteria] + unit + ["-o", out])
        #expect(refused.code == .invalidInput)
        #expect(refused.stderr == "\(out): đã có tệp này; thêm --force để ghi đè\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me\n")

        let forced = Package.run(["import", criteria] + unit + ["-o", out, "--force"])
        #expect(forced.code == .success)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{\n  \"format\": \"cchc-scorecard/1\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["bt.json"], "no temporary file left behind")
    }

    @Test func anInputTableIsNeverWrittenTo() throws {
        let folder = try TemporaryFolder()
        let table = try folder.write("criteria.tsv", try Tables.criteria())
        let o = Package.run(["import", table] + unit + ["-o", table, "--force"])
        #expect(o.code == .invalidInput)
        #expect(o.stderr == "\(table): là tệp đầu vào của lệnh này; hãy ghi ra tệp khác\n")
        #expect(try String(contentsOfFile: table, encoding: .utf8) == (try Tables.criteria()))
    }

    @Test func errorsWriteNothing() throws {
        let folder = try TemporaryFolder()
        let table = try folder.write(
            "criteria.tsv",
            replacingOnce(try Tables.criteria(), "7.13.\tSử dụng chữ ký số\t1,5", "7.13.\tSử dụng chữ ký số\t0,5"))
        let out = folder.path + "/bt.json"
        let o = Package.run(["import", table] + unit + ["-o", out])
        #expect(o.code == .invalidInput)
        // One error is one line: an import with an error never writes, so no line says so (issue 13).
        #expect(o.stderr == "\(table):57:25: tiêu chí 7.13: điểm tối đa 0,5 khác điểm tối đa của bộ chỉ số, 1,5\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(
            Package.run(["import", folder.path + "/none.tsv"] + unit).stderr.contains("none.tsv: không có tệp này"))
    }

    @Test func initWritesEveryCriterionUnscored() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/blank.json"
        let o = Package.run(["init", "--unit", "X", "--year", "2025", "-o", out])
        #expect(o.code == .success)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        let rows = try #require(json?["criteria"] as? [[String: Any]])
        #expect(rows.count == 54)
        for row in rows {
            for stage in ["self", "appraised", "final"] { #expect(row[stage] is NSNull, "\(row)") }
            let extra = try #require(row["extra"] as? [String: Any])
            #expect(extra["title"] is String && extra["max"] is NSNumber)
        }
        #expect(json?["year"] as? Int == 2025 && json?["framework"] as? String == "thai-nguyen-xa-2023")

        let score = Package.run(["score", out])
        #expect(score.code == .success)
        #expect(score.stderr.contains("cảnh báo: điểm CTHĐ chưa chấm đủ, 54 trên 54 tiêu chí chưa chấm"))
        let check = Package.run(["check", out])
        #expect(check.code == .success)
        #expect(check.stdout == "\(out): đúng (điểm CTHĐ chưa chấm đủ: 54 tiêu chí chưa chấm)\n")
    }

    @Test func aFrameworkFileIsNamedFromTheScorecardsFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        let absolute = try folder.write("fw.json", ThaiNguyenXa2023.json)
        // The same file named from the package root, where the tool runs.
        let depth = Package.root.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + absolute.drop { $0 == "/" }
        let out = folder.path + "/out/blank.json"
        for (framework, written) in [(relative, "../fw.json"), (absolute, absolute)] {
            let o = Package.run([
                "init", "--unit", "X", "--year", "2025", "--framework", framework, "-o", out, "--force",
            ])
            #expect(o.code == .success, "\(o.stderr)")
            #expect(try String(contentsOfFile: out, encoding: .utf8).contains("\"framework\": \"\(written)\","))
            #expect(Package.run(["check", out]).code == .success)
        }
    }

    @Test(arguments: [
        (["init", "--unit", "X"], "Error: missing expected option '--year <year>'"),
        (
            ["init", "--unit", "X", "--year", "2023.5"],
            "Error: invalid value '2023.5' for '--year' (expected a whole year, 1900 to 2200)"
        ),
        (["init", "--unit", " ", "--year", "2023"], "Error: '--unit' must name the unit"),
        (["import", "--unit", "X", "--year", "2023"], "Error: missing expected argument '<table>'"),
    ])
    func usageErrorsExit64(arguments: [String], firstLine: String) {
        let o = Package.run(arguments, language: .en)
        #expect(o.code == .usage)
        #expect(o.stderr.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(o.stderr.contains("Usage: cchc \(arguments[0]) "))
    }

    @Test func anUnknownFrameworkIsAnInputError() {
        let o = Package.run(["init", "--unit", "X", "--year", "2025", "--framework", "thai-nguyen-xa-2032"])
        #expect(o.code == .invalidInput)
        #expect(
            o.stderr
                == "thai-nguyen-xa-2032: không phải bộ chỉ số có sẵn, cũng không phải tệp (có phải \"thai-nguyen-xa-2023\"?)\n"
        )
    }

    @Test func helpListsBoth() {
        let root = Package.run(["--help"]).stdout
        #expect(root.contains("  import ") && root.contains("  init "))
        let help = Package.run(["import", "--help"], language: .en)
        #expect(help.code == .success)
        let usage = help.stdout.replacingOccurrences(of: "\n       ", with: " ")
        #expect(usage.contains("USAGE: cchc import <table> [--lost <table>] [--unit <name>] [--year <year>]"))
        #expect(Package.run(["help", "init"]).stdout.contains("-o, --output <file>"))
    }
}
