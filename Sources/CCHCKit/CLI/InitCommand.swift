/// `cchc init --unit NAME --year YEAR`: a blank scorecard to fill in.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: Messages.Help.initCommand,
        arguments: [],
        options: NewScorecard.options,
        discussion: Messages.Help.initDiscussion)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        let target = try NewScorecard(arguments, spec: spec, language: environment.language)
        let card = TableImport.blank(target.request)
        var outcome = Outcome()
        outcome.print(ScorecardJSON.render(card, annotations: target.request.framework))
        outcome.summary = Messages.blankSummary(criteria: card.entries.count)
        return outcome
    }
}
