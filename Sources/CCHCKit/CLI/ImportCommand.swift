/// `cchc import TABLE [--lost TABLE] --unit NAME --year YEAR`: an office's tables as a scorecard.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Turn a report's criteria table (and lost-points table) into a scorecard.",
        arguments: [
            .init(
                name: "table",
                help:
                    "The criteria table: tab-separated text (.tsv, .txt), CSV, or a .docx, .xlsx, .odt or .ods "
                    + "document holding both tables; or - for standard input.")
        ],
        options: [
            .init(
                "lost", value: "table", namesInput: true,
                help: "The lost-points table (Nội dung bị mất điểm), in the same kinds.")
        ]
            + NewScorecard.options,
        discussion: """
            Reads the tables as they are pasted from Word or Excel: tab-separated or CSV (comma or \
            semicolon), with or without a byte-order mark, header rows, blank lines, <b>/<i> markup, \
            ids ending in a dot, decimal commas or points. Every criterion row is checked against the \
            framework; domain rows and the total row are checked against the criteria under them (a \
            warning when they differ) and the total row's figures become the published ones. Writes a \
            cchc-scorecard/1 document that score and check read as it is. Nothing is written when a \
            table has an error (exit 2).
            """)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        let target: NewScorecard
        do {
            target = try NewScorecard(arguments, spec: spec)
        } catch {
            return error.outcome
        }
        let tablePath = arguments.positionals.first ?? "-"
        let lostPath = arguments.value("lost")
        if tablePath == "-", lostPath == "-" {
            return Tool.usageError(
                "only one table can come from standard input", usage: spec.usage, help: "cchc \(spec.name) --help")
        }
        var outcome = Outcome()
        let criteria: SourceText
        var lost: SourceText?
        do {
            criteria = try SourceFile.read(tablePath)
            if let lostPath { lost = try SourceFile.read(lostPath) }
        } catch {
            outcome.report([error.diagnostic])
            outcome.code = .invalidInput
            return outcome
        }
        let (card, diagnostics) = TableImport.scorecard(criteria: criteria, lost: lost, request: target.request)
        outcome.report(diagnostics)
        guard let card else {
            let errors = Diagnostic.errorCount(diagnostics)
            outcome.printError("nothing written: \(errors) \(errors == 1 ? "error" : "errors") in the tables\n")
            outcome.code = .invalidInput
            return outcome
        }
        var summary = "\(card.entries.count) criteria"
        if let deductions = card.deductions { summary += ", \(deductions.count) deductions" }
        outcome.print(ScorecardJSON.render(card))
        outcome.summary = summary
        return outcome
    }
}
