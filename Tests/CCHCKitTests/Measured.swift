import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of the built binary measured from outside: exit status, peak memory and time, read
/// with `wait4` as `/usr/bin/time -v` reads them, with no tool to install.
struct Measured {
    var status: Int32
    /// The signal that ended the process, or 0.
    var signal: Int32
    /// Peak resident memory (`ru_maxrss`), in KiB.
    var peakKiB: Int
    var seconds: Double
    var stdout: String
    var stderr: String

    /// Longer than this is a hang, not a slow machine: the tests assert bounds on memory and
    /// on termination, never speed (speed is measured in Scripts/bench.sh). Under a loaded CI
    /// machine a 15 MiB input through the debug build has taken 21 s; a hang takes forever.
    static let hangLimit = 300.0

    /// Runs `cchc` with `arguments` (absolute paths: tests run in parallel, so the working
    /// folder is not changed), standard input read from `input`, its output kept in `folder`.
    static func run(_ arguments: [String], in folder: String, input: String = "/dev/null") throws -> Measured {
        let out = folder + "/.stdout"
        let err = folder + "/.stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let words = [BinaryTests.binary] + arguments
        let argv = words.map { strdup($0) } + [nil]
        defer { for word in argv { free(word) } }
        let start = DispatchTime.now()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, BinaryTests.binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw MeasureError(message: "posix_spawn failed: \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        // A hang is ended here and fails the test's bound, instead of stopping the whole run.
        let deadline = start.uptimeNanoseconds + UInt64(hangLimit * 1e9)
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            guard done == 0 || errno == EINTR else { throw MeasureError(message: "wait4 failed: \(errno)") }
            if DispatchTime.now().uptimeNanoseconds > deadline { kill(pid, SIGKILL) }
            usleep(2000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Measured(
            status: (status >> 8) & 0xFF, signal: status & 0x7F, peakKiB: usage.ru_maxrss, seconds: seconds,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    struct MeasureError: Error {
        var message: String
    }
}
