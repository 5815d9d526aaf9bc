import CCHCKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes what the tool produces to the standard streams as it comes: a long `check` hands over
/// part after part, and when standard error is a terminal and the run has taken over a second,
/// a progress line stands there below the results (never in a pipe or a file).
final class Output: @unchecked Sendable {
    // Called from one thread at a time: the tool's parts come in order, behind its own lock.
    private(set) var code: Int32 = 0
    private var outputOpen = true
    private var progressShown = false
    private var lastDraw = 0.0
    private let start = Output.now()
    private let progressWanted = isatty(2) == 1
    /// The language of the executable's own messages (a write that failed).
    private let language: Language

    init(language: Language) { self.language = language }
    /// Standard output and standard error are different files: each part's text for one can
    /// then be written in one go, without keeping its order against the other's.
    private let separate: Bool = {
        var out = stat()
        var err = stat()
        guard fstat(1, &out) == 0, fstat(2, &err) == 0 else { return false }
        return out.st_dev != err.st_dev || out.st_ino != err.st_ino
    }()

    /// Writes an outcome's bytes, each stream's consecutive chunks in one write.
    func write(_ outcome: Outcome) {
        if progressShown {
            _ = Terminal.write(Array("\r\u{1B}[K".utf8), to: 2, language: language)
            progressShown = false
        }
        var chunks = outcome.chunks
        if separate {
            chunks = [(.err, outcome.bytes(.err)), (.out, outcome.bytes(.out))]
        }
        var i = 0
        while i < chunks.count {
            let stream = chunks[i].stream
            var bytes = chunks[i].bytes
            i += 1
            while i < chunks.count, chunks[i].stream == stream {
                bytes += chunks[i].bytes
                i += 1
            }
            if bytes.isEmpty { continue }
            if stream == .err {
                _ = Terminal.write(bytes, to: 2, language: language)
            } else if outputOpen, !Terminal.write(bytes, to: 1, language: language) {
                outputOpen = false
                code = max(code, 1)
            }
        }
    }

    /// Writes one part of a long run, then the progress line when it is wanted.
    func part(_ outcome: Outcome, _ progress: RunProgress) {
        write(outcome)
        guard progressWanted, progress.done < progress.total else { return }
        let now = Output.now()
        // After the first second, ten times a second at most.
        guard now - start > 1, now - lastDraw >= 0.1 else { return }
        lastDraw = now
        progressShown = true
        _ = Terminal.write(Array(("\r" + progress.line + "\u{1B}[K").utf8), to: 2, language: language)
    }

    /// Seconds on a clock that only goes forward.
    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
