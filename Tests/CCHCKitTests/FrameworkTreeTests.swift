import Testing

@testable import CCHCKit

/// The framework as one tree (SPEC §6) on `Fixtures/vi-du/`: a framework of our own using every
/// feature (three levels, national numbering, an optional criterion and an optional group, a
/// survey domain, bonus and penalty, bands of its own) and scorecards computed by hand.
@Suite struct FrameworkTreeTests {
    static func frameworkText() throws -> String { try Package.fixtureText("vi-du/framework.json") }

    static func framework() throws -> Framework {
        let (f, d) = FrameworkReader.read(SourceText(name: "framework.json", bytes: Array(try frameworkText().utf8)))
        return try #require(f, "\(d)")
    }

    static func report(_ name: String, stage: Stage = .final) throws -> ScoreReport {
        let loaded = ScorecardReader.read(
            SourceText(name: name, bytes: Array(try Package.fixtureText("vi-du/" + name).utf8)),
            frameworks: FrameworkStore(), override: try framework())
        let card = try #require(loaded.scorecard, "\(loaded.diagnostics)")
        return ScoreReport(scorecard: card, framework: try framework(), stage: stage)
    }

    @Test func theTreeHasThreeLevelsAndLeavesOnly() throws {
        let f = try Self.framework()
        #expect(f.domains.map(\.id) == ["I", "II", "III", "IV", "V", "VI"])
        #expect(
            f.criteria.map(\.id) == [
                "1.1", "1.2", "2", "3", "4.1", "4.2", "5.1", "5.2", "6", "7", "8.1", "8.2", "9", "10", "11",
            ])
        // 10 + 20 + 30 + 40 regular; bonus 2 and penalty 3 are outside the max.
        #expect(f.max == Points(hundredths: 10_000))
        #expect(f.criterion("1.2")?.depth == 2)
        #expect(f.criterion("1.2")?.parentID == "1")
        #expect(f.criterion("5.2")?.optional == true)  // inherited from group 5
        #expect(f.criterion("7")?.survey == true)  // inherited from domain III
        #expect(f.criterion("11")?.kind == .penalty)
        // Deduction codes go to the deepest node: 4.1.2 → 4.1; 3.1 → 3; 5.9 → group 5.
        #expect(f.owner(ofCode: "4.1.2")?.id == "4.1")
        #expect(f.owner(ofCode: "3.1")?.id == "3")
        #expect(f.owner(ofCode: "5.9")?.id == "5")
        // What the writer writes reads back the same.
        let again = FrameworkReader.read(SourceText(name: "again.json", bytes: Array(FrameworkJSON.render(f).utf8)))
        #expect(again.0.map(FrameworkJSON.render) == FrameworkJSON.render(f))
    }

    /// An Bình 2025, final:
    /// I   = 1.1 1 + 1.2 1,5 + 2 1 + 3 5 = 8,5
    /// II  = 4.1 6 + 4.2 4,5 + 5.1 4 + 5.2 2,5 = 17
    /// III = 20 × 86,5 % = 17,3, plus 10 × 72,25 % = 7,225 → 7,23 (half away from zero) = 24,53
    /// IV  = 8.1 8 + 8.2 12,5 + 9 14 = 34,5
    /// regular 8,5 + 17 + 24,53 + 34,5 = 84,53; bonus 1; penalty 0,5; total 85,03; applicable 100,
    /// so the index is 85,03 (Xuất sắc ≥ 85); lost 100 − 84,53 = 15,47.
    /// Self: 1.2 +0,5, 3 +1, 4.2 +0,5 → regular 86,53, bonus 2, penalty 0 → 88,53.
    /// Appraised: 3 is 5,5 → regular 85,03, bonus 1, penalty 0,5 → 85,53.
    @Test func anBinhWithEverythingApplicable() throws {
        let r = try Self.report("an-binh-2025.json")
        #expect(r.domains.map { $0.scores[.final]?.formatted() ?? "—" } == ["8,5", "17", "24,53", "34,5", "1", "0,5"])
        #expect(r.regular.final?.formatted() == "84,53")
        #expect(r.bonus.final?.formatted() == "1")
        #expect(r.penalty.final?.formatted() == "0,5")
        #expect(r.totals.final?.formatted() == "85,03")
        #expect(r.applicable.formatted() == "100")
        #expect(r.indices.final?.formatted() == "85,03")
        #expect(r.band?.band.label == "Xuất sắc")
        #expect(r.lostTotal?.formatted() == "15,47")
        #expect(r.lost.reduce(Points.zero) { $0 + $1.points } == r.lostTotal)
        #expect(r.totals.selfAssessed?.formatted() == "88,53")
        #expect(r.totals.appraised?.formatted() == "85,53")
        // Group 5 carries its own deduction row (code 5): it is accounted for as one.
        #expect(r.lost.contains { $0.code == "5" && $0.points == Points(hundredths: 150) && $0.fromDeduction })
        // The penalty grew at appraisal (0 → 0,5): that is no warning. Nothing else is wrong.
        let source = SourceText(name: "a.json", bytes: Array(try Package.fixtureText("vi-du/an-binh-2025.json").utf8))
        #expect(Checks.findings(r, source: source).map(\.diagnostic.message) == [])
    }

    /// Bình Minh 2025: no survey this year (6, 7 na), no initiative (2 na), no special services
    /// (5.1, 5.2 na): applicable 100 − 30 − 1 − 8 = 61.
    /// final: I 1 + 2 + 6 = 9; II 7 + 5 = 12; IV 9 + 14 + 15 = 38; regular 59; bonus and penalty
    /// unscored count 0; total 59; index 59 × 100 ÷ 61 = 96,721… → 96,72.
    /// self: 8.1 is 10 → 60 → 60 × 100 ÷ 61 = 98,360… → 98,36.
    @Test func binhMinhIsRescaledWithoutItsSurvey() throws {
        let r = try Self.report("binh-minh-2025.json")
        #expect(r.applicable.formatted() == "61")
        #expect(r.totals.final?.formatted() == "59")
        #expect(r.indices.final?.formatted() == "96,72")
        #expect(r.indices.selfAssessed?.formatted() == "98,36")
        #expect(r.band?.band.label == "Xuất sắc")
        #expect(r.missing(.final).isEmpty)
        // lost = applicable − regular = 61 − 59 = 2 (8.1 and 8.2 lost one each).
        #expect(r.lostTotal?.formatted() == "2")
        // Domain III is all na: no points, no applicable max, no index.
        #expect(r.domains[2].applicable == .zero)
        #expect(r.domains[2].scores.final == nil)
        // Domain II's sub-index: 12 × 100 ÷ 12 = 100.
        #expect(r.domains[1].indices.final?.formatted() == "100")
    }

    /// An Bình 2024: I 1 + 1 + 4 = 6 (2 na: applicable 9); II 5 + 4 + 3 + 2 = 14; III 20 × 80 % = 16
    /// and 10 × 70 % = 7, so 23; IV 7 + 11 + 13 = 31; regular 74; penalty 1; total 73; applicable
    /// 99; index 73 × 100 ÷ 99 = 73,737… → 73,74 (Tốt ≥ 70).
    @Test func anBinhTheYearBefore() throws {
        let r = try Self.report("an-binh-2024.json")
        #expect(r.totals.final?.formatted() == "73")
        #expect(r.applicable.formatted() == "99")
        #expect(r.indices.final?.formatted() == "73,74")
        #expect(r.band?.band.label == "Tốt")
    }

    /// Bình Minh has fewer points (59 against 85,03) but the higher index (96,72): it ranks first.
    @Test func rankOrdersByIndex() {
        let outcome = Package.run([
            "rank", "--format", "json", "Fixtures/vi-du/an-binh-2025.json", "Fixtures/vi-du/binh-minh-2025.json",
        ])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        let json = outcome.stdout
        let minh = json.range(of: "UBND xã Bình Minh")
        let an = json.range(of: "UBND xã An Bình")
        #expect(minh != nil && an != nil && minh!.lowerBound < an!.lowerBound)
        #expect(json.contains("\"index\": 96.72"))
        #expect(json.contains("\"index\": 85.03"))
    }

    /// A scorecard of a year the framework does not cover is a warning naming its years; a bonus
    /// that grows at appraisal is warned about (unlike a penalty, which may).
    @Test func anotherYearAndAGrowingBonusAreWarnings() throws {
        var text = replacingOnce(try Package.fixtureText("vi-du/an-binh-2025.json"), #""year": 2025"#, #""year": 2026"#)
        text = replacingOnce(
            text, #"{ "id": "10", "self": 2, "appraised": 1, "final": 1 }"#,
            #"{ "id": "10", "self": 1, "appraised": 2, "final": 2 }"#)
        let source = SourceText(name: "a.json", bytes: Array(text.utf8))
        let loaded = ScorecardReader.read(source, frameworks: FrameworkStore(), override: try Self.framework())
        let card = try #require(loaded.scorecard, "\(loaded.diagnostics)")
        let report = ScoreReport(scorecard: card, framework: try Self.framework())
        let findings = Checks.findings(report, source: source, language: .en)
        #expect(findings.map(\.kind) == [.year, .published, .stageOrder])
        #expect(findings.first?.diagnostic.message.contains("2024, 2025") == true)
        #expect(findings.last?.diagnostic.message.hasPrefix("criterion 10:") == true)
    }

    // MARK: Bad input: one line, FILE:LINE:COL, naming the criterion.

    static func frameworkErrors(_ old: String, _ new: String) throws -> [String] {
        let text = replacingOnce(try frameworkText(), old, new)
        // The English wording; the catalogue's test holds both.
        let (f, d) = FrameworkReader.read(SourceText(name: "f.json", bytes: Array(text.utf8)), language: .en)
        #expect(f == nil)
        return d.map(\.description)
    }

    @Test func aGroupWhoseMaxIsNotItsChildrensSum() throws {
        #expect(
            try Self.frameworkErrors(#""title": "Kế hoạch CCHC", "max": 3"#, #""title": "Kế hoạch CCHC", "max": 4"#)
                == [
                    "f.json:18:55: criterion 1: max 4 is not the sum of its sub-criteria 3",
                    "f.json:16:65: domain I: max 10 is not the sum of its criteria 11",
                ])
    }

    @Test func anIDRepeatedAnywhereInTheTree() throws {
        #expect(
            try Self.frameworkErrors(#"{ "id": "9", "title": "Quốc phòng"#, #"{ "id": "3", "title": "Quốc phòng"#)
                == ["f.json:61:17: criterion 3: the id is used twice (first at line 27)"])
    }

    @Test func kindBelowADomain() throws {
        #expect(
            try Self.frameworkErrors(
                #""title": "Bị phê bình vì chậm báo cáo", "max": 3"#,
                #""title": "Bị phê bình vì chậm báo cáo", "max": 3, "kind": "penalty""#)
                == [#"f.json:70:81: criterion 11: "kind" belongs on a domain only"#])
    }

    @Test func moreThanFourLevels() throws {
        let deep =
            #"{ "id": "1.1", "title": "Ban hành kế hoạch đúng thời hạn", "max": 1, "criteria": [ { "id": "1.1.1", "title": "a", "max": 1, "criteria": [ { "id": "1.1.1.1", "title": "b", "max": 1 } ] } ],"#
        let errors = try Self.frameworkErrors(
            #"{ "id": "1.1", "title": "Ban hành kế hoạch đúng thời hạn", "max": 1,"#, deep)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("f.json:20:") == true)
        #expect(errors.first?.contains("criterion 1.1.1.1: more than 4 levels") == true)
    }

    static func scorecardErrors(_ file: String, _ old: String, _ new: String) throws -> [String] {
        let text = replacingOnce(try Package.fixtureText("vi-du/" + file), old, new)
        let loaded = ScorecardReader.read(
            SourceText(name: "s.json", bytes: Array(text.utf8)), frameworks: FrameworkStore(),
            override: try framework(), language: .en)
        #expect(!loaded.isValid)
        return loaded.diagnostics.map(\.description)
    }

    @Test func aGroupScoredDirectlyNamesItsLeaves() throws {
        #expect(
            try Self.scorecardErrors(
                "an-binh-2025.json", #"{ "id": "1.1", "self": 1,"#, #"{ "id": "1", "self": 1,"#)
                == ["s.json:9:13: criterion 1: has sub-criteria 1.1, 1.2; score those"])
    }

    @Test func naOnARequiredLeaf() throws {
        #expect(
            try Self.scorecardErrors(
                "binh-minh-2025.json", #"{ "id": "3", "self": 6, "appraised": 6, "final": 6 }"#,
                #"{ "id": "3", "na": true }"#)
                == [
                    #"s.json:12:24: criterion 3: "na" is only for an optional criterion (nếu có); this one is required"#
                ])
    }

    @Test(arguments: [
        ("101", "s.json:17:28: criterion 6: survey 101 is not a percentage from 0 to 100"),
        ("86.555", "s.json:17:28: criterion 6: survey 86.555 has more than two decimal places"),
        ("-1", "s.json:17:28: criterion 6: survey -1 is not a percentage from 0 to 100"),
    ])
    func aSurveyOutOfRange(value: String, message: String) throws {
        #expect(
            try Self.scorecardErrors("an-binh-2025.json", #""survey": 86.5"#, #""survey": \#(value)"#) == [message])
    }

    @Test func aStageKeyOnASurveyLeaf() throws {
        #expect(
            try Self.scorecardErrors("an-binh-2025.json", #""survey": 86.5"#, #""survey": 86.5, "final": 17"#)
                == [#"s.json:17:43: criterion 6: a survey criterion takes "survey" (a percentage), not final"#])
    }

    @Test func everyRegularLeafNotApplicableIsAnError() throws {
        var text = try Self.frameworkText()
        for domain in ["điều hành\", \"max\": 10", "hành chính\", \"max\": 20", "địa phương\", \"max\": 40"] {
            text = replacingOnce(text, domain + ",", domain + #", "optional": true,"#)
        }
        let (framework, _) = FrameworkReader.read(SourceText(name: "f.json", bytes: Array(text.utf8)))
        let f = try #require(framework)
        let entries = f.criteria.filter { $0.kind == .regular }.map { #"{ "id": "\#($0.id)", "na": true }"# }
        let card =
            #"{"format": "cchc-scorecard/1", "framework": "f.json", "unit": "X", "year": 2025, "criteria": [\#(entries.joined(separator: ", "))]}"#
        let loaded = ScorecardReader.read(
            SourceText(name: "s.json", bytes: Array(card.utf8)), frameworks: FrameworkStore(), override: f,
            language: .en)
        #expect(!loaded.isValid)
        #expect(
            loaded.diagnostics.map(\.description) == [
                #"s.json:1:94: every regular criterion is marked "na": there is no applicable max to compute an index from"#
            ])
    }
}

/// The indices computed by hand in `FrameworkTreeTests` appear where people and programs read them.
@Suite struct FrameworkTreeOutputTests {
    @Test(arguments: [
        ("an-binh-2025.json", ["85,03", "88,53", "85,53"], ["85.03", "88.53", "85.53"]),
        (
            "binh-minh-2025.json", ["96,72", "98,36", "Tổng điểm 59, tối đa áp dụng 61: chỉ số 96,72"],
            ["96.72", "98.36"]
        ),
        ("an-binh-2024.json", ["73,74", "Tổng điểm 73, tối đa áp dụng 99: chỉ số 73,74"], ["73.74"]),
    ])
    func everyIndexInTextAndJSON(file: String, text: [String], json: [String]) {
        let path = "Fixtures/vi-du/" + file
        let shown = Package.run(["score", path]).stdout
        for figure in text { #expect(shown.contains(figure), "\(file): \(figure)") }
        let document = Package.run(["score", "--format", "json", path]).stdout
        for figure in json { #expect(document.contains(figure), "\(file): \(figure)") }
    }
}
