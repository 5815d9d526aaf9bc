/// `cchc init --unit NAME --year YEAR`: a blank scorecard to fill in.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Write a blank scorecard for a unit and a year, every criterion listed, ready to fill in.",
        arguments: [],
        options: NewScorecard.options,
        discussion: """
            Lists every criterion of the framework with its three stages (self, appraised, final) \
            null, and its title and max under "extra" so that whoever fills it in sees what each id \
            means. score and check read it as it is, warning that the stages are not scored yet.
            """)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        let target: NewScorecard
        do {
            target = try NewScorecard(arguments, spec: spec)
        } catch {
            return error.outcome
        }
        let card = TableImport.blank(target.request)
        var outcome = Outcome()
        outcome.print(ScorecardJSON.render(card, annotations: target.request.framework))
        outcome.summary = "\(card.entries.count) criteria, none scored"
        return outcome
    }
}
