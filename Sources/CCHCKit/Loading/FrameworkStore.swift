/// Why a framework reference could not be used.
public struct FrameworkProblem: Error, Sendable {
    /// One line for the scorecard's `framework` field.
    public var message: Message
    /// The framework file's own messages, when it was read and found invalid.
    public var details: [Diagnostic] = []
}

/// Finds frameworks by built-in id or by path, reading each one once.
public final class FrameworkStore {
    private var cache: [String: Result<Framework, FrameworkProblem>] = [:]

    public init() {}

    /// The built-in frameworks, compiled into the binary as values (nothing is parsed at a
    /// start), with the `cchc-framework/1` text each value is generated from and tested against.
    public static let builtIns: [(id: String, text: String, framework: Framework)] = [
        (ThaiNguyenXa2023.id, ThaiNguyenXa2023.json, ThaiNguyenXa2023.framework),
        (QD7662022.id, QD7662022.json, QD7662022.framework),
    ]

    /// Resolves a scorecard's `framework` field: a built-in id, or a path relative to the
    /// scorecard's own folder.
    public func resolve(_ reference: String, relativeTo scorecardPath: String, language: Language = .vi)
        -> Result<Framework, FrameworkProblem>
    {
        if let builtIn = Self.builtIns.first(where: { $0.id == reference }) { return .success(builtIn.framework) }
        guard reference.contains("/") || reference.hasSuffix(".json") else {
            let hint = Suggestion.hint(for: reference, in: Self.builtIns.map(\.id))
            return .failure(FrameworkProblem(message: Messages.unknownFramework(Text.clipped(reference)) + hint))
        }
        let path = reference.hasPrefix("/") ? reference : Path.directory(of: scorecardPath) + reference
        return load(key: path, language: language) { () throws(FileError) -> SourceText in
            try SourceFile.read(path, plainFileOnly: true)
        }
    }

    /// Loads a framework from a path or a built-in id, as `--framework` and `framework show` name it.
    public func open(_ reference: String, language: Language = .vi) -> Result<Framework, FrameworkProblem> {
        if let builtIn = Self.builtIns.first(where: { $0.id == reference }) {
            return resolve(builtIn.id, relativeTo: "", language: language)
        }
        return load(key: reference, language: language) { () throws(FileError) -> SourceText in
            try SourceFile.read(reference)
        }
    }

    private func load(key: String, language: Language, _ read: () throws(FileError) -> SourceText)
        -> Result<Framework, FrameworkProblem>
    {
        if let cached = cache[key] { return cached }
        let result: Result<Framework, FrameworkProblem>
        do {
            let source = try read()
            let (framework, diagnostics) = FrameworkReader.read(source, language: language)
            if let framework {
                result = .success(framework)
            } else {
                result = .failure(
                    FrameworkProblem(
                        message: Messages.frameworkInvalid(Text.clipped(source.name, to: 200)), details: diagnostics)
                )
            }
        } catch {
            result = .failure(FrameworkProblem(message: Messages.cannotUseFramework(error.message)))
        }
        cache[key] = result
        return result
    }
}

/// Small path helpers, without Foundation's URL.
enum Path {
    /// The folder part of a path with its trailing slash (`a/b.json` → `a/`), or nothing.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
