/// `cchc check FILE...`: one line per file for CI; exit 0, 1 or 2, the worst of all files.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check scorecards for CI: each file is valid and its totals match what was published.",
        arguments: [
            .init(
                name: "file", help: "Scorecard files; every one is checked, whatever the others hold.", variadic: true)
        ],
        options: [
            .init("strict", help: "Warnings fail too (incomplete stages, deductions that do not add up)."),
            SharedOptions.lang,
            SharedOptions.framework,
        ],
        discussion: """
            Prints one line per file on standard output: ok, wrong (a computed total differs from the \
            published one) or invalid; the details go to standard error. Exit status: 2 if any file \
            could not be read or is invalid, else 1 if any is wrong, else 0.
            """)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        var outcome = Outcome()
        let language = SharedOptions.language(arguments)
        let strict = arguments.flag("strict")
        let inputs: Inputs
        do {
            inputs = try Inputs(language: language, framework: arguments.value("framework"))
        } catch {
            outcome.report(error.diagnostics)
            outcome.code = .invalidInput
            return outcome
        }
        var counts = (ok: 0, wrong: 0, invalid: 0)
        for path in arguments.positionals {
            let (loaded, source) = inputs.load(path)
            outcome.report(loaded.diagnostics)
            guard let scorecard = loaded.scorecard, let framework = loaded.framework, let source else {
                let errors = loaded.diagnostics.filter { $0.severity == .error }.count
                outcome.print("\(path): invalid (\(errors) \(errors == 1 ? "error" : "errors"))\n")
                outcome.raise(to: .invalidInput)
                counts.invalid += 1
                continue
            }
            let report = ScoreReport(scorecard: scorecard, framework: framework)
            let findings = Checks.findings(report, source: source, language: language)
            let differs = findings.filter { $0.kind == .published }
            outcome.report(findings.filter { $0.kind != .published }.map(\.diagnostic))
            if !differs.isEmpty {
                outcome.print("\(path): wrong: " + differs.map(\.diagnostic.message).joined(separator: "; ") + "\n")
                outcome.raise(to: .failure)
                counts.wrong += 1
            } else if strict, !findings.isEmpty {
                outcome.print("\(path): wrong: \(findings.count) warning\(findings.count == 1 ? "" : "s") (--strict)\n")
                outcome.raise(to: .failure)
                counts.wrong += 1
            } else {
                outcome.print("\(path): ok" + summary(report, language) + "\n")
                counts.ok += 1
            }
        }
        if arguments.positionals.count > 1 {
            outcome.print(
                "\(arguments.positionals.count) files: \(counts.ok) ok, \(counts.wrong) wrong, \(counts.invalid) invalid\n"
            )
        }
        return outcome
    }

    /// ` (final 89,75, Tốt)`, or what is missing.
    private static func summary(_ report: ScoreReport, _ language: Language) -> String {
        guard let total = report.total else {
            return " (\(Stage.final.rawValue) incomplete: \(report.missing(.final).count) criteria not scored)"
        }
        let band = report.band.map { ", \($0.band.label)" } ?? ""
        return " (\(Stage.final.rawValue) \(total.formatted(language))\(band))"
    }
}
