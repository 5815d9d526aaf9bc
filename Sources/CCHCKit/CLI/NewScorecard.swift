/// What `import` and `init` share: the unit, year and framework a new scorecard is for, and
/// where it goes (standard output, or the `-o FILE` that `Tool` writes).
struct NewScorecard {
    /// The unit, year and framework.
    var request: TableImport.Request
    /// The `-o` file, or nil for standard output: a framework file is named from its folder.
    var output: String?
    /// The language of messages.
    var language: Language

    /// `init`'s options; `import` takes the unit and the year from the file's title block when
    /// they are left out (`required: false`).
    static func options(required: Bool) -> [CommandSpec.Option] {
        [
            .init(
                "unit", value: "name", required: required,
                help: required ? Messages.Help.unit : Messages.Help.importUnit),
            .init(
                "year", value: "year", required: required,
                help: required ? Messages.Help.year : Messages.Help.importYear),
        ] + common
    }

    private static let common: [CommandSpec.Option] = [
        .init("district", value: "name", help: Messages.Help.district),
        .init("province", value: "name", help: Messages.Help.unitProvince),
        .init(
            "framework", value: "id|file", namesInput: true, help: Messages.Help.newFramework(default: defaultFramework)
        ),
        SharedOptions.lang,
    ]

    static var defaultFramework: String { FrameworkStore.builtIns.first?.id ?? "" }

    /// Reads the shared options; a wrong value is a usage error, an unusable framework or an
    /// existing output file (without `--force`) exit 2.
    init(_ arguments: ParsedArguments, spec: CommandSpec, language: Language) throws(CommandFailure) {
        self.language = language
        func usage(_ message: Message) -> CommandFailure { .usage(message, spec, language: language) }
        let unit = arguments.value("unit").map(Text.name)
        guard unit != "" else { throw usage(Messages.unitMustName) }
        let yearText = arguments.value("year")
        let year = yearText.flatMap(Self.year)
        if let yearText, year == nil { throw usage(Messages.invalidYear(yearText)) }
        let reference = arguments.value("framework") ?? Self.defaultFramework
        let framework = try FrameworkReference(reference).open(language: language)
        output = arguments.value(CommandSpec.output.name)
        let builtIn = FrameworkStore.builtIns.contains { $0.id == reference }
        request = TableImport.Request(
            unit: unit, year: year, framework: framework,
            frameworkReference: builtIn ? reference : Self.reference(toFile: reference, from: output))
        request.frameworkGiven = arguments.value("framework") != nil
        request.district = arguments.value("district").map(Text.name).flatMap { $0.isEmpty ? nil : $0 }
        request.province = arguments.value("province").map(Text.name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A whole year from 1900 to 2200 written in digits, or nil.
    static func year(_ text: String) -> Int? {
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(text), (1900...2200).contains(year)
        else { return nil }
        return year
    }

    /// The `framework` field for a framework file: the scorecard resolves it from its own folder.
    static func reference(toFile path: String, from output: String?) -> String {
        var reference = path
        if !path.hasPrefix("/"), let output, let relative = Path.relative(path, from: Path.directory(of: output)) {
            reference = relative
        }
        // Without a slash or `.json` the field would be taken for a built-in id.
        return reference.contains("/") || reference.hasSuffix(".json") ? reference : "./" + reference
    }
}
