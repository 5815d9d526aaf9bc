#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Path {
    /// `target` written relative to `folder` (`../frameworks/x.json`), both resolved through the
    /// file system; nil when either does not exist.
    static func relative(_ target: String, from folder: String) -> String? {
        guard let to = real(target), let from = real(folder.isEmpty ? "." : folder) else { return nil }
        let t = to.split(separator: "/")
        let f = from.split(separator: "/")
        var common = 0
        while common < t.count, common < f.count, t[common] == f[common] { common += 1 }
        let up = Array(repeating: "..", count: f.count - common)
        return (up + t[common...].map(String.init)).joined(separator: "/")
    }

    /// The absolute path with links and `..` resolved, or nil when it does not exist.
    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
