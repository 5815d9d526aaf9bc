/// `cchc score FILE`: the domain table, the band and the lost points of one scorecard.
enum ScoreCommand: Command {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Score a scorecard: the domain table, the total and band, and the lost points.",
        arguments: [.init(name: "file", help: "A cchc-scorecard/1 file, or - for standard input.")],
        options: [
            SharedOptions.stage,
            .init("detail", help: "Also list every criterion under its domain, and each deduction's remediation."),
            by,
            SharedOptions.format(for: .score),
            SharedOptions.lang,
            SharedOptions.framework,
        ],
        discussion: """
            Prints the unit, the eight domains with max, self-assessed, appraised and final scores and \
            the points lost, the band of the chosen stage and how far the next band is, then the \
            lost-points list, largest first, with who is responsible for each row. Warnings go to \
            standard error; the result still stands.
            """)

    /// What `--by` groups the lost points by.
    enum Grouping: String, CaseIterable, ArgumentValue {
        case responsible
    }
    static let by = CommandSpec.Option(
        "by", value: "group", of: Grouping.self,
        help: "Group the lost points by whoever is responsible (a person, or a department).")

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        var outcome = Outcome()
        let language = SharedOptions.language(arguments)
        let inputs: Inputs
        do {
            inputs = try Inputs(language: language, framework: arguments.value(SharedOptions.framework.name))
        } catch {
            outcome.report(error.diagnostics)
            outcome.code = .invalidInput
            return outcome
        }
        let (loaded, source) = inputs.load(arguments.positionals.first ?? "-")
        outcome.report(loaded.diagnostics)
        guard let scorecard = loaded.scorecard, let framework = loaded.framework, let source else {
            outcome.code = .invalidInput
            return outcome
        }
        let stage = SharedOptions.stage(arguments, for: framework)
        guard framework.stages.contains(stage) else {
            outcome.report([
                Diagnostic(
                    .error, file: source.name,
                    message: "stage \(stage.rawValue) is not a stage of \(framework.id) (its stages: "
                        + framework.stages.map(\.rawValue).joined(separator: ", ") + ")")
            ])
            outcome.code = .invalidInput
            return outcome
        }
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
