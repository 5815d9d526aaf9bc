#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing an output file whole and atomically: the text goes to a temporary file beside the
/// target, which then takes the target's name, so a reader never sees half a file.
public enum OutputFile {
    /// Refuses a target before any work is done: a folder, an input of the command, or (without
    /// `force`) an existing regular file. A device or a pipe (`/dev/null`) is accepted as it is.
    ///
    /// - Throws: `FileError` naming `path`.
    public static func check(_ path: String, force: Bool, inputs: [String] = []) throws(FileError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR { throw FileError(path: path, message: Messages.isFolder) }
        for input in inputs where input != "-" && sameFile(input, info) {
            throw FileError(path: path, message: Messages.isInput)
        }
        if !force, info.st_mode & S_IFMT == S_IFREG { throw existsError(path) }
    }

    /// Writes `text` to `path` (see the other `write`).
    public static func write(_ text: String, to path: String, force: Bool, inputs: [String] = []) throws(FileError) {
        try write(Array(text.utf8), to: path, force: force, inputs: inputs)
    }

    /// Writes `bytes` to `path`: a regular file through a temporary file beside it that then
    /// takes its name, so a reader never sees half a file; a device or a pipe (`/dev/null`)
    /// directly, since renaming over it would replace the device.
    ///
    /// - Parameters:
    ///   - force: replace an existing regular file; without it an existing file is left as it
    ///     is, even one that appears between the check and the write.
    ///   - inputs: files the command reads, never to be written to, whatever `force` says.
    /// - Throws: `FileError` naming `path`: it exists, it is an input, or it cannot be written.
    public static func write(_ bytes: [UInt8], to path: String, force: Bool, inputs: [String] = []) throws(FileError) {
        try check(path, force: force, inputs: inputs)
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists, info.st_mode & S_IFMT != S_IFREG {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { throw FileError(path: path, message: describe(errno)) }
            defer { close(fd) }
            try writeAll(bytes, to: fd, path: path)
            return
        }
        let temporary = try temporaryFile(beside: path)
        defer { if temporary.fd >= 0 { close(temporary.fd) } }
        do {
            try writeAll(bytes, to: temporary.fd, path: path)
            // Keep the permissions of a file being replaced; a new file is readable by all.
            fchmod(temporary.fd, exists ? info.st_mode & 0o7777 : 0o644)
            fsync(temporary.fd)
            try publish(temporary.path, as: path, force: force)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Whether a path names an existing file, folders included.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    private static func existsError(_ path: String) -> FileError {
        FileError(path: path, message: Messages.existsUseForce)
    }

    private static func sameFile(_ other: String, _ info: stat) -> Bool {
        var o = stat()
        return stat(other, &o) == 0 && o.st_dev == info.st_dev && o.st_ino == info.st_ino
    }

    private static func temporaryFile(beside path: String) throws(FileError) -> (fd: Int32, path: String) {
        let folder = Path.directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? "output"
        var template = Array((folder + "." + name + ".cchc-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw FileError(path: path, message: describe(errno)) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (fd, temporary)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileError) {
        if let code = writeAll(bytes, to: fd) { throw FileError(path: path, message: describe(code)) }
    }

    /// Writes every byte to a file descriptor, going on after interrupted and partial writes.
    ///
    /// - Returns: `nil` when all was written, else the `errno` that stopped it.
    public static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buffer in
                posixWrite(fd, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += n
        }
        return nil
    }

    /// Gives the temporary file its final name: `rename` replaces, `link` refuses an existing file.
    private static func publish(_ temporary: String, as path: String, force: Bool) throws(FileError) {
        if force {
            guard rename(temporary, path) == 0 else { throw FileError(path: path, message: describe(errno)) }
            return
        }
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let code = errno
        if code == EEXIST { throw existsError(path) }
        // Some file systems have no hard links; there the check before writing has to do.
        guard !exists(path), rename(temporary, path) == 0 else {
            throw exists(path) ? existsError(path) : FileError(path: path, message: describe(code))
        }
    }

    private static func describe(_ code: Int32) -> Message {
        switch code {
        case ENOENT: return Messages.cannotWriteNoFolder
        case EACCES, EPERM: return Messages.cannotWritePermission
        case ENOSPC: return Messages.cannotWriteNoSpace
        case EROFS: return Messages.cannotWriteReadOnly
        default:
            guard let text = strerror(code) else { return Messages.cannotWrite(code: code) }
            return Messages.cannotWrite(String(cString: text).lowercased())
        }
    }
}

// At file scope, so that `write` means the C function and not `OutputFile.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafePointer<UInt8>?, _ count: Int) -> Int { write(fd, buffer, count) }
