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
                diagnostics: [Diagnostic(.error, file: reference, message: problem.message)] + problem.details)
        }
    }

    /// Reads and validates one scorecard file.
    func load(_ path: String) -> (LoadedScorecard, SourceText?) {
        do {
            let source = try SourceFile.read(path)
            return (ScorecardReader.read(source, frameworks: store, override: override, language: language), source)
        } catch {
            return (LoadedScorecard(scorecard: nil, framework: nil, diagnostics: [error.diagnostic]), nil)
        }
    }
}

/// Messages that stop a command before it reads its files.
struct InputFailure: Error {
    var diagnostics: [Diagnostic]
}
