/// `cchc init --unit NAME --year YEAR [--format json|xlsx|docx]`: a blank scorecard to fill in,
/// as a scorecard file or as the appendix a clerk fills in Excel or Word and `import` reads back.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: Messages.Help.initCommand,
        arguments: [],
        options: NewScorecard.options(required: true) + [format],
        discussion: Messages.Help.initDiscussion)

    static let format = CommandSpec.Option(
        "format", value: "format", of: OutputFormat.self, words: ["json", "xlsx", "docx"],
        help: Messages.Help.initFormat)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        let target = try NewScorecard(arguments, spec: spec, language: environment.language)
        let card = TableImport.blank(target.request)
        var outcome = Outcome()
        if let chosen = arguments.value(format, as: OutputFormat.self), chosen.isBinary {
            let document = ReportDocument.form(
                card, framework: target.request.framework, language: environment.language)
            SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        } else {
            outcome.print(ScorecardJSON.render(card, annotations: target.request.framework))
        }
        outcome.summary = Messages.blankSummary(criteria: card.entries.count)
        return outcome
    }
}
