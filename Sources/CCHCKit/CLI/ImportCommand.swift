/// `cchc import TABLE [--lost TABLE] --unit NAME --year YEAR`: an office's tables as a scorecard.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: Messages.Help.importCommand,
        arguments: [.init(name: "table", help: Messages.Help.importTable)],
        options: [.init("lost", value: "table", namesInput: true, help: Messages.Help.lost)] + NewScorecard.options,
        discussion: Messages.Help.importDiscussion)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        let language = environment.language
        let target: NewScorecard
        do {
            target = try NewScorecard(arguments, spec: spec, language: language)
        } catch {
            return error.outcome
        }
        let tablePath = arguments.positionals.first ?? "-"
        let lostPath = arguments.value("lost")
        if tablePath == "-", lostPath == "-" {
            return Tool.usageError(
                Messages.oneStandardInput, usage: spec.usage, help: "cchc \(spec.name) --help", language: language)
        }
        var outcome = Outcome()
        let criteria: SourceText
        var lost: SourceText?
        do {
            criteria = try SourceFile.read(tablePath)
            if let lostPath { lost = try SourceFile.read(lostPath) }
        } catch {
            outcome.report([error.diagnostic(language)])
            outcome.code = .invalidInput
            return outcome
        }
        let (card, diagnostics) = TableImport.scorecard(
            criteria: criteria, lost: lost, request: target.request, language: language)
        outcome.report(diagnostics)
        guard let card else {
            let errors = Diagnostic.errorCount(diagnostics)
            outcome.printError(Messages.nothingWritten(errors: errors).text(language) + "\n")
            outcome.code = .invalidInput
            return outcome
        }
        outcome.print(ScorecardJSON.render(card))
        outcome.summary = Messages.importSummary(criteria: card.entries.count, deductions: card.deductions?.count)
        return outcome
    }
}
