/// Reads the scorecards a command names, sharing one framework store so that each framework
/// is read and validated once however many files use it.
struct Inputs {
    let store = FrameworkStore()
    let language: Language
    /// The `--framework` override, once resolved.
    private(set) var override: Framework?

    /// Inputs without a `--framework` override.
    init(language: Language) { self.language = language }

    /// Resolves `--framework`, if given; on failure returns its messages.
    init(language: Language, framework reference: String?) throws(InputFailure) {
        self.language = language
        guard let reference else { return }
        switch store.open(reference, language: language) {
        case .success(let f): override = f
        case .failure(let problem):
            throw InputFailure(
                diagnostics: [Diagnostic(.error, file: reference, message: problem.message, language: language)]
                    + problem.details)
        }
    }

    /// Reads and validates one scorecard file.
    func load(_ path: String) -> (LoadedScorecard, SourceText?) {
        var buffer: [UInt8] = []
        return load(path, reusing: &buffer)
    }

    /// Reads and validates one scorecard file into `buffer`'s storage (see `SourceFile.read`).
    func load(_ path: String, reusing buffer: inout [UInt8]) -> (LoadedScorecard, SourceText?) {
        do {
            let source = try SourceFile.read(path, reusing: &buffer)
            return (ScorecardReader.read(source, frameworks: store, override: override, language: language), source)
        } catch {
            return (
                LoadedScorecard(scorecard: nil, framework: nil, diagnostics: [error.diagnostic(language)]), nil
            )
        }
    }
}

/// Messages that stop a command before it reads its files.
struct InputFailure: Error {
    var diagnostics: [Diagnostic]
}

/// A valid scorecard read for a command over many files.
struct LoadedFile: Sendable {
    let path: String
    let report: ScoreReport
    let source: SourceText
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
    /// one unit…): reports every file's errors and the command's own `problems` into `outcome`.
    ///
    /// - Returns: the files, or `nil` when anything was wrong (then `outcome` exits 2).
    static func loadConsistent(
        _ paths: [String], language: Language, into outcome: inout Outcome,
        problems: ([LoadedFile]) -> [Diagnostic]
    ) -> [LoadedFile]? {
        let (files, errors) = loadAll(paths, language: language)
        let all = errors + problems(files)
        outcome.report(all)
        guard all.isEmpty else {
            outcome.raise(to: .invalidInput)
            return nil
        }
        return files
    }
}
