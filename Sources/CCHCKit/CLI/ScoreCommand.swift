/// `cchc score FILE`: the domain table, the band and the lost points of one scorecard.
enum ScoreCommand: Command {
    static let spec = CommandSpec(
        name: "score",
        abstract: Messages.Help.score,
        arguments: [.init(name: "file", help: Messages.Help.scoreFile)],
        options: [
            SharedOptions.stage,
            .init("detail", help: Messages.Help.detail),
            by,
            SharedOptions.format(for: .score),
            SharedOptions.lang,
            SharedOptions.framework,
        ],
        discussion: Messages.Help.scoreDiscussion)

    /// What `--by` groups the lost points by.
    enum Grouping: String, CaseIterable, ArgumentValue {
        case responsible
    }
    static let by = CommandSpec.Option(
        "by", value: "group", of: Grouping.self,
        help: Messages.Help.byResponsible)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let inputs = try Inputs(language: language, framework: arguments.value(SharedOptions.framework.name))
        let (loaded, source) = inputs.load(arguments.positionals.first ?? "-")
        guard let scorecard = loaded.scorecard, let framework = loaded.framework, let source else {
            throw .invalidInput(loaded.diagnostics)
        }
        let stage = SharedOptions.stage(arguments, for: framework)
        guard framework.carries(stage) else {
            throw .invalidInput(
                loaded.diagnostics + [
                    Diagnostic(
                        .error, file: source.name,
                        message: Messages.notAStage(stage, of: framework.id, stages: framework.stages),
                        language: environment.language)
                ])
        }
        outcome.report(loaded.diagnostics)
        let report = ScoreReport(scorecard: scorecard, framework: framework, stage: stage)
        let warnings = Checks.findings(report, source: source, language: language).map(\.diagnostic)
        outcome.report(warnings)
        let detail = arguments.flag("detail")
        let document =
            arguments.value(by) == Grouping.responsible
            ? ReportDocument.responsible(report, language: language, warnings: warnings)
            : ReportDocument.score(report, language: language, detail: detail, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        return outcome
    }
}
