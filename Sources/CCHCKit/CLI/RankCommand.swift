/// `cchc rank FILE...`: a district's communes for one year, ranked.
enum RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        abstract: "Rank a district's units for one year by a stage's total (the appraisal council's table).",
        arguments: [
            .init(name: "file", help: "Scorecards of one year and one framework, one per unit.", variadic: true)
        ],
        options: [SharedOptions.stage, SharedOptions.format(for: .rank), SharedOptions.lang],
        discussion: """
            Ranks every unit by the chosen stage's total, highest first, with its band and each \
            domain's score; equal totals share a rank (1, 2, 2, 4) and are listed in Vietnamese \
            alphabetical order. Units whose stage is not fully scored are listed apart. The footer \
            gives the count, mean and median of the ranked totals and the best unit of each domain.
            """)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        var outcome = Outcome()
        let language = SharedOptions.language(arguments)
        guard
            let files = Inputs.loadConsistent(
                arguments.positionals, language: language, into: &outcome, problems: problems),
            let first = files.first
        else { return outcome }
        let stage = SharedOptions.stage(arguments, for: first.report.framework)
        let ranking = Ranking(
            files.map { ($0.report, $0.path) }, framework: first.report.framework, year: first.report.scorecard.year,
            stage: stage)
        var warnings: [Diagnostic] = []
        if stage == .final {
            for row in ranking.ranked {
                guard let published = row.publishedRank, let rank = row.rank, published != rank else { continue }
                warnings.append(
                    Diagnostic(
                        .warning, file: row.file,
                        message: "\(row.unit): published rank \(published) differs from the computed \(rank)"))
            }
        }
        outcome.report(warnings)
        let document = ReportDocument.rank(ranking, language: language, warnings: warnings)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        return outcome
    }

    /// Files of another year or framework than most, and units named twice.
    static func problems(_ files: [LoadedFile]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let year = majority(files.map { $0.report.scorecard.year })
        let framework = majority(files.map { $0.report.framework.id })
        var seen: [String: String] = [:]
        for file in files {
            let card = file.report.scorecard
            if let year, card.year != year {
                out.append(
                    Diagnostic(
                        .error, file: file.path,
                        message: "year \(card.year), but the other files are \(year) (rank compares one year)"))
            }
            if let framework, file.report.framework.id != framework {
                out.append(
                    Diagnostic(
                        .error, file: file.path,
                        message: "framework \(file.report.framework.id), but the other files use \(framework)"))
            }
            let unit = Text.name(card.unit)
            if let other = seen[unit] {
                out.append(Diagnostic(.error, file: file.path, message: "unit \"\(unit)\" is also in \(other)"))
            } else {
                seen[unit] = file.path
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
