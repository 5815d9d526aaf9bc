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

let environment = CCHCKit.Environment(color: Terminal.wantsColor, outputIsTerminal: Terminal.outputIsTerminal)
let outcome = Tool.run(Array(CommandLine.arguments.dropFirst()), environment: environment)
var code = outcome.code.rawValue
var outputOpen = true
for (stream, bytes) in outcome.chunks {
    if stream == .err {
        _ = Terminal.write(bytes, to: 2)
    } else if outputOpen, !Terminal.write(bytes, to: 1) {
        outputOpen = false
        code = max(code, 1)
    }
}
exit(code)
