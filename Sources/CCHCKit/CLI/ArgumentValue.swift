/// A value an option takes, read from its word on the command line: the words allowed, the
/// parse and the help come from one declaration (swift-argument-parser's
/// `ExpressibleByArgument`), so that a command asks for `arguments.value(SharedOptions.stage)`
/// and gets a `Stage`, never a string key that could be misspelt.
protocol ArgumentValue {
    /// The words allowed, in the order help lists them (the default first).
    static var argumentWords: [String] { get }
    /// The value of a word, or `nil` when it is not one of `argumentWords`.
    init?(argument: String)
}

extension ArgumentValue where Self: RawRepresentable, Self.RawValue == String, Self: CaseIterable {
    static var argumentWords: [String] { allCases.map(\.rawValue) }
    init?(argument: String) { self.init(rawValue: argument) }
}

extension Stage: ArgumentValue {
    /// The default stage, `final`, first.
    static var argumentWords: [String] { allCases.reversed().map(\.rawValue) }
}

extension Language: ArgumentValue {}
extension OutputFormat: ArgumentValue {}

extension CommandSpec.Option {
    /// An option whose value is one of a type's words.
    init<Value: ArgumentValue>(
        _ name: String, value placeholder: String, of type: Value.Type, words: [String]? = nil, help: Message
    ) {
        self.init(name, value: placeholder, choices: words ?? Value.argumentWords, help: help)
    }
}

extension ParsedArguments {
    /// The typed value given to an option, or `nil` when it was not given. The parser has
    /// already refused a word outside the option's choices.
    func value<Value: ArgumentValue>(_ option: CommandSpec.Option, as type: Value.Type = Value.self) -> Value? {
        value(option.name).flatMap(Value.init(argument:))
    }
}
