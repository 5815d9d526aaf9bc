/// `cchc import TABLE [--lost TABLE] --unit NAME --year YEAR`: an office's tables as a scorecard.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: Messages.Help.importCommand,
        arguments: [.init(name: "table", help: Messages.Help.importTable)],
        options: [.init("lost", value: "table", namesInput: true, help: Messages.Help.lost)]
            + NewScorecard.options(required: false),
        discussion: Messages.Help.importDiscussion)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        let language = environment.language
        let target = try NewScorecard(arguments, spec: spec, language: environment.language)
        let tablePath = arguments.positionals.first ?? "-"
        let lostPath = arguments.value("lost")
        var outcome = Outcome()
        let criteria: SourceText
        var lost: SourceText?
        do {
            criteria = try SourceFile.read(tablePath)
            if let lostPath { lost = try SourceFile.read(lostPath) }
        } catch {
            throw .invalidInput([error.diagnostic(language)])
        }
        let (card, diagnostics) = TableImport.scorecard(
            criteria: criteria, lost: lost, request: target.request, language: language)
        guard let card else {
            throw .nothingWritten(diagnostics, language: language)
        }
        outcome.report(diagnostics)
        outcome.print(ScorecardJSON.render(card))
        outcome.summary = Messages.importSummary(criteria: card.entries.count, deductions: card.deductions?.count)
        return outcome
    }
}
