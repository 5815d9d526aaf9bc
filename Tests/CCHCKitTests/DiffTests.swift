import Foundation
import Testing

@testable import CCHCKit

@Suite(.serialized) struct DiffTests {
    let fixture = "Fixtures/binh-thanh-2023.json"

    func changedIDs(_ json: String) throws -> [String] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let criteria = try #require(doc["criteria"] as? [[String: Any]])
        return criteria.compactMap { $0["id"] as? String }
    }

    @Test func selfToAppraised() throws {
        let o = Package.run(["diff", fixture, "--format", "json"])
        #expect(o.code == .success)
        #expect(try changedIDs(o.stdout) == ["3.1", "3.3", "5.2", "8.3", "8.5"])
        let text = Package.run(["diff", fixture]).stdout
        #expect(text.contains("97,5      93,75     -3,75"))
        for absent in ["  1.9 ", "  7.6 ", "  7.11 "] { #expect(!text.contains(absent)) }
        #expect(text.contains("3.1.2: 1,5 · Thực hiện rà soát TTHC"), "the deductions stand beside 3.1")
    }

    /// A year kept only as published figures stands on them (SPEC §4, as `trend` does): Bình
    /// Thành's final 89,75 in 2023 and published 87,25 in 2024 is 87,25 − 89,75 = −2,5; the 766
    /// service index published 86,8 then 93,7 is +6,9, a difference `--exit-code` reports.
    @Test func aYearOfPublishedFiguresComparesThem() throws {
        let o = Package.run(["diff", fixture, "Fixtures/binh-thanh-2024.json", "--format", "json"])
        #expect(o.code == .success)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let total = try #require(doc["total"] as? [String: Any])
        #expect(total["old"] as? Double == 89.75)
        #expect(total["new"] as? Double == 87.25)
        #expect(total["change"] as? Double == -2.5)
        #expect(o.stderr.contains("so sánh điểm công bố"), "\(o.stderr)")
        let service = Package.run([
            "diff", "Fixtures/766/binh-thanh-2023.json", "Fixtures/766/binh-thanh-2024.json", "--exit-code",
        ])
        #expect(service.code == .failure)
        #expect(service.stdout.contains("86,8  93,7      +6,9"), "\(service.stdout)")
    }

    /// The 766 index has one stage: comparing its self-assessment with its appraisal within one
    /// file is an error naming the framework's stages, not a table of empty columns.
    @Test func aStageTheFrameworkLacksIsAnError() throws {
        let o = Package.run(["diff", "Fixtures/766/diem-mac-2024.json"])
        #expect(o.code == .invalidInput)
        #expect(o.stdout.isEmpty)
        #expect(o.stderr.contains("không phải giai đoạn của qd-766-2022 (các giai đoạn: final)"), "\(o.stderr)")
    }

    @Test func appraisedToFinal() throws {
        let o = Package.run(["diff", fixture, "--from", "appraised", "--to", "final", "--format", "json"])
        #expect(try changedIDs(o.stdout) == ["1.9", "3.1", "7.6", "7.11"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let total = try #require(doc["total"] as? [String: Any])
        #expect(total["change"] as? Double == -4)
        #expect(total["old"] as? Double == 93.75)
    }

    @Test func exitCode() {
        #expect(Package.run(["diff", fixture, "--from", "self", "--to", "final", "--exit-code"]).code == .failure)
        #expect(Package.run(["diff", fixture, "--from", "self", "--to", "final"]).code == .success)
        #expect(Package.run(["diff", fixture, fixture, "--exit-code"]).code == .success)
        #expect(Package.run(["diff", fixture, fixture]).stdout.contains("Không có khác biệt."))
    }

    @Test func twoYears() throws {
        let folder = try TemporaryFolder()
        var next = replacingOnce(try Package.fixtureText(), #""year": 2023"#, #""year": 2024"#)
        next = replacingOnce(
            next, #""id": "5.3", "self": 0, "appraised": 0, "final": 0"#,
            #""id": "5.3", "self": 1.5, "appraised": 1.5, "final": 1.5"#)
        let path = try folder.write("2024.json", next)
        let o = Package.run(["diff", fixture, path])
        #expect(o.code == .success)
        #expect(o.stdout.contains("Cũ: UBND xã Bình Thành · 2023 · \(fixture)"))
        #expect(o.stdout.contains("Mới: UBND xã Bình Thành · 2024 · \(path)"))
        let lines = o.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  5.3 ") && $0.hasSuffix("0    1,5      +1,5") })
        #expect(lines.contains { $0.hasPrefix("5 ") && $0.hasSuffix("+1,5") })
        #expect(lines.contains { $0.contains("Tổng") && $0.hasSuffix("89,75  91,25      +1,5") })
        let json = Package.run(["diff", fixture, path, "--format", "json"]).stdout
        #expect(try changedIDs(json) == ["5.3"])
    }

    @Test func missingScoresAreNotZero() throws {
        let folder = try TemporaryFolder()
        let text = replacingOnce(
            try Package.fixtureText(), #""id": "1.1", "self": 1.5, "appraised": 1.5,"#, #""id": "1.1", "self": 1.5,"#)
        let path = try folder.write("partial.json", text)
        let o = Package.run(["diff", path])
        #expect(o.code == .success)
        #expect(o.stdout.contains { _ in true })
        let line = try #require(o.stdout.split(separator: "\n").first { $0.hasPrefix("  1.1 ") })
        #expect(line.hasSuffix("1,5          —         —"))
        #expect(o.stderr.contains("điểm thẩm định chưa đủ (thiếu 1 tiêu chí): không có tổng để so sánh"))
    }

    @Test func usage() {
        #expect(Package.run(["diff", "a", "b", "c"]).code == .usage)
        #expect(Package.run(["diff", fixture, fixture, "--from", "self"]).code == .usage)
        #expect(Package.run(["diff", "no-such.json"]).code == .invalidInput)
    }
}

@Suite(.serialized) struct FormatTests {
    let fixture = "Fixtures/binh-thanh-2023.json"

    @Test func scoreJSONCarriesTheFigures() throws {
        let o = Package.run(["score", fixture, "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let totals = try #require(doc["totals"] as? [String: Any])
        #expect(totals["max"] as? Double == 100)
        #expect(totals["self"] as? Double == 97.5)
        #expect(totals["appraised"] as? Double == 93.75)
        #expect(totals["final"] as? Double == 89.75)
        #expect(totals["lost"] as? Double == 10.25)
        #expect((doc["domains"] as? [Any])?.count == 8)
        #expect((doc["lost"] as? [Any])?.count == 12)
        #expect(doc["band"] as? String == "Tốt")
        #expect(o.stdout.contains("\"final\": 89.75"), "written from the exact value")
    }

    @Test func anIncompleteTotalIsNull() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "p.json",
            replacingOnce(try Package.fixtureText(), #""id": "1.1", "self": 1.5,"#, #""id": "1.1","#))
        let o = Package.run(["score", path, "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let totals = try #require(doc["totals"] as? [String: Any])
        #expect(totals["self"] is NSNull)
        #expect(totals["final"] as? Double == 89.75)
        #expect((doc["warnings"] as? [String])?.count == 1)
    }

    @Test func csvIsSafeInASpreadsheet() throws {
        let folder = try TemporaryFolder()
        var text = replacingOnce(
            try Package.fixtureText(), #""reason": "Không có sáng kiến cấp tỉnh""#,
            #""reason": "=HYPERLINK(\"http://x\",\"y\")""#)
        text = replacingOnce(
            text, #""Nghiên cứu khắc phục trong năm 2024", "responsible": ["Mạc Thị Lan"]"#,
            #""Nghiên cứu khắc phục trong năm 2024", "responsible": ["@SUM(1,1)"]"#)
        let path = try folder.write("evil.json", text)
        let csv = Package.run(["score", path, "--format", "csv"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}kind,unit,year,id,domain,title,max,self,appraised,final,lost,"))
        #expect(csv.contains("\r\n"))
        let cells = parseCSV(String(csv.dropFirst()))
        // Every row has the header's 19 cells: kind, unit, year, 8 of the criteria table, 8 more
        // of the lost one (code, content, points, written_for, reason, remediation, responsible,
        // formerly).
        #expect(cells.allSatisfy { $0.count == 19 })
        let dangerous = cells.joined().filter { cell in
            guard let first = cell.first else { return false }
            return "=+-@\t\r".contains(first) && !CSVText.isPlainNumber(cell)
        }
        #expect(dangerous.isEmpty, "\(dangerous)")
        #expect(cells.joined().contains("'=HYPERLINK(\"http://x\",\"y\")"))
        #expect(cells.joined().contains("'@SUM(1,1)"))
        #expect(cells.filter { $0.first == "lost" }.count == 12)
        #expect(cells.contains { $0.first == "total" && $0[9] == "89.75" && $0[10] == "10.25" })
        #expect(csv.contains("Nguyễn Thị Dung"))
    }

    @Test func markdownIsAGitHubTable() {
        let md = Package.run(["score", fixture, "--format", "markdown"]).stdout
        let lines = md.split(separator: "\n")
        #expect(lines.contains("| --- | --- | ---: | ---: | ---: | ---: | ---: |"))
        let rows = lines.filter { $0.hasPrefix("| ") }
        #expect(rows.count == 11 + 14)
        #expect(rows.allSatisfy { $0.hasSuffix(" |") })
        #expect(md.contains("| **Tổng** | **100** | **97,5** | **93,75** | **89,75** | **10,25** |"))
    }

    @Test func byResponsible() throws {
        let o = Package.run(["score", fixture, "--by", "responsible"])
        let lines = o.stdout.split(separator: "\n").map(String.init)
        let dung = try #require(lines.first { $0.hasPrefix("Nguyễn Thị Dung ") })
        let lan = try #require(lines.first { $0.hasPrefix("Mạc Thị Lan ") })
        #expect(dung.contains(" 5  3.1.2 1,5*"))
        #expect(lan.contains(" 4,5  5.2 1,5, 5.3 1,5, 7.6 1*"))
        #expect(o.stdout.contains("không cộng lại thành 10,25"))
        #expect(o.stdout.contains("8.3.2.2 0,25 (nhận từ Trần"))
        let json = Package.run(["score", fixture, "--by", "responsible", "--format", "json"]).stdout
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let people = try #require(doc["responsible"] as? [[String: Any]])
        #expect(people.prefix(2).compactMap { $0["name"] as? String } == ["Nguyễn Thị Dung", "Mạc Thị Lan"])
        #expect(people.prefix(2).compactMap { $0["total"] as? Double } == [5, 4.5])
    }

    @Test func checkJSON() throws {
        let o = Package.run(["check", fixture, "--format", "json"])
        #expect(o.code == .success)
        #expect(o.stderr.isEmpty)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let files = try #require(doc["files"] as? [[String: Any]])
        #expect(files.first?["status"] as? String == "ok")
        #expect(doc["ok"] as? Int == 1)
    }
}

/// A small RFC 4180 reader for the tests: quoted cells, doubled quotes, CRLF.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" {
                    cell.append("\"")
                    chars = chars.dropFirst()
                } else {
                    quoted = false
                }
            } else {
                cell.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(cell)
            cell = ""
        } else if c == "\r\n" || c == "\n" {
            row.append(cell)
            rows.append(row)
            row = []
            cell = ""
        } else {
            cell.append(c)
        }
    }
    if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
    return rows
}

/// A district concatenates its communes' CSVs: every row of every report names its unit and
/// year (SPEC §4), and a diff's rows name what was compared.
@Suite struct CSVRowsNameTheirUnitTests {
    func rows(_ arguments: [String]) -> [[Substring]] {
        let o = Package.run(arguments)
        // RFC 4180 ends rows with CRLF; simple splitting is enough for the columns checked here,
        // which come before any quoted title.
        return o.stdout.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
    }

    @Test(arguments: [
        ["score", "Fixtures/binh-thanh-2023.json", "--format", "csv"],
        ["score", "Fixtures/binh-thanh-2023.json", "--by", "responsible", "--format", "csv"],
        ["diff", "Fixtures/binh-thanh-2023.json", "--format", "csv"],
    ])
    func unitAndYear(_ arguments: [String]) {
        let table = rows(arguments)
        #expect(table.count > 10)
        #expect(Array(table[0].prefix(3)) == ["kind", "unit", "year"])
        for row in table.dropFirst() { #expect(Array(row[1...2]) == ["UBND xã Bình Thành", "2023"], "\(row)") }
    }

    @Test func rankAndTrendCarryTheOtherOne() {
        let rank = rows(["rank", "Fixtures/binh-thanh-2023.json", "--format", "csv"])
        #expect(rank[0][1] == "year")
        for row in rank.dropFirst() { #expect(row[1] == "2023") }
        let trend = rows(["trend", "Fixtures/binh-thanh-2022.json", "Fixtures/binh-thanh-2023.json", "--format", "csv"])
        #expect(trend[0][1] == "unit")
        for row in trend.dropFirst() { #expect(row[1] == "UBND xã Bình Thành") }
        let diff = rows(["diff", "Fixtures/binh-thanh-2023.json", "Fixtures/binh-thanh-2024.json", "--format", "csv"])
        #expect(diff[0].suffix(6) == ["from", "to", "unit_from", "year_from", "unit_to", "year_to"])
        // Every row names both years, as JSON's `from` and `to` do, not only the newer one.
        for row in diff.dropFirst() {
            #expect(
                row.suffix(6) == [
                    "Fixtures/binh-thanh-2023.json", "Fixtures/binh-thanh-2024.json", "UBND xã Bình Thành", "2023",
                    "UBND xã Bình Thành", "2024",
                ], "\(row)")
        }
    }
}
