// The libFuzzer entry point, compiled together with the library's sources by Scripts/fuzz.sh
// (one module, so internal types are in reach). Not part of the package.

/// Feeds one input to everything that reads bytes from a user: the JSON reader, the scorecard
/// reader with its framework store, the framework reader; and, when a scorecard is valid, to
/// scoring, the warnings and the text output, where the values read from input end up.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? JSONParser.parse(bytes)
    let source = SourceText(name: "fuzz.json", bytes: bytes)
    for language in Language.allCases {
        let loaded = ScorecardReader.read(source, frameworks: FrameworkStore(), language: language)
        for d in loaded.diagnostics { _ = d.description }
        guard let scorecard = loaded.scorecard, let framework = loaded.framework else { continue }
        for stage in Stage.allCases {
            let report = ScoreReport(scorecard: scorecard, framework: framework, stage: stage)
            _ = Checks.findings(report, source: source, language: language)
            _ = TextWriter.render(ReportDocument.score(report, language: language, detail: true))
        }
    }
    let (framework, _) = FrameworkReader.read(source)
    if let framework {
        _ = FrameworkText.render(framework)
        _ = FrameworkJSON.render(framework)
    }
    return 0
}
