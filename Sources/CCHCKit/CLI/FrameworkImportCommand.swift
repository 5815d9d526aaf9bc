/// `cchc framework import TABLE --id ID --title TITLE`: a decision's criteria table as a
/// framework file.
enum FrameworkImportCommand: Command {
    static let spec = CommandSpec(
        name: "framework import",
        abstract: Messages.Help.frameworkImport,
        arguments: [.init(name: "table", help: Messages.Help.frameworkTable)],
        options: [
            .init("id", value: "id", required: true, help: Messages.Help.frameworkID),
            .init("title", value: "title", required: true, help: Messages.Help.frameworkTitle),
            .init("bands", value: "bands", help: Messages.Help.bands),
            .init("years", value: "years", help: Messages.Help.years),
            .init("level", value: "level", help: Messages.Help.level),
            .init("province", value: "name", help: Messages.Help.province),
            .init("source", value: "text", help: Messages.Help.source),
            SharedOptions.lang,
        ],
        discussion: Messages.Help.frameworkImportDiscussion)

    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome {
        let language = environment.language
        func usage(_ message: Message) -> CommandFailure { .usage(message, spec, language: language) }
        let id = Text.name(arguments.value("id") ?? "")
        let title = Text.name(arguments.value("title") ?? "")
        guard !id.isEmpty, !title.isEmpty else { throw usage(Messages.idTitleEmpty) }
        var request = FrameworkTable.Request(id: id, title: title)
        if let text = arguments.value("bands") {
            switch FrameworkTable.bands(text) {
            case .success(let bands): request.bands = bands
            case .failure(let e):
                throw usage(Messages.invalidBand(e.piece))
            }
        }
        if let text = arguments.value("years") {
            for word in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
                guard word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(word),
                    (1900...2200).contains(year)
                else { throw usage(Messages.invalidYears(text)) }
                request.about.years.append(year)
            }
        }
        request.about.level = arguments.value("level").map(Text.name)
        request.about.province = arguments.value("province").map(Text.name)
        request.about.source = arguments.value("source").map(Text.name)
        // `-o FILE` is written by `Tool`, which refused an existing one before this ran.
        let output = arguments.value(CommandSpec.output.name)
        var outcome = Outcome()
        let path = arguments.positionals.first ?? "-"
        let source: SourceText
        do {
            source = try SourceFile.read(path)
        } catch {
            throw .invalidInput([error.diagnostic(language)])
        }
        var (built, diagnostics) = FrameworkTable.framework(source, request: request, language: language)
        // What is written is read back as any framework file is: nothing invalid leaves.
        let text = built.map(FrameworkJSON.render)
        var checked: Framework?
        if let text {
            let (framework, problems) = FrameworkReader.read(
                SourceText(name: output ?? "<output>", bytes: Array(text.utf8)), language: language)
            diagnostics += problems
            checked = framework
        }
        guard let framework = checked, let text else {
            throw .nothingWritten(diagnostics, oneTable: true, language: language)
        }
        outcome.report(diagnostics)
        outcome.print(text)
        outcome.summary = Messages.frameworkSummary(
            domains: framework.domains.count, criteria: framework.criteria.count, max: framework.max)
        return outcome
    }
}
