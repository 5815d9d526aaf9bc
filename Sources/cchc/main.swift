import CCHCKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// A closed pipe (`cchc score F | head -1`) is not worth a crash report: ignore SIGPIPE and
// treat EPIPE on a write as the reader having gone away.
signal(SIGPIPE, SIG_IGN)

let language = Terminal.language
let output = Output(language: language)
let environment = CCHCKit.Environment(
    color: Terminal.wantsColor, outputIsTerminal: Terminal.outputIsTerminal, language: language,
    partial: output.part)
let outcome = Tool.run(Array(CommandLine.arguments.dropFirst()), environment: environment)
output.write(outcome)
exit(max(outcome.code.rawValue, output.code))
