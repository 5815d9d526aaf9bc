/// `cchc check FILE...`: one line per file for CI; exit 0, 1 or 2, the worst of all files.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: Messages.Help.check,
        arguments: [.init(name: "file", help: Messages.Help.checkFiles, variadic: true)],
        options: [
            .init("strict", help: Messages.Help.strict),
            format,
            SharedOptions.lang,
            SharedOptions.framework,
        ],
        discussion: Messages.Help.checkDiscussion)

    /// What `check --format` writes: a line a file, one JSON document, or GitHub workflow
    /// commands. Not a report document: its lines go out as each batch of files is done.
    enum Format: String, CaseIterable, ArgumentValue {
        case text, json, github
    }
    static let format = CommandSpec.Option("format", value: "format", of: Format.self, help: Messages.Help.checkFormat)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let strict = arguments.flag("strict")
        let framework = arguments.value("framework")
        _ = try Inputs(language: language, framework: framework)
        let paths = arguments.positionals
        let format: Format = arguments.value(Self.format) ?? .text
        let json = format == .json
        let github = format == .github
        // Text is handed out as each batch of files is done; the JSON document needs them all.
        let partial = json ? nil : environment.partial
        var results: [FileResult] = []
        var counts = (ok: 0, wrong: 0, invalid: 0)
        Parallel.forEachBatch(paths) { () -> (String) -> FileResult in
            // Each worker has its own framework store (frameworks are read once per worker) and
            // its own read buffer.
            let inputs = (try? Inputs(language: language, framework: framework)) ?? Inputs(language: language)
            var buffer: [UInt8] = []
            return { check($0, inputs: inputs, strict: strict, keepsDiagnostics: json || github, buffer: &buffer) }
        } deliver: { batch in
            var part = Outcome()
            // Read in place, by position: a copy of a result is a copy of its strings and lines.
            for k in batch.indices {
                switch batch[k].status {
                case .ok: counts.ok += 1
                case .wrong: counts.wrong += 1
                case .invalid: counts.invalid += 1
                }
                outcome.raise(to: batch[k].outcome.code)
                if json {
                    results.append(batch[k])
                } else if github {
                    part.print(batch[k].github)
                } else {
                    part.append(batch[k].outcome)
                }
            }
            let done = counts.ok + counts.wrong + counts.invalid
            if let partial {
                partial(part, RunProgress(done: done, total: paths.count, invalid: counts.invalid, language: language))
            } else {
                outcome.append(part)
            }
        }
        if json {
            outcome.print(
                JSONOut.object([
                    ("files", .array(results.map(\.json))), ("ok", .int(counts.ok)), ("wrong", .int(counts.wrong)),
                    ("invalid", .int(counts.invalid)),
                ]).render())
            return outcome
        }
        if paths.count > 1 {
            let line = Messages.checkCounts(
                files: paths.count, ok: counts.ok, wrong: counts.wrong, invalid: counts.invalid)
            outcome.print(line.text(language) + "\n")
        }
        return outcome
    }

    /// One file's verdict and its lines.
    struct FileResult: Sendable {
        enum Status: String, Sendable { case ok, wrong, invalid }
        var path: String
        var status: Status
        var outcome: Outcome
        var diagnostics: [Diagnostic] = []
        var totals: StageScores?
        var unit: String?
        var year: Int?

        /// The file's object in `check --format json`: each message an object a CI job can place.
        var json: JSONOut {
            func messages(_ severity: Diagnostic.Severity) -> JSONOut {
                .array(
                    diagnostics.filter { $0.severity == severity }.map { d in
                        .object([
                            ("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)),
                            ("id", .text(d.id)), ("severity", .string(severity == .error ? "error" : "warning")),
                            ("message", .string(d.jsonMessage)),
                        ])
                    })
            }
            return .object([
                ("file", .string(path)), ("status", .string(status.rawValue)), ("unit", .text(unit)),
                ("year", .int(year)),
                ("totals", totals.map { t in .object(Stage.allCases.map { ($0.rawValue, .points(t[$0])) }) } ?? .null),
                ("errors", messages(.error)), ("error_count", .int(Diagnostic.errorCount(diagnostics))),
                ("warnings", messages(.warning)),
            ])
        }

        /// The file in `check --format github`: a workflow command for each error and warning,
        /// which a GitHub Actions run shows on the line, then the file's own line.
        var github: String {
            var out = ""
            for d in diagnostics where d.severity != .note {
                var place = "file=" + Self.property(d.file)
                if let line = d.line, let column = d.column { place += ",line=\(line),col=\(column)" }
                // The annotation's title: the criterion or field it is about.
                if let id = d.id { place += ",title=" + Self.property(id) }
                out += "::\(d.severity == .error ? "error" : "warning") \(place)::\(Self.data(d.message))\n"
            }
            return out + outcome.stdout
        }

        /// A workflow command's message, its `%` and line breaks escaped.
        static func data(_ s: String) -> String {
            s.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
        }

        /// A workflow command's property value: also `:` and `,`.
        static func property(_ s: String) -> String { data(s).replacing(":", with: "%3A").replacing(",", with: "%2C") }
    }

    /// One file's verdict. With `keepsDiagnostics`, the result holds every message (for JSON
    /// and GitHub); without, only the lines already written in its outcome.
    static func check(_ given: String, inputs: Inputs, strict: Bool, keepsDiagnostics: Bool, buffer: inout [UInt8])
        -> FileResult
    {
        var outcome = Outcome()
        let path = given == "-" ? SourceFile.stdinName : given
        let language = inputs.language
        // `check` shows no department, note or deduction text: they are checked, not kept.
        var (loaded, source) = inputs.load(given, reusing: &buffer, details: false)
        // Nothing kept refers to the bytes once the file is checked: they go back to the buffer.
        defer { if let source { buffer = source.bytes } }
        outcome.report(loaded.diagnostics)
        // The scorecard is taken out, not copied: the report holds it from here on.
        guard let scorecard = loaded.scorecard.take(), let framework = loaded.framework, let source else {
            let errors = Diagnostic.errorCount(loaded.diagnostics)
            outcome.print("\(path): \(Messages.checkInvalid(errors: errors).text(language))\n")
            outcome.raise(to: .invalidInput)
            return FileResult(path: path, status: .invalid, outcome: outcome, diagnostics: loaded.diagnostics)
        }
        let report = ScoreReport(scorecard: consume scorecard, framework: framework)
        let findings = Checks.findings(report, source: source, language: language)
        func result(_ status: FileResult.Status) -> FileResult {
            // What reading the file warned of (a name written twice in one row) counts as a finding.
            FileResult(
                path: path, status: status, outcome: outcome,
                diagnostics: keepsDiagnostics ? loaded.diagnostics + findings.map(\.diagnostic) : [],
                totals: report.totals, unit: report.scorecard.unit, year: report.scorecard.year)
        }
        // The findings go to standard error as they come, but a published total that differs,
        // which is said on the file's own line.
        var differs: [String] = []
        for k in findings.indices {
            if findings[k].kind == .published {
                differs.append(findings[k].diagnostic.message)
            } else {
                outcome.report(findings[k].diagnostic)
            }
        }
        if !differs.isEmpty {
            outcome.print(
                "\(path): \(Messages.checkWrong.text(language))" + differs.joined(separator: "; ") + "\n")
            outcome.raise(to: .failure)
            return result(.wrong)
        }
        if strict, !loaded.diagnostics.isEmpty || !findings.isEmpty {
            let count = loaded.diagnostics.count + findings.filter { $0.kind != .omitted }.count
            let more = findings.contains { $0.kind == .omitted }
            outcome.print("\(path): \(Messages.checkStrict(warnings: count, more: more).text(language))\n")
            outcome.raise(to: .failure)
            return result(.wrong)
        }
        // The line is made as bytes, each part copied once: it is written for every file.
        var line: [UInt8] = []
        line.reserveCapacity(path.utf8.count + 64)
        Message.append(path, to: &line)
        Message.append(literal: ": ", to: &line)
        Message.append(Messages.checkOK.text(language), to: &line)
        summary(report, language, into: &line)
        line.append(0x0A)
        outcome.write(line)
        return result(.ok)
    }

    /// ` (final 89,75, Tốt)`, or what is missing, added to `line`.
    private static func summary(_ report: ScoreReport, _ language: Language, into line: inout [UInt8]) {
        guard let total = report.total else {
            if report.scorecard.entries.isEmpty, let published = report.scorecard.published?.totals.final {
                let band = report.framework.band(for: published)?.band.label
                Message.append(Messages.checkPublishedOnly(.final, published, band: band).text(language), to: &line)
            } else {
                let missing = report.missing(.final).count
                Message.append(Messages.checkIncomplete(.final, missing: missing).text(language), to: &line)
            }
            return
        }
        Messages.checkTotal(
            report.stage, total, index: report.index, band: report.band?.band.label, language, into: &line)
    }
}
