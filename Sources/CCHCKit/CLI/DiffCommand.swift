/// `cchc diff FILE` (two stages of one scorecard) and `cchc diff OLD NEW` (one stage of two).
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two stages of one scorecard, or one stage of two scorecards.",
        arguments: [
            .init(name: "file", help: "A scorecard: its stages are compared, or the older of two files."),
            .init(name: "new", help: "A second scorecard: the two files are compared, stage by stage.", optional: true),
        ],
        options: [
            from, to, stage,
            .init("exit-code", help: "Exit with status 1 when anything differs, as git diff --exit-code does."),
            SharedOptions.format(for: .diff),
            SharedOptions.lang,
        ],
        discussion: """
            Lists every criterion whose score differs, grouped by domain, with both scores and the \
            change (written with its sign: +1,5, -3,75), domain subtotals and the total change; the \
            deduction rows of each changed criterion stand beside it. A score missing on one side is \
            shown as missing, not as zero.
            """)

    static let stageNames = Stage.allCases.map(\.rawValue)
    static let from = CommandSpec.Option(
        "from", value: "stage", of: Stage.self, words: stageNames,
        help: "With one file: the earlier stage (default: self).")
    static let to = CommandSpec.Option(
        "to", value: "stage", of: Stage.self, words: stageNames,
        help: "With one file: the later stage (default: appraised).")
    static let stage = CommandSpec.Option(
        "stage", value: "stage", of: Stage.self, words: stageNames,
        help: "With two files: the stage compared (default: final).")

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        var outcome = Outcome()
        let language = SharedOptions.language(arguments)
        let files = arguments.positionals
        if files.count == 1, arguments.value(stage, as: Stage.self) != nil {
            return Tool.usageError(
                "--stage compares two files; with one file use --from and --to", usage: spec.usage,
                help: "cchc diff --help")
        }
        if files.count == 2, arguments.value(from, as: Stage.self) != nil || arguments.value(to, as: Stage.self) != nil
        {
            return Tool.usageError(
                "--from and --to compare the stages of one file; with two files use --stage", usage: spec.usage,
                help: "cchc diff --help")
        }
        let inputs = Inputs(language: language)
        var sides: [(ScoreReport, SourceText)] = []
        for path in files {
            let (loaded, source) = inputs.load(path)
            outcome.report(loaded.diagnostics.filter { $0.severity != .warning })
            guard let scorecard = loaded.scorecard, let framework = loaded.framework, let source else {
                outcome.raise(to: .invalidInput)
                continue
            }
            sides.append((ScoreReport(scorecard: scorecard, framework: framework), source))
        }
        guard outcome.code == .success, let first = sides.first, let last = sides.last else { return outcome }
        let diff: Diff
        if files.count == 1 {
            let from: Stage = arguments.value(Self.from) ?? .selfAssessed
            let to: Stage = arguments.value(Self.to) ?? .appraised
            diff = Diff(
                from: .init(report: first.0, stage: from, file: files[0]),
                to: .init(report: first.0, stage: to, file: files[0]), isStageDiff: true)
        } else {
            let stage: Stage = arguments.value(Self.stage) ?? .final
            diff = Diff(
                from: .init(report: first.0, stage: stage, file: files[0]),
                to: .init(report: last.0, stage: stage, file: files[1]))
        }
        var warnings: [Diagnostic] = []
        if !diff.sameFramework {
            warnings.append(
                Diagnostic(
                    .warning, file: files[1],
                    message: "the files use different frameworks (\(diff.from.report.framework.id) and "
                        + "\(diff.to.report.framework.id)); criteria are matched by id"))
        }
        for side in [diff.from, diff.to] where side.report.totals[side.stage] == nil {
            let missing = side.report.missing(side.stage)
            let warning = Diagnostic(
                .warning, file: side.file,
                message: "stage \(side.stage.rawValue) is incomplete (\(missing.count) criteria not scored): "
                    + "it has no total to compare")
            if !warnings.contains(warning) { warnings.append(warning) }
        }
        outcome.report(warnings)
        let document = ReportDocument.diff(diff, language: language, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        if arguments.flag("exit-code"), diff.hasDifferences { outcome.raise(to: .failure) }
        return outcome
    }
}
