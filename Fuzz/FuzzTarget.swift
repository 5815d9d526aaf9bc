// The libFuzzer entry point, compiled together with the library's sources by Scripts/fuzz.sh
// (one module, so internal types are in reach). Not part of the package.

/// Feeds one input to everything that reads bytes from a user: the JSON reader, the scorecard
/// reader with its framework store and against a framework of three levels that uses every field
/// of SPEC §6 (na, survey, bonus, penalty, stages), the framework reader; and, when a scorecard
/// or framework is valid, to scoring the tree, the warnings and the text output, where the values
/// read from input end up.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? JSONParser.parse(bytes) { _, _ in }
    let source = SourceText(name: "fuzz.json", bytes: bytes)
    for language in Language.allCases {
        for override in [nil, treeFramework] {
            let loaded = ScorecardReader.read(
                source, frameworks: FrameworkStore(), override: override, language: language)
            for d in loaded.diagnostics { _ = d.description }
            guard let scorecard = loaded.scorecard, let framework = loaded.framework else { continue }
            exercise(scorecard, framework, source: source, language: language)
        }
    }
    let (framework, _) = FrameworkReader.read(source)
    if let framework {
        _ = TextWriter.render(ReportDocument.framework(framework, language: .vi))
        _ = FrameworkJSON.render(framework)
        // A blank scorecard walks the whole tree: every level, every kind of leaf.
        let blank = TableImport.blank(
            .init(unit: "X", year: 2025, framework: framework, frameworkReference: framework.id))
        exercise(blank, framework, source: source, language: .vi)
        _ = ScorecardJSON.render(blank, annotations: framework)
    }
    return 0
}

private func exercise(_ scorecard: Scorecard, _ framework: Framework, source: SourceText, language: Language) {
    for stage in framework.stages {
        let report = ScoreReport(scorecard: scorecard, framework: framework, stage: stage)
        _ = Checks.findings(report, source: source, language: language)
        _ = TextWriter.render(ReportDocument.score(report, language: language, detail: true))
        _ = ScoreJSON.render(report, warnings: [])
        _ = Ranking([(report, "a"), (report, "b")], framework: framework, year: scorecard.year, stage: stage)
        _ = Trend([(report, "a")], stage: stage)
        _ = Diff(
            from: .init(report: report, stage: stage, file: "a"), to: .init(report: report, stage: stage, file: "b"))
    }
}

/// Three levels, national numbering, an optional criterion and group, a survey domain, bonus and
/// penalty, one stage fewer than usual: what a scorecard's new fields are read against.
private let treeFramework: Framework? = FrameworkReader.read(
    SourceText(
        name: "tree.json",
        bytes: Array(
            #"""
            {"format": "cchc-framework/1", "id": "tree", "title": "Tree", "years": [2025],
             "stages": ["self", "final"], "bands": [{"min": 50, "label": "Đạt"}, {"min": 0, "label": "Chưa đạt"}],
             "domains": [
              {"id": "I", "title": "A", "max": 10, "criteria": [
                {"id": "1", "title": "a", "max": 3, "criteria": [
                  {"id": "1.1", "title": "a1", "max": 1}, {"id": "1.2", "title": "a2", "max": 2}]},
                {"id": "2", "title": "b (nếu có)", "max": 7, "optional": true}]},
              {"id": "II", "title": "Điều tra", "max": 30, "source": "survey", "optional": true, "criteria": [
                {"id": "3", "title": "c", "max": 30}]},
              {"id": "III", "title": "Leaf", "max": 60},
              {"id": "T", "title": "Thưởng", "kind": "bonus", "max": 2, "criteria": [{"id": "T.1", "title": "t", "max": 2}]},
              {"id": "P", "title": "Trừ", "kind": "penalty", "max": 3, "criteria": [{"id": "P.1", "title": "p", "max": 3}]}]}
            """#.utf8))
).0
