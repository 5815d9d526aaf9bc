/// What a command accepts, used both to parse its arguments and to print its help.
public struct CommandSpec: Sendable {
    /// An option: a flag, or a name with a value.
    public struct Option: Sendable {
        /// Long name without dashes: `stage` for `--stage`.
        public var name: String
        public var short: Character?
        /// The value's placeholder (`stage` for `--stage <stage>`), or `nil` for a flag.
        public var value: String?
        /// The values allowed, when they are a fixed set.
        public var choices: [String]
        public var help: Message
        /// The command cannot run without it (`--unit <name>` of `import`); only options with a value.
        public var required: Bool
        /// Its value names a file the command reads, which `-o` never writes over.
        public var namesInput: Bool

        public init(
            _ name: String, short: Character? = nil, value: String? = nil, choices: [String] = [],
            required: Bool = false, namesInput: Bool = false,
            help: Message
        ) {
            self.namesInput = namesInput
            self.name = name
            self.short = short
            self.value = value
            self.choices = choices
            self.required = required
            self.help = help
        }
    }

    /// A positional argument.
    public struct Argument: Sendable {
        public var name: String
        public var help: Message
        /// Takes one or more values.
        public var variadic = false
        /// May be left out.
        public var optional = false
    }

    /// Words after `cchc`: `score`, `framework show`.
    public var name: String
    public var abstract: Message
    public var arguments: [Argument]
    public var options: [Option]
    public var discussion: Message?

    static let help = Option("help", short: "h", help: Messages.Help.help)
    /// `-o FILE`, which every command takes: the one place that writes a result to a file.
    static let output = Option("output", short: "o", value: "file", help: Messages.Help.anyOutput)
    static let force = Option("force", help: Messages.Help.force)

    /// The command's options, then those every command takes.
    var allOptions: [Option] { options + [Self.output, Self.force] }

    /// The usage line: `cchc score <file> [--stage <stage>] [--detail]`.
    public var usage: String {
        var parts = ["cchc", name]
        for a in arguments {
            let word = a.variadic ? "<\(a.name)> ..." : "<\(a.name)>"
            parts.append(a.optional ? "[\(word)]" : word)
        }
        for o in allOptions {
            let word = o.value.map { "--\(o.name) <\($0)>" } ?? "--\(o.name)"
            parts.append(o.required ? word : "[\(word)]")
        }
        return parts.joined(separator: " ")
    }

    /// The full help text in a language, laid out as swift-argument-parser does.
    public func helpText(_ language: Language) -> String {
        let heading = Messages.Heading.self
        var out = Self.paragraph("\(heading.overview.text(language)): \(abstract.text(language))")
        if let discussion { out += "\n" + Self.paragraph(discussion.text(language)) }
        out += "\n" + Self.usageLines(heading.usage.text(language) + ": ", usage)
        if !arguments.isEmpty {
            out += "\n\(heading.arguments.text(language)):\n"
            for a in arguments { out += Self.item("<\(a.name)>", a.help.text(language)) }
        }
        out += "\n\(heading.options.text(language)):\n"
        for o in allOptions + [Self.help] {
            var label = o.short.map { "-\($0), " } ?? ""
            label += "--\(o.name)" + (o.value.map { " <\($0)>" } ?? "")
            out += Self.item(label, o.help.text(language))
        }
        return out
    }

    /// Text wrapped to 80 columns.
    static func paragraph(_ text: String) -> String { Text.wrap(text, width: 80).joined(separator: "\n") + "\n" }

    /// `heading` then the text wrapped to 100 columns (the widest line `cchc` writes),
    /// continuation lines under the text's start.
    static func hanging(_ heading: String, _ text: String) -> String {
        let indent = Text.width(heading)
        let pad = String(repeating: " ", count: indent)
        return heading + Text.wrap(text, width: 100 - indent).joined(separator: "\n" + pad) + "\n"
    }

    /// A usage line under its heading, wrapped to 80 columns between its words and never inside
    /// one (`[--by <group>]`, `--unit <name>` and `<file> ...` stay whole).
    static func usageLines(_ heading: String, _ usage: String) -> String {
        var words: [String] = []
        for token in usage.split(separator: " ").map(String.init) {
            if let last = words.last,
                last.filter({ $0 == "[" }).count > last.filter({ $0 == "]" }).count || token == "..."
                    || (token.hasPrefix("<") && last.hasPrefix("--"))
            {
                words[words.count - 1] += " " + token
            } else {
                words.append(token)
            }
        }
        let indent = Text.width(heading)
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty, indent + Text.width(line) + 1 + Text.width(word) > 80 {
                lines.append(line)
                line = word
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return heading + lines.joined(separator: "\n" + String(repeating: " ", count: indent)) + "\n"
    }

    /// One help row: the label in a 24-column field, the text wrapped beside it.
    static func item(_ label: String, _ help: String) -> String {
        let lines = Text.wrap(help, width: 54)
        var out = "  " + label
        if label.count + 2 >= 26 {
            out += "\n" + String(repeating: " ", count: 26)
        } else {
            out += String(repeating: " ", count: 24 - label.count)
        }
        out += lines.joined(separator: "\n" + String(repeating: " ", count: 26)) + "\n"
        return out
    }
}

/// A command line that is wrong: unknown option, missing argument. Exit 64.
public struct UsageError: Error, Sendable {
    public var message: Message
}

/// The parsed words of one command.
public struct ParsedArguments: Sendable {
    public var positionals: [String] = []
    public var values: [String: String] = [:]
    public var flags: Set<String> = []
    /// `--help` or `-h` was given.
    public var helpRequested = false

    public func value(_ name: String) -> String? { values[name] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}

extension CommandSpec {
    /// Parses `--flag`, `--name value`, `--name=value`, `-h`, and `--` (everything after it is
    /// positional); `-` alone is a positional (standard input).
    public func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var optionsEnded = false
        while i < words.count {
            let word = words[i]
            i += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                parsed.positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            if word == "--help" || word == "-h" {
                parsed.helpRequested = true
                continue
            }
            var name: String
            var inline: String?
            if word.hasPrefix("--") {
                name = String(word.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
            } else {
                guard word.count == 2, let short = word.last, let o = allOptions.first(where: { $0.short == short })
                else {
                    throw UsageError(message: Messages.unknownOption(word))
                }
                name = o.name
            }
            guard let option = allOptions.first(where: { $0.name == name }) else {
                let hint = Suggestion.nearest(to: name, in: allOptions.map(\.name) + ["help"], maxDistance: 2)
                throw UsageError(
                    message: Messages.unknownOption("--" + name)
                        + (hint.map { Messages.didYouMeanWord("--" + $0) } ?? .none))
            }
            guard let placeholder = option.value else {
                if inline != nil { throw UsageError(message: Messages.takesNoValue(name)) }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else if i < words.count {
                value = words[i]
                i += 1
            } else {
                let given = word.hasPrefix("--") ? "--\(name)" : word
                throw UsageError(message: Messages.missingValue(given, placeholder: placeholder))
            }
            if !option.choices.isEmpty, !option.choices.contains(value) {
                throw UsageError(message: Messages.invalidChoice(value, option: name, choices: option.choices))
            }
            parsed.values[name] = value
        }
        if parsed.helpRequested { return parsed }
        if let missing = options.first(where: { $0.required && parsed.values[$0.name] == nil }) {
            throw UsageError(message: Messages.missingOption(missing.name, placeholder: missing.value ?? missing.name))
        }
        let required = arguments.filter { !$0.optional }
        if parsed.positionals.count < required.count, let missing = required.dropFirst(parsed.positionals.count).first {
            throw UsageError(message: Messages.missingArgument(missing.name))
        }
        if !(arguments.last?.variadic ?? false), parsed.positionals.count > arguments.count {
            throw UsageError(message: Messages.unexpectedArgument(parsed.positionals[arguments.count]))
        }
        return parsed
    }
}
