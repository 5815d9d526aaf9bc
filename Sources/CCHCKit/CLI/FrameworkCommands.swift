/// `cchc frameworks`: the built-in frameworks.
enum FrameworksCommand: Command {
    static let spec = CommandSpec(
        name: "frameworks", abstract: Messages.Help.frameworks, arguments: [], options: [SharedOptions.lang])

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let store = FrameworkStore()
        for builtIn in FrameworkStore.builtIns {
            guard case .success(let f) = store.open(builtIn.id) else { continue }
            var lines = [f.id] + Text.wrap(f.title, width: TextLayout.lineWidth - 4)
            lines.append(
                Messages.frameworkSummary(domains: f.domains.count, criteria: f.criteria.count, max: f.max).text(
                    language))
            for (label, value) in TreeLabels.about(f, language) {
                lines += Text.wrap("\(label): \(value)", width: TextLayout.lineWidth - 4)
            }
            outcome.print(lines.enumerated().map { $0 == 0 ? $1 : "    " + $1 }.joined(separator: "\n") + "\n")
        }
        return outcome
    }
}

/// `cchc framework show ID|FILE`: a framework's catalogue.
enum FrameworkShowCommand: Command {
    static let spec = CommandSpec(
        name: "framework show",
        abstract: Messages.Help.frameworkShow,
        arguments: [.init(name: "framework", help: Messages.Help.frameworkArgument)],
        options: [
            SharedOptions.format(for: .framework),
            SharedOptions.lang,
        ])

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        var outcome = Outcome()
        let language = environment.language
        let reference = arguments.positionals.first ?? ""
        let framework = try FrameworkReference(reference).open(language: language)
        let document = ReportDocument.framework(framework, language: language)
        SharedOptions.write(document, arguments, spec: spec, environment: environment, to: &outcome)
        return outcome
    }
}
