import CCHCKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard streams.
enum Terminal {
    /// Colour only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    static var wantsColor: Bool {
        guard isatty(1) == 1, getenv("NO_COLOR") == nil else { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// The language `CCHC_LANG` asks for (`vi` or `en`); Vietnamese when unset or unknown. Only
    /// the executable reads the environment: the library is told.
    static var language: Language {
        guard let value = getenv("CCHC_LANG") else { return .vi }
        return Language(rawValue: String(cString: value).lowercased()) ?? .vi
    }

    /// Standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(1) == 1 }

    /// Writes all of `bytes` to a file descriptor.
    ///
    /// - Returns: `false` when the write failed for a reason other than a closed pipe (a full
    ///   disk, say), after saying so on standard error.
    static func write(_ bytes: [UInt8], to fd: Int32, language: Language) -> Bool {
        guard let code = OutputFile.writeAll(bytes, to: fd) else { return true }
        if code == EPIPE { return true }
        if fd != 2 {
            let reason = code == EBADF ? Messages.outputClosed.text(language) : String(cString: strerror(code))
            _ = write(Array((Messages.cannotWriteOutput(reason).text(language) + "\n").utf8), to: 2, language: language)
        }
        return false
    }
}
