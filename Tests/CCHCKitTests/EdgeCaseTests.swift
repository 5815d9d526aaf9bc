import Foundation
import Testing

@testable import CCHCKit

/// Behaviour at the edges: many errors, odd frameworks, options that do not fit together.
@Suite(.serialized) struct EdgeCaseTests {
    let fixture = "Fixtures/binh-thanh-2023.json"

    @Test func errorsBeyondTheCapAreCountedNotShown() throws {
        let many = (1...40).map { #"{ "id": "x\#($0)" }"# }.joined(separator: ",\n")
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "many.json",
            #"{"format": "cchc-scorecard/1", "framework": "thai-nguyen-xa-2023", "unit": "X", "year": 2023, "criteria": [\#(many)]}"#
        )
        let o = Package.run(["check", path])
        #expect(o.stdout == "\(path): không hợp lệ (40 lỗi)\n")
        #expect(o.stderr.split(separator: "\n").count == 21)
        #expect(o.stderr.hasSuffix("\(path): còn 20 lỗi không hiển thị\n"))
        let json = Package.run(["check", path, "--format", "json"]).stdout
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let file = try #require((doc["files"] as? [[String: Any]])?.first)
        #expect((file["errors"] as? [[String: Any]])?.count == 20)
        #expect(file["error_count"] as? Int == 40)
    }

    @Test func belowEveryBandSaysHowFarTheLowestIs() throws {
        let folder = try TemporaryFolder()
        var framework = ThaiNguyenXa2023.json
        for band in [
            #"{ "min": 80, "label": "Tốt" },"#, #"{ "min": 70, "label": "Khá" },"#,
            #"{ "min": 50, "label": "Trung bình" },"#,
        ] {
            framework = replacingOnce(framework, band, "")
        }
        framework = replacingOnce(
            framework, #"{ "min": 90, "label": "Xuất sắc" },"#, #"{ "min": 90, "label": "Xuất sắc" }"#)
        framework = replacingOnce(framework, #"{ "min": 0, "label": "Yếu" }"#, "")
        let path = try folder.write("f.json", framework)
        let o = Package.run(["score", fixture, "--framework", path])
        #expect(o.code == .success, "\(o.stderr)")
        #expect(o.stdout.contains("chưa xếp loại, 89,75 điểm; còn thiếu 0,25 điểm để đạt Xuất sắc (từ 90)"))
    }

    @Test func optionsThatDoNotFitTogether() {
        let o = Package.run(["diff", fixture, "--stage", "self"])
        #expect(o.code == .usage)
        #expect(o.stderr.hasPrefix("Lỗi: --stage so sánh hai tệp; với một tệp hãy dùng --from và --to"))
        let same = Package.run(["diff", fixture, "--from", "self", "--to", "self"])
        #expect(same.code == .success)
        #expect(same.stdout.contains("So sánh: tự đánh giá → tự đánh giá"))
        #expect(same.stdout.contains("Không có khác biệt."))
        let missing = Package.run(["init", "--unit", "X", "--year", "2025", "-o"])
        #expect(missing.stderr.hasPrefix("Lỗi: thiếu giá trị cho '-o <file>'"))
    }

    @Test func theFrameworkGroupHasHelp() {
        for words in [["framework", "--help"], ["framework", "-h"], ["help", "framework"]] {
            let o = Package.run(words)
            #expect(o.code == .success, "\(words)")
            // The group's own help, listing its subcommands.
            #expect(o.stdout.contains("CÁCH DÙNG: cchc framework <subcommand>"), "\(words)")
            #expect(o.stdout.contains("\n  show "), "\(words)")
        }
    }

    @Test func helpFitsATerminal() {
        for words in [["--help"], ["framework", "--help"]]
            + Tool.allCommands.map({ $0.spec.name.split(separator: " ").map(String.init) + ["--help"] })
        {
            let o = Package.run(words)
            let widest = o.stdout.split(separator: "\n").map { Text.width(String($0)) }.max() ?? 0
            #expect(widest <= 80, "\(words): \(widest)")
        }
    }

    @Test func frameworkShowInEveryFormat() throws {
        let csv = parseCSV(
            String(Package.run(["framework", "show", "thai-nguyen-xa-2023", "--format", "csv"]).stdout.dropFirst()))
        #expect(csv.filter { $0.first == "criterion" }.count == 54)
        #expect(csv.filter { $0.first == "domain" }.count == 8)
        #expect(
            csv.contains {
                $0 == [
                    "criterion", "7.13", "7", "Sử dụng chữ ký số", "1.5", "Văn hoá - xã hội xã", "7", "1", "", "",
                    "regular",
                ]
            })
        let md = Package.run(["framework", "show", "thai-nguyen-xa-2023", "--format", "markdown"]).stdout
        #expect(md.contains("| 7.13 | Sử dụng chữ ký số | 1,5 | Văn hoá - xã hội xã |"))
    }

    @Test func aTrendOfAnotherStageShowsNoPublishedRanks() throws {
        let files = ["2021", "2023"].map { "Fixtures/binh-thanh-\($0).json" }
        let json = Package.run(["trend"] + files + ["--stage", "self", "--format", "json"]).stdout
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let years = try #require(doc["years"] as? [[String: Any]])
        #expect(years.allSatisfy { $0["rank"] is NSNull })
        #expect(years.last?["total"] as? Double == 97.5)
    }

    @Test func aFrameworkOfManyDomainsStillFits() throws {
        let folder = try TemporaryFolder()
        let domains = (1...20).map { i in
            #"{ "id": "\#(i)", "title": "Lĩnh vực \#(i)", "max": 5, "criteria": [ { "id": "\#(i).1", "title": "Tiêu chí \#(i).1", "max": 5 } ] }"#
        }
        let framework = """
            { "format": "cchc-framework/1", "id": "many", "title": "Hai mươi lĩnh vực",
              "bands": [ { "min": 50, "label": "Một nhãn xếp loại dài đến mức không vừa một cột nào cả" }, { "min": 0, "label": "Thấp" } ],
              "domains": [ \(domains.joined(separator: ",\n")) ] }
            """
        try folder.write("many.json", framework)
        var paths: [String] = []
        for (n, unit) in ["UBND xã Một", "UBND xã Hai", "UBND xã Ba"].enumerated() {
            let criteria = (1...20).map { #"{ "id": "\#($0).1", "final": \#(5 - ($0 + n) % 3) }"# }.joined(
                separator: ", ")
            paths.append(
                try folder.write(
                    "u\(n).json",
                    #"{"format": "cchc-scorecard/1", "framework": "many.json", "unit": "\#(unit)", "year": 2023, "criteria": [\#(criteria)]}"#
                ))
        }
        for words in [["rank"] + paths, ["framework", "show", folder.path + "/many.json"], ["score", paths[0]]] {
            let o = Package.run(words)
            #expect(o.code == .success, "\(words): \(o.stderr)")
            let widest = o.stdout.split(separator: "\n").map { Text.width(String($0)) }.max() ?? 0
            #expect(widest <= 100, "\(words.first ?? ""): \(widest)")
        }
        #expect(Package.run(["rank"] + paths).stdout.contains("Không đủ chỗ cho mọi lĩnh vực"))
    }

    @Test func tablesGivenTheWrongWayRoundGetOneLine() throws {
        let criteria = "Fixtures/binh-thanh-2023-criteria.tsv"
        let lost = "Fixtures/binh-thanh-2023-lost.tsv"
        let swapped = Package.run(["import", lost, "--lost", criteria, "--unit", "X", "--year", "2023"])
        #expect(swapped.code == .invalidInput)
        #expect(swapped.stdout.isEmpty)
        #expect(
            swapped.stderr.split(separator: "\n").map(String.init) == [
                "\(lost):1:56: \"Lý do mất điểm, yêu cầu bổ sung\" là cột của bảng nội dung bị mất điểm: "
                    + "đưa bảng đó vào bằng --lost",
                "\(criteria):1:24: \"Điểm tối đa\" là cột của bảng tiêu chí, không phải của bảng nội dung bị mất điểm",
                "không ghi gì: các bảng có 2 lỗi",
            ])
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.tsv", "STT\tGhi chú\n1\tkhông có gì\n")
        let o = Package.run(["import", empty, "--unit", "X", "--year", "2023"])
        #expect(o.stderr.hasPrefix("\(empty): không thấy dòng tiêu chí nào"))
        #expect(o.stderr.split(separator: "\n").count == 1)
    }
}

@Suite(.serialized) struct PublishedOnlyTests {
    @Test func aRecordOfPublishedFiguresKeepsItsBand() {
        let o = Package.run(["score", "Fixtures/binh-thanh-2024.json"])
        #expect(o.code == .success)
        #expect(o.stderr.isEmpty, "no incomplete-stage warnings for a record whose details are lost")
        #expect(
            o.stdout.contains("Xếp loại (CTHĐ thẩm định): Tốt, 87,25 điểm (công bố); chưa chấm đủ: thiếu 54 tiêu chí"))
        #expect(
            Package.run(["check", "Fixtures/binh-thanh-2024.json"]).stdout
                == "Fixtures/binh-thanh-2024.json: đúng (không còn chi tiết; điểm CTHĐ công bố 87,25, Tốt)\n")
    }
}
