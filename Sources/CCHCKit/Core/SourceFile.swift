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
        var buffer: [UInt8] = []
        return try read(path, plainFileOnly: plainFileOnly, reusing: &buffer)
    }

    /// Reads a file into `buffer`'s storage: a command over many files gives each worker one
    /// buffer, hands it to every read and takes it back (`buffer = source.bytes`) once the file is
    /// done, so that a file costs one `read` and no allocation.
    public static func read(
        _ path: String, plainFileOnly: Bool = false, reusing buffer: inout [UInt8]
    ) throws(FileError) -> SourceText {
        let name = path == "-" ? stdinName : path
        let fd = path == "-" ? 0 : posixOpen(path, nonBlocking: plainFileOnly)
        guard fd >= 0 else { throw FileError(path: name, message: describe(errno)) }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        // A plain file's size is known: one read of one byte more than it says tells the end.
        // Anything else (a pipe, a terminal) is read in chunks up to the limit, so that a pipe
        // or a growing file cannot exhaust memory either.
        var want = 1 << 16
        var plain = false
        if fstat(fd, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw FileError(path: name, message: Messages.isFolder) }
            if plainFileOnly, info.st_mode & S_IFMT != S_IFREG {
                throw FileError(path: name, message: Messages.notPlainFile)
            }
            if info.st_mode & S_IFMT == S_IFREG {
                if Int(info.st_size) > maxSize { throw FileError(path: name, message: tooLarge(Int(info.st_size))) }
                want = Int(info.st_size) + 1
                plain = true
            }
        }
        var bytes: [UInt8] = []
        swap(&bytes, &buffer)
        var filled = 0
        while true {
            while bytes.count < filled + want {
                bytes.append(contentsOf: zeros.prefix(filled + want - bytes.count))
            }
            let got = bytes.withUnsafeMutableBytes { all in posixRead(fd, all.baseAddress.map { $0 + filled }, want) }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: name, message: describe(errno))
            }
            filled += got
            if filled > maxSize { throw FileError(path: name, message: tooLarge(nil)) }
            if plain, got < want { break }
            want = 1 << 16
        }
        bytes.removeSubrange(filled...)
        return SourceText(name: name, bytes: bytes)
    }

    /// Room for a read is made by copying from these (a copy of contiguous bytes is one
    /// `memcpy`, where filling element by element is slow in a debug build).
    private static let zeros = [UInt8](repeating: 0, count: 1 << 16)

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
