/// `cchc rank FILE...`: a district's communes for one year, ranked.
enum RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        abstract: Messages.Help.rank,
        arguments: [.init(name: "file", help: Messages.Help.rankFiles, variadic: true)],
        options: [SharedOptions.stageOfTotals, SharedOptions.format(for: .rank), SharedOptions.lang],
        discussion: Messages.Help.rankDiscussion)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let files = try Inputs.loadConsistent(
            arguments.positionals, language: language, problems: { problems($0, language) })
        guard let first = files.first else { return outcome }
        let stage = SharedOptions.stage(arguments, for: first.report.framework)
        let ranking = Ranking(
            files.map { ($0.report, $0.path) }, framework: first.report.framework, year: first.report.scorecard.year,
            stage: stage)
        var warnings = files.flatMap { $0.publishedDiffers(language) }
        if stage == .final {
            for row in ranking.ranked {
                guard let published = row.publishedRank, let rank = row.rank, published != rank else { continue }
                warnings.append(
                    Diagnostic(
                        .warning, file: row.file,
                        message: Messages.publishedRankDiffers(row.unit, published: published, computed: rank),
                        language: language))
            }
        }
        outcome.report(warnings)
        let document = ReportDocument.rank(ranking, language: language, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        return outcome
    }

    /// Files of another year or framework than most, and units named twice.
    static func problems(_ files: [LoadedFile], _ language: Language) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let year = majority(files.map { $0.report.scorecard.year })
        let framework = majority(files.map { $0.report.framework.id })
        var seen: [String: String] = [:]
        for file in files {
            let card = file.report.scorecard
            if let year, card.year != year {
                out.append(
                    Diagnostic(
                        .error, file: file.path, message: Messages.otherYear(card.year, others: year),
                        language: language))
            }
            if let framework, file.report.framework.id != framework {
                out.append(
                    Diagnostic(
                        .error, file: file.path,
                        message: Messages.otherFramework(file.report.framework.id, others: framework),
                        language: language))
            }
            let unit = Text.name(card.unit)
            if let other = seen[Text.unitKey(unit)] {
                out.append(
                    Diagnostic(.error, file: file.path, message: Messages.unitAlsoIn(unit, other), language: language))
            } else {
                seen[Text.unitKey(unit)] = file.path
            }
        }
        return out
    }

    /// The most common value; the first file's on a tie.
    static func majority<T: Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let top = counts.values.max() ?? 0
        return values.first { counts[$0] == top }
    }
}
