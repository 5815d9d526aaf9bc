import Testing

@testable import CCHCKit

@Suite struct ScoringTests {
    @Test func theFixtureGivesThePublishedFigures() throws {
        let r = try fixtureReport()
        #expect(r.max.formatted() == "100")
        #expect(r.totals[.selfAssessed]?.formatted() == "97,5")
        #expect(r.totals[.appraised]?.formatted() == "93,75")
        #expect(r.totals[.final]?.formatted() == "89,75")
        #expect(r.lostTotal?.formatted() == "10,25")
        #expect(r.band?.band.label == "Tốt")
        #expect(r.band?.next?.label == "Xuất sắc")
        #expect(
            r.domains.map { $0.scores[.final]?.formatted() ?? "-" } == ["9", "7", "17", "20", "7", "5", "9,5", "15,25"])
    }

    @Test func selfAssessedIsExcellent() throws {
        let r = try fixtureReport(stage: .selfAssessed)
        #expect(r.band?.band.label == "Xuất sắc")
        #expect(r.band?.next == nil)
        #expect(r.lost.map(\.code) == ["5.3", "1.6.1", "7.15"])
    }

    @Test func theLostListIsTheTwelveDeductionsLargestFirst() throws {
        let r = try fixtureReport()
        #expect(r.lost.count == 12)
        #expect(r.lost.allSatisfy { $0.fromDeduction })
        #expect(r.lost.reduce(Points.zero) { $0 + $1.points } == r.lostTotal)
        #expect(
            r.lost.map(\.code) == [
                "3.1.2", "5.2", "5.3", "3.3.2", "7.6", "7.11", "1.6.1", "1.9.1", "3.1.4", "7.15", "8.5.2", "8.3.2.2",
            ])
        let handOver = try #require(r.lost.last)
        #expect(handOver.formerly == ["Trần Văn Ái"])
        #expect(handOver.responsible == ["Ma Đình Chung"])
    }

    /// In every stage the lost list adds up to max − total, whatever the deductions say.
    @Test(arguments: Stage.allCases)
    func theLostListAddsUpInEveryStage(stage: Stage) throws {
        let r = try fixtureReport(stage: stage)
        #expect(r.lost.reduce(Points.zero) { $0 + $1.points } == r.lostTotal)
    }

    @Test func aCriterionWithoutDeductionRowsStandsWithItsDepartment() throws {
        // Without its deduction row, 7.6's lost point is listed under its department.
        var text = try Package.fixtureText()
        let row = text.range(of: #"    { "code": "7.6""#)
        let end = text.range(of: #"    { "code": "7.11""#)
        if let row, let end { text.removeSubrange(row.lowerBound..<end.lowerBound) }
        let loaded = load(text)
        let r = ScoreReport(scorecard: try #require(loaded.scorecard), framework: try #require(loaded.framework))
        let item = try #require(r.lost.first { $0.code == "7.6" })
        #expect(!item.fromDeduction)
        #expect(item.responsible == ["Văn hoá - xã hội xã"])
        #expect(item.points == Points(hundredths: 100))
        let warnings = Checks.findings(r, source: SourceText(name: "card.json", bytes: Array(text.utf8)))
        #expect(
            warnings.map(\.diagnostic.description) == [
                "card.json:47:5: cảnh báo: tiêu chí 7.6: mất 1 điểm CTHĐ, các dòng trừ điểm giải thích 0"
            ])
    }

    /// A row written at a domain's own level (`3.9` belongs to no criterion: to domain 3) makes
    /// the domain one account: 20 − (1,5 + 14,5 + 1) = 3 lost, against 1,5 + 0,5 + 1 + 0,25 =
    /// 3,25 in its rows. The warning points at the first row in tree order: the domain's own,
    /// written last in the file (line 84), not 3.1.2's (line 72).
    @Test func aDomainsOwnRowIsWhereItsWarningPoints() throws {
        let text = replacingOnce(
            try Package.fixtureText(), #"    { "code": "5.2","#,
            "    { \"code\": \"3.9\", \"points\": 0.25 },\n    { \"code\": \"5.2\",")
        let loaded = load(text)
        let r = ScoreReport(
            scorecard: try #require(loaded.scorecard, "\(loaded.diagnostics)"),
            framework: try #require(loaded.framework))
        let warnings = Checks.findings(r, source: SourceText(name: "card.json", bytes: Array(text.utf8)))
        #expect(
            warnings.map(\.diagnostic.description) == [
                "card.json:84:5: cảnh báo: tiêu chí 3: mất 3 điểm CTHĐ, các dòng trừ điểm giải thích 3,25"
            ])
    }

    @Test func theFixtureHasNoWarnings() throws {
        let r = try fixtureReport()
        let source = SourceText(name: "f.json", bytes: Array(try Package.fixtureText().utf8))
        #expect(Checks.findings(r, source: source).isEmpty)
    }

    @Test func warningsForMismatchesAndStageOrder() throws {
        var text = replacingOnce(try Package.fixtureText(), #""final": 89.75"#, #""final": 90"#)
        text = replacingOnce(
            text, #""id": "1.2", "self": 0.5, "appraised": 0.5"#, #""id": "1.2", "self": 0, "appraised": 0.5"#)
        let loaded = load(text)
        let r = ScoreReport(scorecard: try #require(loaded.scorecard), framework: try #require(loaded.framework))
        let messages = Checks.findings(r, source: SourceText(name: "card.json", bytes: Array(text.utf8)))
            .map(\.diagnostic.description)
        #expect(
            messages == [
                "card.json:111:26: cảnh báo: điểm tự đánh giá công bố 97,5 khác điểm tính được 97",
                "card.json:111:61: cảnh báo: điểm CTHĐ công bố 90 khác điểm tính được 89,75",
                "card.json:10:5: cảnh báo: tiêu chí 1.2: điểm thẩm định 0,5 cao hơn điểm tự đánh giá 0",
            ])
    }

    @Test func anIncompleteStageHasNoTotalAndSaysWhatIsMissing() throws {
        var text = try Package.fixtureText()
        text = replacingOnce(text, #""id": "1.1", "self": 1.5,"#, #""id": "1.1", "self": null,"#)
        text = replacingOnce(text, #""id": "2.1", "self": 0.5,"#, #""id": "2.1","#)
        let loaded = load(text)
        let r = ScoreReport(
            scorecard: try #require(loaded.scorecard, "\(loaded.diagnostics)"),
            framework: try #require(loaded.framework))
        #expect(r.totals[.selfAssessed] == nil)
        #expect(r.totals[.final] != nil)
        #expect(r.domains[0].scores[.selfAssessed] == nil)
        #expect(r.domains[2].scores[.selfAssessed] != nil)
        let messages = Checks.findings(r, source: SourceText(name: "c.json", bytes: [])).map(\.diagnostic.message)
        #expect(messages == ["điểm tự đánh giá chưa chấm đủ, chưa chấm: 1.1, 2.1"])
    }
}

@Suite struct WarningCapTests {
    @Test func warningsAreCappedButAWrongTotalIsKept() throws {
        // Every criterion scored higher on appraisal than self: 54 stage-order warnings.
        var text = try Package.fixtureText()
        for line in text.split(separator: "\n") where line.contains("\"self\": ") && line.contains("\"id\": ") {
            let fixed = line.replacingOccurrences(
                of: #""self": [0-9.]+"#, with: #""self": 0"#, options: .regularExpression)
            text = text.replacingOccurrences(of: String(line), with: fixed)
        }
        text = replacingOnce(text, #""final": 89.75"#, #""final": 90"#)
        let loaded = load(text)
        let r = ScoreReport(scorecard: try #require(loaded.scorecard), framework: try #require(loaded.framework))
        let findings = Checks.findings(r, source: SourceText(name: "c.json", bytes: Array(text.utf8)))
        #expect(findings.count == Checks.cap + 1)
        #expect(findings.contains { $0.kind == .published })
        #expect(findings.last?.diagnostic.message.hasSuffix("cảnh báo không hiển thị") == true)
    }
}

@Suite struct StageRiseTests {
    static func scores(_ s: Int?, _ a: Int?, _ f: Int?) -> StageScores {
        StageScores(
            selfAssessed: s.map(Points.init(hundredths:)), appraised: a.map(Points.init(hundredths:)),
            final: f.map(Points.init(hundredths:)))
    }

    /// A stage rises when its score is above the last scored stage before it; a stage without a
    /// score is passed over, as `check`'s warning does (`điểm CTHĐ 1,5 cao hơn điểm tự đánh giá 1`).
    @Test func aScoreAboveTheLastScoredEarlierOneRises() {
        let all = Stage.allCases
        #expect(!Self.scores(200, 150, 150).rises(in: all))  // 2 ≥ 1,5 ≥ 1,5
        #expect(Self.scores(200, 150, 200).rises(in: all))  // final 2 > appraised 1,5
        #expect(Self.scores(100, 150, nil).rises(in: all))  // appraised 1,5 > self 1
        #expect(Self.scores(100, nil, 150).rises(in: all))  // final 1,5 > self 1, no appraisal
        #expect(!Self.scores(200, nil, 150).rises(in: all))  // final 1,5 ≤ self 2
        #expect(Self.scores(nil, 100, 150).rises(in: all))  // final 1,5 > appraised 1
        #expect(!Self.scores(nil, nil, 150).rises(in: all))  // nothing before the final
        #expect(!Self.scores(nil, nil, nil).rises(in: all))
    }

    /// A framework of two stages compares only those: the appraisal between them is not one.
    @Test func onlyTheFrameworksStagesCount() {
        let two: [Stage] = [.selfAssessed, .final]
        #expect(Self.scores(100, 999, 150).rises(in: two))  // final 1,5 > self 1
        #expect(!Self.scores(200, 999, 150).rises(in: two))  // final 1,5 ≤ self 2, 9,99 not a stage
        #expect(!Self.scores(100, 999, nil).rises(in: two))
    }
}
