/// What `--framework` or `framework show` names: a built-in framework's id or a framework file,
/// told apart once, here, and opened with the one message that says why it cannot be.
enum FrameworkReference: Equatable {
    /// A built-in id (`thai-nguyen-xa-2023`), or a word that is no file and so was meant as one.
    case builtIn(String)
    /// A path: it has a slash, ends in `.json`, or names a file that exists.
    case file(String)

    init(_ text: String) {
        if FrameworkStore.builtIns.contains(where: { $0.id == text }) {
            self = .builtIn(text)
        } else if text.contains("/") || text.hasSuffix(".json") || OutputFile.exists(text) {
            self = .file(text)
        } else {
            self = .builtIn(text)
        }
    }

    /// The words as given.
    var text: String {
        switch self {
        case .builtIn(let id): return id
        case .file(let path): return path
        }
    }

    /// The framework, read (once per store) and validated.
    ///
    /// - Throws: `CommandFailure` (exit 2): an unknown id with the nearest built-in one, or what
    ///   is wrong with the file.
    func open(in store: FrameworkStore = FrameworkStore(), language: Language) throws(CommandFailure) -> Framework {
        switch store.open(text, language: language) {
        case .success(let framework): return framework
        case .failure(let problem):
            switch self {
            case .builtIn(let id):
                let hint = Suggestion.hint(for: id, in: FrameworkStore.builtIns.map(\.id))
                throw .invalidInput([
                    Diagnostic(.error, file: id, message: Messages.notBuiltInNorFile + hint, language: language)
                ])
            case .file(let path):
                throw .invalidInput(
                    [Diagnostic(.error, file: path, message: problem.message, language: language)] + problem.details)
            }
        }
    }
}
