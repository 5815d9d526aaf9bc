import Testing

@testable import CCHCKit

/// The built-in `qd-766-2022` (Decision 766/QĐ-TTg's service index) and the seeds' figures.
@Suite struct ServiceIndexTests {
    @Test func theBuiltInHasSixLeafDomainsOfOneStage() throws {
        guard case .success(let f) = FrameworkStore().open("qd-766-2022") else {
            Issue.record("qd-766-2022 does not load")
            return
        }
        // 18 + 20 + 22 + 12 + 10 + 18 = 100 (SPEC §6)
        #expect(f.domains.map { $0.max.formatted() } == ["18", "20", "22", "12", "10", "18"])
        #expect(f.max.formatted() == "100")
        #expect(f.domains.allSatisfy { $0.isLeaf })
        #expect(f.criteria.count == 6)
        #expect(f.stages == [.final])
        #expect(f.bands.isEmpty)
        #expect(f.about.source?.contains("766/QĐ-TTg") == true)
        // The stored text is what the writer writes: the built-in round-trips.
        #expect(FrameworkJSON.render(f) == QD7662022.json + "\n")
    }

    /// Seed 004: 17,6 + 19,4 + 15,3 + 7,5 + 10 + 18 = 87,8, published as 87,81.
    @Test func checkReportsDiemMacsPublishedFigure() {
        let outcome = Package.run(["check", "Fixtures/766/diem-mac-2024.json"])
        #expect(outcome.code == .failure)
        #expect(outcome.stdout.contains("87,81"))
        #expect(outcome.stdout.contains("87,8\n") || outcome.stdout.contains("87,8 "))
        let score = Package.run(["score", "Fixtures/766/diem-mac-2024.json"])
        #expect(score.code == .success)
    }

    /// Seed 003: 64,08 (2022), 86,8 (2023), 93,7 (2024); changes +22,72 and +6,9.
    @Test func trendDrawsBinhThanhsServiceIndex() {
        let outcome = Package.run([
            "trend", "Fixtures/766/binh-thanh-2024.json", "Fixtures/766/binh-thanh-2022.json",
            "Fixtures/766/binh-thanh-2023.json",
        ])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        for figure in ["64,08", "86,8", "93,7", "+22,72", "+6,9"] {
            #expect(outcome.stdout.contains(figure), "\(figure)")
        }
    }

    @Test func anotherStageIsAnError() throws {
        let text = replacingOnce(
            try Package.fixtureText("766/diem-mac-2024.json"), #"{ "id": "5", "final": 10 }"#,
            #"{ "id": "5", "self": 10, "final": 10 }"#)
        let loaded = load(text, name: "dm.json", language: .en)
        #expect(!loaded.isValid)
        #expect(
            loaded.diagnostics.map(\.description) == [
                "dm.json:13:26: criterion 5: self is not a stage of qd-766-2022 (its stages: final)"
            ])
    }

    @Test func frameworksListsBothWithWhatTheySayOfThemselves() {
        let out = Package.run(["frameworks"]).stdout
        for text in [
            "thai-nguyen-xa-2023", "Cấp: xã", "Tỉnh: Thái Nguyên", "Năm áp dụng: 2023", "4203/QĐ-UBND", "qd-766-2022",
            "Năm áp dụng: 2022, 2023, 2024, 2025", "766/QĐ-TTg",
        ] {
            #expect(out.contains(text), "\(text)")
        }
        let show = Package.run(["framework", "show", "qd-766-2022"]).stdout
        for title in [
            "Công khai, minh bạch", "Tiến độ, kết quả giải quyết", "Số hóa hồ sơ", "Cung cấp dịch vụ trực tuyến",
            "Thanh toán trực tuyến", "Mức độ hài lòng",
        ] {
            #expect(show.contains(title), "\(title)")
        }
    }

    @Test func theStageDefaultsToTheFrameworksLast() throws {
        let f = Framework(
            id: "two", title: "Two", bands: [], domains: [Criterion(id: "1", title: "a", max: Points(hundredths: 100))],
            stages: [.selfAssessed, .appraised])
        #expect(SharedOptions.stage(ParsedArguments(), for: f) == .appraised)
        #expect(Stage.allCases.map(f.carries) == [true, true, false])
        #expect(Stage.allCases.map(ThaiNguyenXa2023.framework.carries) == [true, true, true])
        #expect(Stage.allCases.map(QD7662022.framework.carries) == [false, false, true])
        let wrong = Package.run(["score", "--stage", "self", "Fixtures/766/diem-mac-2024.json"])
        #expect(wrong.code == .invalidInput)
        #expect(
            wrong.stderr
                == "Fixtures/766/diem-mac-2024.json: điểm tự đánh giá không phải giai đoạn của qd-766-2022 "
                + "(các giai đoạn: final)\n")
    }
}
