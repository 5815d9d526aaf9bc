/// `cchc trend FILE...`: one unit over the years.
enum TrendCommand: Command {
    static let spec = CommandSpec(
        name: "trend",
        abstract: Messages.Help.trend,
        arguments: [.init(name: "file", help: Messages.Help.trendFiles, variadic: true)],
        options: [SharedOptions.stageOfTotals, SharedOptions.format(for: .trend), SharedOptions.lang],
        discussion: Messages.Help.trendDiscussion)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let files = try Inputs.loadConsistent(
            arguments.positionals, language: language, problems: { problems($0, language) })
        let stage = SharedOptions.stage(arguments, for: files.last?.report.framework)
        let trend = Trend(files.map { ($0.report, $0.path) }, stage: stage)
        let warnings =
            files.flatMap { $0.publishedDiffers(language) }
            + trend.years.filter { $0.total == nil }.map {
                Diagnostic(
                    .warning, file: $0.file, message: Messages.yearNotScored($0.year, stage), language: language)
            }
        outcome.report(warnings)
        let document = ReportDocument.trend(
            trend, bands: files.last?.report.framework.bands ?? [], language: language, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        return outcome
    }

    /// Files of another unit than the first, and years given twice.
    static func problems(_ files: [LoadedFile], _ language: Language) -> [Diagnostic] {
        guard let first = files.first else { return [] }
        let unit = Text.name(first.report.scorecard.unit)
        var out: [Diagnostic] = []
        var years: [Int: String] = [:]
        for file in files {
            let card = file.report.scorecard
            let name = Text.name(card.unit)
            if !Text.sameUnit(name, unit) {
                out.append(
                    Diagnostic(
                        .error, file: file.path, message: Messages.otherUnit(name, in: first.path),
                        language: language))
            }
            if let other = years[card.year] {
                out.append(
                    Diagnostic(
                        .error, file: file.path, message: Messages.yearAlsoIn(card.year, other), language: language))
            } else {
                years[card.year] = file.path
            }
        }
        return out
    }
}
