/// Reads the scorecards a command names, sharing one framework store so that each framework
/// is read and validated once however many files use it.
struct Inputs {
    let store = FrameworkStore()
    let language: Language
    /// The `--framework` override, once resolved.
    private(set) var override: Framework?

    /// Inputs without a `--framework` override.
    init(language: Language) { self.language = language }

    /// Resolves `--framework`, if given.
    ///
    /// - Throws: `CommandFailure` (exit 2) saying why the framework cannot be used.
    init(language: Language, framework reference: String?) throws(CommandFailure) {
        self.language = language
        guard let reference else { return }
        override = try FrameworkReference(reference).open(in: store, language: language)
    }

    /// Reads and validates one scorecard file.
    func load(_ path: String) -> (LoadedScorecard, SourceText?) {
        var buffer: [UInt8] = []
        return load(path, reusing: &buffer)
    }

    /// Reads and validates one scorecard file into `buffer`'s storage (see `SourceFile.read`);
    /// `details` as `ScorecardReader.read` takes it.
    func load(_ path: String, reusing buffer: inout [UInt8], details: Bool = true) -> (LoadedScorecard, SourceText?) {
        do {
            let source = try SourceFile.read(path, reusing: &buffer)
            return (
                ScorecardReader.read(
                    source, frameworks: store, override: override, language: language, details: details),
                source
            )
        } catch {
            return (
                LoadedScorecard(scorecard: nil, framework: nil, diagnostics: [error.diagnostic(language)]), nil
            )
        }
    }
}

/// A valid scorecard read for a command over many files.
struct LoadedFile: Sendable {
    let path: String
    let report: ScoreReport
    let source: SourceText

    /// The file's published totals that differ from the computed ones, as `check` says them:
    /// `rank` and `trend` must not pass over them in silence.
    func publishedDiffers(_ language: Language) -> [Diagnostic] {
        Checks.findings(report, source: source, language: language).filter { $0.kind == .published }.map(\.diagnostic)
    }
}

extension Inputs {
    /// Reads many scorecards on every core; the errors of every invalid file are returned, in
    /// the order of the files, so that one bad file never hides another's.
    static func loadAll(_ paths: [String], language: Language) -> (files: [LoadedFile], errors: [Diagnostic]) {
        let results = Parallel.map(paths) { () -> (String) -> (LoadedFile?, [Diagnostic]) in
            let inputs = Inputs(language: language)
            return { path in
                let (loaded, source) = inputs.load(path)
                let errors = loaded.diagnostics.filter { $0.severity != .warning }
                guard let scorecard = loaded.scorecard, let framework = loaded.framework, let source else {
                    return (nil, errors)
                }
                return (
                    LoadedFile(
                        path: path, report: ScoreReport(scorecard: scorecard, framework: framework), source: source),
                    errors
                )
            }
        }
        return (results.compactMap(\.0), results.flatMap(\.1))
    }

    /// Reads many scorecards for a command that needs them all valid and consistent (one year,
    /// one unit…).
    ///
    /// - Throws: `CommandFailure` (exit 2) with every file's errors and the command's own
    ///   `problems`, so that one bad file never hides another's.
    static func loadConsistent(
        _ paths: [String], language: Language, problems: ([LoadedFile]) -> [Diagnostic]
    ) throws(CommandFailure) -> [LoadedFile] {
        let (files, errors) = loadAll(paths, language: language)
        let all = errors + problems(files)
        guard all.isEmpty else { throw .invalidInput(all) }
        return files
    }
}
