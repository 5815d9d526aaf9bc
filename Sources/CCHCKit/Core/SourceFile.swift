#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read.
public struct FileError: Error, Sendable {
    /// The path as given.
    public var path: String
    /// What went wrong, as a lower-case fragment: `no such file`, `is a folder`.
    public var message: Message

    /// The file's line for a message: `FILE: message`.
    public func diagnostic(_ language: Language) -> Diagnostic {
        Diagnostic(.error, file: path, message: message, language: language)
    }
}

/// Reading input files whole, with a size limit checked before the file is read whole.
public enum SourceFile {
    /// No scorecard or framework comes near this; a larger file is refused unread.
    public static let maxSize = 16 * 1024 * 1024

    /// How messages name standard input.
    public static let stdinName = "<stdin>"

    /// Reads a file (or standard input for `-`), refusing folders and files over `maxSize`.
    ///
    /// - Parameter plainFileOnly: refuse devices, pipes and sockets too, without waiting on
    ///   them: for a path named inside a file (a scorecard's framework), which must not make
    ///   `cchc` read a terminal or hang on a named pipe.
    public static func read(_ path: String, plainFileOnly: Bool = false) throws(FileError) -> SourceText {
        let fd = path == "-" ? 0 : posixOpen(path, nonBlocking: plainFileOnly)
        guard fd >= 0 else { throw FileError(path: path == "-" ? stdinName : path, message: describe(errno)) }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        var bytes: [UInt8] = []
        if fstat(fd, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                throw FileError(path: path == "-" ? stdinName : path, message: Messages.isFolder)
            }
            if plainFileOnly, info.st_mode & S_IFMT != S_IFREG {
                throw FileError(
                    path: path == "-" ? stdinName : path, message: Messages.notPlainFile)
            }
            if info.st_mode & S_IFMT == S_IFREG {
                if Int(info.st_size) > maxSize {
                    throw FileError(path: path == "-" ? stdinName : path, message: tooLarge(Int(info.st_size)))
                }
                bytes.reserveCapacity(Int(info.st_size) + 1)
            }
        }
        // Read in chunks up to the limit, so a pipe or a growing file cannot exhaust memory either.
        let chunk = 1 << 16
        while true {
            let got = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunk) { buffer in
                let n = posixRead(fd, buffer.baseAddress, chunk)
                if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
                return n
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path == "-" ? stdinName : path, message: describe(errno))
            }
            if bytes.count > maxSize { throw FileError(path: path == "-" ? stdinName : path, message: tooLarge(nil)) }
        }
        return SourceText(name: path == "-" ? stdinName : path, bytes: bytes)
    }

    private static func tooLarge(_ size: Int?) -> Message {
        Messages.tooLarge(sizeMiB: size.map { $0 / (1024 * 1024) }, limitMiB: maxSize / (1024 * 1024))
    }

    private static func describe(_ code: Int32) -> Message {
        switch code {
        case ENOENT: return Messages.noSuchFile
        case EACCES: return Messages.permissionDenied
        case EISDIR: return Messages.isFolder
        case ENOTDIR: return Messages.pathNotFolder
        default:
            guard let text = strerror(code) else { return Messages.cannotRead(code: code) }
            return Messages.cannotRead(String(cString: text).lowercased())
        }
    }
}

// At file scope, so that `open` and `read` mean the C functions and not `SourceFile.read`.
private func posixOpen(_ path: String, nonBlocking: Bool) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC | (nonBlocking ? O_NONBLOCK : 0))
}
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
