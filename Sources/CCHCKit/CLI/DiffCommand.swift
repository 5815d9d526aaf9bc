/// `cchc diff FILE` (two stages of one scorecard) and `cchc diff OLD NEW` (one stage of two).
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract: Messages.Help.diff,
        arguments: [
            .init(name: "file", help: Messages.Help.diffFile),
            .init(name: "new", help: Messages.Help.diffNew, optional: true),
        ],
        options: [
            from, to, stage,
            .init("exit-code", help: Messages.Help.exitCode),
            SharedOptions.format(for: .diff),
            SharedOptions.lang,
        ],
        discussion: Messages.Help.diffDiscussion)

    static let stageNames = Stage.allCases.map(\.rawValue)
    static let from = CommandSpec.Option(
        "from", value: "stage", of: Stage.self, words: stageNames,
        help: Messages.Help.diffFrom)
    static let to = CommandSpec.Option(
        "to", value: "stage", of: Stage.self, words: stageNames,
        help: Messages.Help.diffTo)
    static let stage = CommandSpec.Option(
        "stage", value: "stage", of: Stage.self, words: stageNames,
        help: Messages.Help.diffStage)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let files = arguments.positionals
        if files.count == 1, arguments.value(stage, as: Stage.self) != nil {
            throw .usage(Messages.stageNeedsTwoFiles, spec, language: language)
        }
        if files.count == 2, arguments.value(from, as: Stage.self) != nil || arguments.value(to, as: Stage.self) != nil
        {
            throw .usage(Messages.fromToNeedOneFile, spec, language: language)
        }
        let inputs = Inputs(language: language)
        var sides: [(ScoreReport, SourceText)] = []
        var errors: [Diagnostic] = []
        var failed = false
        for path in files {
            let (loaded, source) = inputs.load(path)
            errors += loaded.diagnostics.filter { $0.severity != .warning }
            guard let scorecard = loaded.scorecard, let framework = loaded.framework, let source else {
                failed = true
                continue
            }
            sides.append((ScoreReport(scorecard: scorecard, framework: framework), source))
        }
        // Every file's errors, so that one bad file never hides another's.
        if failed { throw .invalidInput(errors) }
        outcome.report(errors)
        guard let first = sides.first, let last = sides.last else { return outcome }
        // Stages come from each file's framework (SPEC §6): by default its first two for one
        // file, its last for two; a stage the framework does not have is an error, not a
        // comparison of two empty columns.
        func check(_ stage: Stage, _ side: (ScoreReport, SourceText)) throws(CommandFailure) {
            let framework = side.0.framework
            guard !framework.carries(stage) else { return }
            throw .invalidInput(
                errors + [
                    Diagnostic(
                        .error, file: side.1.name,
                        message: Messages.notAStage(stage, of: framework.id, stages: framework.stages),
                        language: language)
                ])
        }
        let diff: Diff
        if files.count == 1 {
            let stages = first.0.framework.stages
            let from: Stage = arguments.value(Self.from) ?? stages.first ?? .selfAssessed
            let to: Stage = arguments.value(Self.to) ?? (stages.count > 1 ? stages[1] : .appraised)
            try check(from, first)
            try check(to, first)
            diff = Diff(
                from: .init(report: first.0, stage: from, file: files[0]),
                to: .init(report: first.0, stage: to, file: files[0]), isStageDiff: true)
        } else {
            let stage: Stage = arguments.value(Self.stage) ?? first.0.framework.stages.last ?? .final
            try check(stage, first)
            try check(stage, last)
            diff = Diff(
                from: .init(report: first.0, stage: stage, file: files[0]),
                to: .init(report: last.0, stage: stage, file: files[1]))
        }
        var warnings: [Diagnostic] = []
        if !diff.sameFramework {
            warnings.append(
                Diagnostic(
                    .warning, file: files[1],
                    message: Messages.differentFrameworks(diff.from.report.framework.id, diff.to.report.framework.id),
                    language: language))
        }
        if !diff.sameUnit {
            warnings.append(Diagnostic(.warning, file: files[1], message: Messages.differentUnits, language: language))
        }
        for side in [diff.from, diff.to] where side.report.totals[side.stage] == nil {
            let missing = side.report.missing(side.stage)
            let message =
                diff.usesPublished(side)
                ? Messages.comparingPublished(side.stage, missing: missing.count)
                : Messages.noTotalToCompare(side.stage, missing: missing.count)
            let warning = Diagnostic(.warning, file: side.file, message: message, language: language)
            if !warnings.contains(warning) { warnings.append(warning) }
        }
        outcome.report(warnings)
        let document = ReportDocument.diff(diff, language: language, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        if arguments.flag("exit-code"), diff.hasDifferences { outcome.raise(to: .failure) }
        return outcome
    }
}
