/// What running a command produced: bytes for standard output and standard error, in the order
/// they were produced, and the exit code. The executable writes them out; tests read them.
public struct Outcome: Sendable {
    /// The two output streams.
    public enum Stream: Sendable { case out, err }

    /// The bytes in the order written, so that a file's messages stay beside its result line.
    public private(set) var chunks: [(stream: Stream, bytes: [UInt8])] = []
    public var code: ExitCode = .success
    /// What the output holds (`62 criteria, 12 deductions`), said when it is written to a file.
    var summary: String?

    public init() {}

    /// All the bytes that go to a stream.
    public func bytes(_ stream: Stream) -> [UInt8] { chunks.filter { $0.stream == stream }.flatMap(\.bytes) }
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
    /// Takes a long command's output while it runs (`check` over many files), part after part
    /// in order, with how far the run has got; the outcome returned then holds only what comes
    /// after the last part. Without it, all the output comes back in the outcome.
    public var partial: (@Sendable (Outcome, RunProgress) -> Void)?

    public init(
        color: Bool = false, outputIsTerminal: Bool = false, partial: (@Sendable (Outcome, RunProgress) -> Void)? = nil
    ) {
        self.color = color
        self.outputIsTerminal = outputIsTerminal
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
        switch language {
        case .vi: return "\(done)/\(total) tệp, \(invalid) không hợp lệ"
        case .en: return "\(done)/\(total) files, \(invalid) invalid"
        }
    }
}

/// The `cchc` command line: finds the command, parses its words, runs it.
public enum Tool {
    public static let version = "0.1.0"

    /// Every command, in the order help lists them.
    static var commands: [any Command.Type] {
        [
            ScoreCommand.self, DiffCommand.self, CheckCommand.self, RankCommand.self, TrendCommand.self,
            ImportCommand.self, InitCommand.self, FrameworksCommand.self, FrameworkShowCommand.self,
            FrameworkImportCommand.self,
        ]
    }

    static let overview = """
        OVERVIEW: Computes a commune's administrative reform index (Chỉ số cải cách hành
        chính, the PAR Index) exactly, and tells where the points went.

        USAGE: cchc <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:

        """

    /// Runs one command line (the words after `cchc`).
    public static func run(_ words: [String], environment: Environment = Environment()) -> Outcome {
        var outcome = Outcome()
        guard let first = words.first else {
            return usageError("missing subcommand", usage: "cchc <subcommand>", help: "cchc --help")
        }
        switch first {
        case "--version":
            outcome.print("cchc \(version)\n")
            return outcome
        case "--help", "-h":
            outcome.print(rootHelp)
            return outcome
        case "help":
            let topic = words.dropFirst().joined(separator: " ")
            if topic.isEmpty {
                outcome.print(rootHelp)
            } else if let command = commands.first(where: { $0.spec.name == topic }) {
                outcome.print(command.spec.helpText)
            } else if topic == "framework" {
                // The group has one subcommand: its help is the group's.
                outcome.print(FrameworkShowCommand.spec.helpText)
            } else {
                return usageError("unknown subcommand '\(topic)'", usage: "cchc help <subcommand>", help: "cchc --help")
            }
            return outcome
        case "framework" where words.count == 2 && (words[1] == "--help" || words[1] == "-h"):
            outcome.print(FrameworkShowCommand.spec.helpText)
            return outcome
        default:
            break
        }
        // Commands of two words (`framework show`) before commands of one.
        let byLength = commands.sorted { $0.spec.name.count > $1.spec.name.count }
        guard
            let command = byLength.first(where: { type in
                let name = type.spec.name.split(separator: " ").map(String.init)
                return Array(words.prefix(name.count)) == name
            })
        else {
            if first == "framework" {
                return usageError(
                    "missing or unknown subcommand after 'framework'", usage: FrameworkShowCommand.spec.usage,
                    help: "cchc framework show --help")
            }
            let hint = Suggestion.nearest(to: first, in: commands.map { $0.spec.name } + ["help"], maxDistance: 2)
            return usageError(
                "unknown subcommand '\(first)'" + (hint.map { " (did you mean '\($0)'?)" } ?? ""),
                usage: "cchc <subcommand>", help: "cchc --help")
        }
        let spec = command.spec
        let rest = Array(words.dropFirst(spec.name.split(separator: " ").count))
        do {
            let parsed = try spec.parse(rest)
            if parsed.helpRequested {
                outcome.print(spec.helpText)
                return outcome
            }
            guard let target = parsed.value(CommandSpec.output.name) else {
                return command.run(parsed, environment: environment)
            }
            return run(command, parsed, writingTo: target)
        } catch {
            return usageError(error.message, usage: spec.usage, help: "cchc \(spec.name) --help")
        }
    }

    /// Runs a command whose result goes to `-o FILE`: the file is refused before any work
    /// (an input, a folder, an existing file without `--force`), and written whole, atomically,
    /// only when the command did not fail on its input (nothing wrong is ever written).
    static func run(_ command: any Command.Type, _ parsed: ParsedArguments, writingTo target: String) -> Outcome {
        let force = parsed.flag(CommandSpec.force.name)
        let inputs =
            parsed.positionals
            + command.spec.options.filter(\.namesInput).compactMap { parsed.value($0.name) }
        var outcome = Outcome()
        do {
            try OutputFile.check(target, force: force, inputs: inputs)
        } catch {
            outcome.report([error.diagnostic])
            outcome.code = .invalidInput
            return outcome
        }
        // A file gets no terminal colour.
        outcome = command.run(parsed, environment: Environment(color: false))
        let bytes = outcome.takeOutput()
        guard outcome.code < .invalidInput else { return outcome }
        do {
            try OutputFile.write(bytes, to: target, force: force, inputs: inputs)
            if let summary = outcome.summary { outcome.printError("\(target): written (\(summary))\n") }
        } catch {
            outcome.report([error.diagnostic])
            outcome.raise(to: .invalidInput)
        }
        return outcome
    }

    static var rootHelp: String {
        var out = overview
        for c in commands { out += CommandSpec.item(c.spec.name, c.spec.abstract) }
        out += CommandSpec.item("help", "Show help for a subcommand.")
        out += "\n  See 'cchc help <subcommand>' for detailed help.\n"
        return out
    }

    static func usageError(_ message: String, usage: String, help: String) -> Outcome {
        var outcome = Outcome()
        outcome.printError("Error: \(message)\nUsage: \(usage)\n  See '\(help)' for more information.\n")
        outcome.code = .usage
        return outcome
    }
}

/// One subcommand: its spec and what it does with parsed arguments.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome
}

extension Outcome {
    /// Adds messages to standard error, one per line.
    mutating func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { printError(d.description + "\n") }
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
        "lang", value: "lang", of: Language.self,
        help: "Language of the output: vi (default, points written 89,75) or en (89.75).")
    static let stage = CommandSpec.Option(
        "stage", value: "stage", of: Stage.self,
        help: "The stage that drives the band and the lost list: final (default, the council chair's), "
            + "appraised or self.")
    static let framework = CommandSpec.Option(
        "framework", value: "file", namesInput: true,
        help: "A framework file (or built-in id) to use instead of the scorecard's own.")

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
                Tool.usageError("'--format \(format.rawValue)' cannot write this report", usage: spec.usage, help: help)
            )
            return
        }
        if format.isBinary && environment.outputIsTerminal && arguments.value(CommandSpec.output.name) == nil {
            outcome.append(
                Tool.usageError(
                    "'--format \(format.rawValue)' writes a binary file: give '-o FILE' or redirect standard output",
                    usage: spec.usage, help: help))
            return
        }
        outcome.write(format.writer.write(document, options: WriterOptions(style: TextStyle(color: environment.color))))
    }

    static func format(_ a: ParsedArguments) -> OutputFormat { a.value(format(for: .score)) ?? .text }
    static func language(_ a: ParsedArguments) -> Language { a.value(lang) ?? .vi }
    /// The `--stage` given, or the framework's last stage (`final` for most).
    static func stage(_ a: ParsedArguments, for framework: Framework? = nil) -> Stage {
        a.value(stage) ?? framework?.stages.last ?? .final
    }
}
