/// What running a command produced: bytes for standard output and standard error, in the order
/// they were produced, and the exit code. The executable writes them out; tests read them.
public struct Outcome: Sendable {
    /// The two output streams.
    public enum Stream: Sendable { case out, err }

    /// The bytes in the order written, so that a file's messages stay beside its result line.
    public private(set) var chunks: [(stream: Stream, bytes: [UInt8])] = []
    public var code: ExitCode = .success
    /// The command stopped on a `CommandFailure`: it has no result, and `-o` writes nothing.
    var failed = false
    /// What the output holds (`62 criteria, 12 deductions`), said when it is written to a file.
    var summary: Message?

    public init() {}

    /// All the bytes that go to a stream.
    public func bytes(_ stream: Stream) -> [UInt8] {
        // Copied once into room made for them all: `check` gathers a batch of files' lines here.
        var count = 0
        for chunk in chunks where chunk.stream == stream { count += chunk.bytes.count }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for chunk in chunks where chunk.stream == stream { bytes += chunk.bytes }
        return bytes
    }
    /// All that goes to standard output, as text.
    public var stdout: String { String(decoding: bytes(.out), as: UTF8.self) }
    /// All that goes to standard error, as text.
    public var stderr: String { String(decoding: bytes(.err), as: UTF8.self) }

    /// Adds text for standard output.
    mutating func print(_ text: String) { chunks.append((.out, Array(text.utf8))) }
    /// Adds bytes for standard output: a rendered report, whatever its format.
    mutating func write(_ bytes: [UInt8]) { chunks.append((.out, bytes)) }
    /// Adds text for standard error.
    mutating func printError(_ text: String) { chunks.append((.err, Array(text.utf8))) }

    /// Takes standard output's bytes out of the outcome (to write them to a file instead).
    mutating func takeOutput() -> [UInt8] {
        let out = bytes(.out)
        chunks.removeAll { $0.stream == .out }
        return out
    }
}

/// The exit codes of SPEC §4, in one place.
public enum ExitCode: Int32, Sendable, Comparable {
    /// Done; for `check`, every file is ok.
    case success = 0
    /// `check` found a wrong file or total; `diff --exit-code` found a difference.
    case failure = 1
    /// An input file could not be read or is invalid.
    case invalidInput = 2
    /// The command line is wrong (EX_USAGE).
    case usage = 64

    public static func < (a: ExitCode, b: ExitCode) -> Bool { a.rawValue < b.rawValue }
}

/// What the tool needs to know about where it runs.
public struct Environment: Sendable {
    /// Standard output is a terminal and colour is not turned off (`NO_COLOR`, `TERM=dumb`).
    public var color: Bool
    /// Standard output is a terminal: no place for the bytes of a workbook.
    public var outputIsTerminal: Bool
    /// The output's language: `CCHC_LANG` as the executable read it, then `--lang` once parsed.
    public var language: Language
    /// Takes a long command's output while it runs (`check` over many files), part after part
    /// in order, with how far the run has got; the outcome returned then holds only what comes
    /// after the last part. Without it, all the output comes back in the outcome.
    public var partial: (@Sendable (Outcome, RunProgress) -> Void)?

    public init(
        color: Bool = false, outputIsTerminal: Bool = false, language: Language = .vi,
        partial: (@Sendable (Outcome, RunProgress) -> Void)? = nil
    ) {
        self.color = color
        self.outputIsTerminal = outputIsTerminal
        self.language = language
        self.partial = partial
    }
}

/// How far a run over many files has got, for a progress line.
public struct RunProgress: Sendable {
    public var done: Int
    public var total: Int
    /// Files found invalid so far.
    public var invalid: Int
    public var language: Language

    /// `1200/10000 tệp, 3 không hợp lệ`.
    public var line: String {
        Messages.progress(done: done, total: total, invalid: invalid).text(language)
    }
}

/// The `cchc` command line: finds the command, parses its words, runs it.
public enum Tool {
    public static let version = "0.1.0"

    /// The commands of one word, in the order help lists them.
    static var commands: [any Command.Type] {
        [
            ScoreCommand.self, DiffCommand.self, CheckCommand.self, RankCommand.self, TrendCommand.self,
            ImportCommand.self, InitCommand.self, FrameworksCommand.self,
        ]
    }

    /// The groups of subcommands, listed in help after the commands.
    static var groups: [CommandGroup] { [.framework] }

    /// Every command, those of the groups included.
    static var allCommands: [any Command.Type] { commands + groups.flatMap(\.subcommands) }

    /// Runs one command line (the words after `cchc`).
    public static func run(_ line: [String], environment given: Environment = Environment()) -> Outcome {
        var environment = given
        // `--lang` is read before the command is known, and taken out of the line, so that it
        // may stand anywhere (`cchc --lang en score F`, `cchc help score --lang en`) and the
        // usage errors and help obey it too.
        let (languageWords, words) = separateLanguage(line)
        environment.language = language(in: languageWords) ?? given.language
        let language = environment.language
        var outcome = Outcome()
        func usageError(_ message: Message, usage: String, help: String) -> Outcome {
            Tool.usageError(message, usage: usage, help: help, language: language)
        }
        guard let first = words.first else {
            return usageError(Messages.missingSubcommand, usage: "cchc <subcommand>", help: "cchc --help")
        }
        if !languageWords.isEmpty, first == "--version" || first == "--help" || first == "-h" || first == "help" {
            // No command parses the option here: it is checked as a command would check it.
            do {
                _ = try languageSpec.parse(languageWords)
            } catch {
                return usageError(error.message, usage: "cchc <subcommand>", help: "cchc --help")
            }
        }
        switch first {
        case "--version":
            outcome.print("cchc \(version)\n")
            return outcome
        case "--help", "-h":
            outcome.print(rootHelp(language))
            return outcome
        case "help":
            // `help --help` asks for help about help: the overview, as `help help` does.
            let topic = words.dropFirst().filter { $0 != "--help" && $0 != "-h" }.joined(separator: " ")
            if topic.isEmpty || topic == "help" {
                outcome.print(rootHelp(language))
            } else if let command = allCommands.first(where: { $0.spec.name == topic }) {
                outcome.print(command.spec.helpText(language))
            } else if let group = groups.first(where: { $0.name == topic }) {
                outcome.print(group.helpText(language))
            } else {
                return usageError(
                    Messages.unknownSubcommand(topic), usage: "cchc help <subcommand>", help: "cchc --help")
            }
            return outcome
        default:
            break
        }
        var stop = Outcome()
        guard let command = find(words, language: language, stop: &stop) else { return stop }
        let spec = command.spec
        // The command checks `--lang`'s value as any option's.
        let rest = languageWords + Array(words.dropFirst(spec.name.split(separator: " ").count))
        do {
            let parsed = try spec.parse(rest)
            if parsed.helpRequested {
                outcome.print(spec.helpText(language))
                return outcome
            }
            // Standard input can be read once: a second `-` (`rank - -`, `diff - -`) would read
            // an empty file, so the input is refused, for every command that takes files.
            if inputs(of: command, parsed).filter({ $0 == "-" }).count > 1 {
                outcome.fail(.stdinTwice(language))
                return outcome
            }
            guard let target = parsed.value(CommandSpec.output.name) else {
                return command.outcome(parsed, environment: environment)
            }
            return run(command, parsed, environment: environment, writingTo: target)
        } catch {
            return usageError(error.message, usage: spec.usage, help: "cchc \(spec.name) --help")
        }
    }

    /// The command the words name: one of one word, or a subcommand of a group; `nil` when
    /// there is none to run, with what to print instead (a group's help, a usage error) in `stop`.
    static func find(_ words: [String], language: Language, stop: inout Outcome) -> (any Command.Type)? {
        let first = words.first ?? ""
        if let group = groups.first(where: { $0.name == first }) {
            if words.count == 2, words[1] == "--help" || words[1] == "-h" {
                stop.print(group.helpText(language))
                return nil
            }
            let found = group.subcommand(words.dropFirst())
            if let message = found.error {
                stop = usageError(message, usage: group.usage, help: "cchc \(group.name) --help", language: language)
            }
            return found.command
        }
        if let command = commands.first(where: { $0.spec.name == first }) { return command }
        let names = commands.map { $0.spec.name } + groups.map { $0.name } + ["help"]
        let hint = Suggestion.nearest(to: first, in: names, maxDistance: 2)
        stop = usageError(
            Messages.unknownSubcommand(first) + (hint.map(Messages.didYouMeanWord) ?? .none),
            usage: "cchc <subcommand>", help: "cchc --help", language: language)
        return nil
    }

    /// Runs a command whose result goes to `-o FILE`: the file is refused before any work
    /// (an input, a folder, an existing file without `--force`), and written whole, atomically,
    /// only when the command did not fail on its input (nothing wrong is ever written).
    static func run(
        _ command: any Command.Type, _ parsed: ParsedArguments, environment: Environment, writingTo target: String
    ) -> Outcome {
        let language = environment.language
        let force = parsed.flag(CommandSpec.force.name)
        let inputs = inputs(of: command, parsed)
        var outcome = Outcome()
        do {
            try OutputFile.check(target, force: force, inputs: inputs)
        } catch {
            outcome.report([error.diagnostic(language)])
            outcome.code = .invalidInput
            return outcome
        }
        // A file gets no terminal colour.
        outcome = command.outcome(
            parsed, environment: Environment(color: false, outputIsTerminal: false, language: language))
        let bytes = outcome.takeOutput()
        guard outcome.code < .invalidInput, !outcome.failed else { return outcome }
        do {
            try OutputFile.write(bytes, to: target, force: force, inputs: inputs)
            if let summary = outcome.summary {
                outcome.printError("\(target): \(Messages.written(summary).text(language))\n")
            }
        } catch {
            outcome.report([error.diagnostic(language)])
            outcome.raise(to: .invalidInput)
        }
        return outcome
    }

    /// The files a command line names: its arguments, and the values of options naming an input.
    static func inputs(of command: any Command.Type, _ parsed: ParsedArguments) -> [String] {
        parsed.positionals + command.spec.options.filter(\.namesInput).compactMap { parsed.value($0.name) }
    }

    /// Parses `--lang` alone, where no command does (`help`, `--help`, `--version`).
    static let languageSpec = CommandSpec(
        name: "", abstract: Messages.Help.lang, arguments: [], options: [SharedOptions.lang])

    /// The words of `--lang` (`--lang en`, `--lang=en`) before `--`, apart from the others.
    static func separateLanguage(_ words: [String]) -> (language: [String], others: [String]) {
        var language: [String] = []
        var others: [String] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            if word == "--" {
                others += words[i...]
                break
            }
            if word.hasPrefix("--lang=") {
                language.append(word)
            } else if word == "--lang" {
                language += words[i..<min(i + 2, words.count)]
                i += 1
            } else {
                others.append(word)
            }
            i += 1
        }
        return (language, others)
    }

    /// `--lang vi|en` (or `--lang=en`) among the words before `--`, when valid.
    static func language(in words: [String]) -> Language? {
        var found: Language?
        for (i, word) in words.enumerated() {
            if word == "--" { break }
            if word.hasPrefix("--lang="), let l = Language(rawValue: String(word.dropFirst(7))) { found = l }
            if word == "--lang", i + 1 < words.count, let l = Language(rawValue: words[i + 1]) { found = l }
        }
        return found
    }

    static func rootHelp(_ language: Language) -> String {
        let heading = Messages.Heading.self
        var out = CommandSpec.paragraph("\(heading.overview.text(language)): \(Messages.Help.tool.text(language))")
        out += "\n\(heading.usage.text(language)): cchc <subcommand>\n"
        out += "\n\(heading.options.text(language)):\n"
        out += CommandSpec.item("--version", Messages.Help.version.text(language))
        out += CommandSpec.item("-h, --help", Messages.Help.help.text(language))
        out += "\n\(heading.subcommands.text(language)):\n\n"
        for c in allCommands { out += CommandSpec.item(c.spec.name, c.spec.abstract.text(language)) }
        out += CommandSpec.item("help", Messages.Help.helpCommand.text(language))
        out += "\n  \(Messages.Help.seeHelp.text(language))\n"
        return out
    }

    static func usageError(_ message: Message, usage: String, help: String, language: Language) -> Outcome {
        var outcome = Outcome()
        outcome.printError(Messages.usageError(message, usage: usage, help: help).text(language))
        outcome.code = .usage
        return outcome
    }
}

/// One subcommand: its spec and what it does with parsed arguments.
protocol Command {
    static var spec: CommandSpec { get }
    /// Runs the command; a failure it throws is printed and exits with its code by `Tool`.
    static func run(_ arguments: ParsedArguments, environment: Environment) throws(CommandFailure) -> Outcome
}

extension Command {
    /// Runs the command, its failure turned into the outcome that says it.
    static func outcome(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        do {
            return try run(arguments, environment: environment)
        } catch {
            var outcome = Outcome()
            outcome.fail(error)
            return outcome
        }
    }
}

extension Outcome {
    /// Adds messages to standard error, one per line.
    mutating func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { report(d) }
    }

    /// Adds one message's line for standard error.
    mutating func report(_ diagnostic: Diagnostic) {
        var line = diagnostic.line(diagnostic.message)
        line.append(0x0A)
        chunks.append((.err, line))
    }

    /// Adds another outcome's text after this one's, and its exit code if worse.
    mutating func append(_ other: Outcome) {
        chunks += other.chunks
        raise(to: other.code)
    }

    /// Raises the exit code to at least `code`.
    mutating func raise(to code: ExitCode) { self.code = max(self.code, code) }
}

/// Options that several commands share.
enum SharedOptions {
    static let lang = CommandSpec.Option(
        "lang", value: "lang", of: Language.self, help: Messages.Help.lang)
    static let stage = CommandSpec.Option(
        "stage", value: "stage", of: Stage.self, help: Messages.Help.stage)
    /// `--stage` of `rank` and `trend`, whose reports have no lost list.
    static let stageOfTotals = CommandSpec.Option(
        "stage", value: "stage", of: Stage.self, help: Messages.Help.stageOfTotals)
    static let framework = CommandSpec.Option(
        "framework", value: "file", namesInput: true, help: Messages.Help.framework)

    /// `--format` of a report: the registry's formats that can write its kind.
    static func format(for kind: ReportDocument.Kind) -> CommandSpec.Option {
        CommandSpec.Option(
            "format", value: "format", of: OutputFormat.self, words: OutputFormat.choices(for: kind).map(\.rawValue),
            help: OutputFormat.help(for: kind))
    }

    /// Writes a report document in the chosen format. A binary format (xlsx, docx) is refused
    /// when it would land on a terminal, as is a format that cannot write this kind of report
    /// (the Word appendix of `score --by responsible`).
    static func write(
        _ document: ReportDocument, _ arguments: ParsedArguments, spec: CommandSpec, environment: Environment,
        to outcome: inout Outcome
    ) {
        let format = format(arguments)
        let help = "cchc \(spec.name) --help"
        guard format.writer.supports(document.kind) else {
            outcome.append(
                Tool.usageError(
                    Messages.formatCannotWrite(format.rawValue), usage: spec.usage, help: help,
                    language: environment.language))
            return
        }
        if format.isBinary && environment.outputIsTerminal && arguments.value(CommandSpec.output.name) == nil {
            outcome.append(
                Tool.usageError(
                    Messages.binaryOnTerminal(format.rawValue), usage: spec.usage, help: help,
                    language: environment.language))
            return
        }
        outcome.write(format.writer.write(document, options: WriterOptions(style: TextStyle(color: environment.color))))
    }

    static func format(_ a: ParsedArguments) -> OutputFormat { a.value(format(for: .score)) ?? .text }

    /// The `--stage` given, or the framework's last stage (`final` for most).
    static func stage(_ a: ParsedArguments, for framework: Framework? = nil) -> Stage {
        a.value(stage) ?? framework?.stages.last ?? .final
    }
}
