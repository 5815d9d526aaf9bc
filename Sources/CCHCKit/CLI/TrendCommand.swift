/// `cchc trend FILE...`: one unit over the years.
enum TrendCommand: Command {
    static let spec = CommandSpec(
        name: "trend",
        abstract: "Show one unit's totals over the years, oldest first, with changes, ranks and a sparkline.",
        arguments: [.init(name: "file", help: "Scorecards of one unit, one per year, in any order.", variadic: true)],
        options: [SharedOptions.stage, SharedOptions.format(for: .trend), SharedOptions.lang],
        discussion: """
            A year whose chosen stage is not fully scored uses its published figure and says so: a \
            scorecard may hold only the published figures (an empty criteria list) for a year whose \
            details are lost. Domains are matched by id, so the framework may change between years.
            """)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        var outcome = Outcome()
        let language = SharedOptions.language(arguments)
        guard
            let files = Inputs.loadConsistent(
                arguments.positionals, language: language, into: &outcome, problems: problems)
        else { return outcome }
        let stage = SharedOptions.stage(arguments, for: files.last?.report.framework)
        let trend = Trend(files.map { ($0.report, $0.path) }, stage: stage)
        let warnings = trend.years.filter { $0.total == nil }.map {
            Diagnostic(
                .warning, file: $0.file,
                message: "\($0.year): stage \(stage.rawValue) is not fully scored and has no published figure")
        }
        outcome.report(warnings)
        let document = ReportDocument.trend(
            trend, bands: files.last?.report.framework.bands ?? [], language: language, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        return outcome
    }

    /// Files of another unit than the first, and years given twice.
    static func problems(_ files: [LoadedFile]) -> [Diagnostic] {
        guard let first = files.first else { return [] }
        let unit = Text.name(first.report.scorecard.unit)
        var out: [Diagnostic] = []
        var years: [Int: String] = [:]
        for file in files {
            let card = file.report.scorecard
            let name = Text.name(card.unit)
            if name != unit {
                out.append(
                    Diagnostic(
                        .error, file: file.path,
                        message: "unit \"\(name)\" differs from \"\(unit)\" in \(first.path) (trend follows one unit)"))
            }
            if let other = years[card.year] {
                out.append(Diagnostic(.error, file: file.path, message: "year \(card.year) is also in \(other)"))
            } else {
                years[card.year] = file.path
            }
        }
        return out
    }
}
