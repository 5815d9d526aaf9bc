import Foundation
import Testing

@testable import CCHCKit

@Suite struct CollationTests {
    @Test func vietnameseAlphabeticalOrder() {
        let names = ["Zeta", "Yên", "Điềm Mặc", "Dương", "ăn", "Ánh", "Ảnh", "Anh", "Ân", "Ơn", "Ôn", "On", "Ưu", "Uy"]
        #expect(
            names.sorted(by: Collation.precedes) == [
                "Anh", "Ảnh", "Ánh", "ăn", "Ân", "Dương", "Điềm Mặc", "On", "Ôn", "Ơn", "Uy", "Ưu", "Yên", "Zeta",
            ])
    }

    @Test func normalisationDoesNotMatter() {
        let composed = "Điềm Mặc"
        let decomposed = "Đie\u{302}\u{300}m Ma\u{306}\u{323}c"
        #expect(!Collation.precedes(composed, decomposed))
        #expect(!Collation.precedes(decomposed, composed))
        #expect(Collation.precedes(decomposed, "Định Biên"))
    }

    @Test func numbersCompareAsNumbers() {
        #expect(
            ["xã số 10", "xã số 9", "xã số 1"].sorted(by: Collation.precedes) == ["xã số 1", "xã số 9", "xã số 10"])
    }
}

@Suite(.serialized) struct RankTests {
    @Test func aDistrictWithATieAndAnIncompleteUnit() throws {
        let folder = try TemporaryFolder()
        let paths = try District.write(into: folder)
        let o = Package.run(["rank"] + paths + ["--format", "json"])
        #expect(o.code == .success, "\(o.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let units = try #require(doc["units"] as? [[String: Any]])
        #expect(units.count == 23)
        #expect(doc["count"] as? Int == 22)
        let ranked = units.filter { !($0["rank"] is NSNull) }
        let ranks = ranked.compactMap { $0["rank"] as? Int }
        let totals = ranked.compactMap { $0["total"] as? Double }
        #expect(totals == totals.sorted(by: >))
        // Competition ranking: a shared rank, then the gap after it.
        for i in 1..<ranks.count {
            #expect(ranks[i] == (totals[i] == totals[i - 1] ? ranks[i - 1] : i + 1))
        }
        let tied = ranked.filter { [District.tie.0, District.tie.1].contains($0["unit"] as? String ?? "") }
        #expect(tied.count == 2)
        #expect(tied.first?["rank"] as? Int == tied.last?["rank"] as? Int)
        #expect(tied.first?["unit"] as? String == "UBND xã Bảo Linh", "ties are listed by name")
        let last = try #require(units.last)
        #expect(last["unit"] as? String == District.incomplete)
        #expect(last["rank"] is NSNull)
        #expect(last["total"] is NSNull)

        // Independent mean and median of the ranked totals, in hundredths.
        let hundredths = totals.map { Int(($0 * 100).rounded()) }.sorted()
        let sum = hundredths.reduce(0, +)
        let mean = (2 * sum + hundredths.count) / (2 * hundredths.count)
        let median = (hundredths[10] + hundredths[11] + 1) / 2
        #expect(doc["mean"] as? Double == Double(mean) / 100)
        #expect(doc["median"] as? Double == Double(median) / 100)

        let text = Package.run(["rank"] + paths).stdout
        try expectGolden("rank-district.txt", text)
        try expectGolden("rank-district.md", Package.run(["rank"] + paths + ["--format", "markdown"]).stdout)
        #expect(
            text.contains(
                "Số đơn vị: 22 · Trung bình: \(Points(hundredths: mean).formatted()) · Trung vị: \(Points(hundredths: median).formatted())"
            ))
        #expect(text.contains("Chưa xếp hạng (chưa chấm đủ):"))
        #expect(text.contains("UBND xã Trung Hội"))
        #expect(text.split(separator: "\n").allSatisfy { Text.width(String($0)) <= 100 })
    }

    @Test func anotherYearIsNamed() throws {
        let folder = try TemporaryFolder()
        var paths = try District.write(into: folder)
        paths.append(try folder.write("odd.json", try District.scorecard("UBND xã Mới", year: 2022)))
        let o = Package.run(["rank"] + paths)
        #expect(o.code == .invalidInput)
        #expect(o.stdout.isEmpty)
        #expect(
            o.stderr
                == "\(folder.path)/odd.json: năm 2022, nhưng các tệp khác là năm 2023 (xếp hạng so sánh trong một năm)\n"
        )
    }

    @Test func aBadFileDoesNotHideTheOthers() throws {
        let folder = try TemporaryFolder()
        var paths = try District.write(into: folder)
        paths.append(try folder.write("bad.json", "{"))
        paths.append(try folder.write("twice.json", try District.scorecard("UBND xã Bình Thành")))
        let o = Package.run(["rank"] + paths)
        #expect(o.code == .invalidInput)
        #expect(o.stderr.contains("bad.json:1:2: tệp kết thúc giữa chừng"))
        #expect(o.stderr.contains("twice.json: đơn vị \"UBND xã Bình Thành\" cũng có trong"))
    }

    @Test func aPublishedRankThatDisagreesIsAWarning() throws {
        let text = replacingOnce(try Package.fixtureText(), #""rank": 1, "of": 23"#, #""rank": 2, "of": 23"#)
        let folder = try TemporaryFolder()
        let path = try folder.write("bt.json", text)
        let o = Package.run(["rank", path])
        #expect(o.code == .success)
        #expect(o.stderr == "\(path): cảnh báo: UBND xã Bình Thành: hạng công bố 2 khác hạng tính được 1\n")
    }

    @Test func formatsCarryTheSameFigures() throws {
        let folder = try TemporaryFolder()
        let paths = try District.write(into: folder)
        let json = Package.run(["rank"] + paths + ["--format", "json"]).stdout
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((doc["units"] as? [[String: Any]])?.first)
        let total = try #require(first["total"] as? Double)
        let csv = parseCSV(String(Package.run(["rank"] + paths + ["--format", "csv"]).stdout.dropFirst()))
        #expect(
            csv.first == [
                "kind", "year", "rank", "unit", "file", "total", "band", "1", "2", "3", "4", "5", "6", "7", "8",
            ])
        #expect(csv.dropFirst().first?[5] == Points(hundredths: Int((total * 100).rounded())).json)
        let md = Package.run(["rank"] + paths + ["--format", "markdown"]).stdout
        #expect(
            md.contains(
                "| 1 | \(first["unit"] as? String ?? "") | \(Points(hundredths: Int((total * 100).rounded())).formatted()) |"
            ))
    }
}

@Suite(.serialized) struct TrendTests {
    let files = ["2024", "2021", "2023", "2022"].map { "Fixtures/binh-thanh-\($0).json" }

    @Test func binhThanhOverTheYears() throws {
        let o = Package.run(["trend"] + files)
        #expect(o.code == .success)
        #expect(o.stderr.isEmpty)
        let lines = o.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("2021   80,5  công bố    Tốt                 5/23"))
        #expect(lines.contains("2022   80,5  công bố    Tốt              0  7/23"))
        #expect(lines.contains("2023  89,75  tính toán  Tốt          +9,25  1/23"))
        #expect(lines.contains("2024  87,25  công bố    Tốt           -2,5  6/22"))
        #expect(lines.last == "▁▁█▆")

        let json = Package.run(["trend"] + files + ["--format", "json"]).stdout
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let years = try #require(doc["years"] as? [[String: Any]])
        #expect(years.compactMap { $0["year"] as? Int } == [2021, 2022, 2023, 2024])
        #expect(years.compactMap { $0["total"] as? Double } == [80.5, 80.5, 89.75, 87.25])
        #expect(years.compactMap { $0["source"] as? String } == ["published", "published", "computed", "published"])
        #expect(years.first?["change"] is NSNull)
        #expect(years.compactMap { $0["change"] as? Double } == [0, 9.25, -2.5])
        #expect(years.compactMap { $0["rank"] as? Int } == [5, 7, 1, 6])

        let csv = parseCSV(String(Package.run(["trend"] + files + ["--format", "csv"]).stdout.dropFirst()))
        #expect(csv.dropFirst().map { $0[4] } == ["80.5", "80.5", "89.75", "87.25"])
        #expect(csv.dropFirst().allSatisfy { $0.first == "year" })
        let md = Package.run(["trend"] + files + ["--format", "markdown"]).stdout
        #expect(md.contains("| 2023 | 89,75 | tính toán | Tốt | +9,25 | 1/23 |"))
    }

    @Test func oneUnitOneFileAYear() throws {
        let folder = try TemporaryFolder()
        let other = try folder.write("other.json", try District.scorecard("UBND xã Điềm Mặc"))
        let o = Package.run(["trend", files[0], other])
        #expect(o.code == .invalidInput)
        #expect(o.stderr.contains("other.json: đơn vị \"UBND xã Điềm Mặc\" khác đơn vị của "))
        let twice = Package.run(["trend", files[2], files[2]])
        #expect(twice.code == .invalidInput)
        #expect(twice.stderr.contains("năm 2023 cũng có trong"))
    }

    @Test func aYearWithNoFigureIsNull() throws {
        let folder = try TemporaryFolder()
        let text = replacingOnce(
            try String(contentsOfFile: Package.fixture("binh-thanh-2022.json"), encoding: .utf8),
            #""published": { "final": 80.5, "rank": 7, "of": 23 }"#, #""published": { "rank": 7, "of": 23 }"#)
        let path = try folder.write("2022.json", text)
        let o = Package.run(["trend", files[1], path, files[2], "--format", "json"])
        #expect(o.code == .success)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
        let years = try #require(doc["years"] as? [[String: Any]])
        #expect(years[1]["total"] is NSNull)
        #expect(years[2]["change"] is NSNull, "the change across a missing year is null")
        #expect((doc["warnings"] as? [String])?.count == 1)
    }
}
