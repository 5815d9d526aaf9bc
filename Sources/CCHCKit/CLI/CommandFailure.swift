/// Why a command stops: the messages to print on standard error and the exit code they carry.
/// A command throws it from wherever it finds the problem, and `Tool` prints it and exits with
/// its code, in one place, instead of each command building a failing `Outcome`. What the
/// command had printed before throwing is dropped: a failure carries every message it needs.
struct CommandFailure: Error {
    var code: ExitCode
    /// The messages, in the output's language, each ending with a newline.
    var text: String

    /// An input that could not be read or is invalid (exit 2), with what is wrong with it.
    /// Standard input named twice (`rank - -`, `import - --lost -`).
    static func stdinTwice(_ language: Language) -> CommandFailure {
        CommandFailure(code: .invalidInput, text: "\(SourceFile.stdinName): \(Messages.stdinTwice.text(language))\n")
    }

    static func invalidInput(_ diagnostics: [Diagnostic]) -> CommandFailure {
        CommandFailure(code: .invalidInput, text: diagnostics.map { $0.description + "\n" }.joined())
    }

    /// An import that wrote nothing (exit 2): its messages, and after several errors the line
    /// saying how many and that nothing was written. A single error is one line: the error
    /// alone says what is wrong, and an import with an error never writes.
    static func nothingWritten(_ diagnostics: [Diagnostic], oneTable: Bool = false, language: Language)
        -> CommandFailure
    {
        var failure = invalidInput(diagnostics)
        let errors = Diagnostic.errorCount(diagnostics)
        if errors > 1 {
            failure.text += Messages.nothingWritten(errors: errors, oneTable: oneTable).text(language) + "\n"
        }
        return failure
    }

    /// A wrong command line (exit 64): the message, the usage line and where to read more.
    static func usage(_ message: Message, _ spec: CommandSpec, language: Language) -> CommandFailure {
        CommandFailure(
            code: .usage,
            text: Messages.usageError(message, usage: spec.usage, help: "cchc \(spec.name) --help").text(language))
    }
}

extension Outcome {
    /// Adds a failure's messages and raises the exit code to its.
    mutating func fail(_ failure: CommandFailure) {
        printError(failure.text)
        raise(to: failure.code)
        failed = true
    }
}
