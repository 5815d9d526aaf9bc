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

    /// Writes all of `text` to a file descriptor.
    ///
    /// - Returns: `false` when the write failed for a reason other than a closed pipe (a full
    ///   disk, say), after saying so on standard error.
    static func write(_ text: String, to fd: Int32) -> Bool {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                posixWrite(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { return true }
                if fd != 2 {
                    let reason = errno == EBADF ? "standard output is closed" : String(cString: strerror(errno))
                    let message = "cchc: cannot write the output: \(reason)\n"
                    _ = write(message, to: 2)
                }
                return false
            }
            written += n
        }
        return true
    }
}

// At file scope, so that `write` means the C function and not `Terminal.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
