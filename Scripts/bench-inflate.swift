// Inflate speed, for Scripts/bench-office.sh: compiled there with the library's sources into one
// module (`swiftc -O`), not part of the package.
//
//   bench-inflate FILE.deflate SIZE     inflates FILE (raw DEFLATE of SIZE bytes) 10 times
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main struct BenchInflate {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3, let size = Int(arguments[2]) else {
            print("usage: bench-inflate FILE.deflate SIZE")
            exit(64)
        }
        let input = try SourceFile.read(arguments[1]).bytes
        var best = Double.infinity
        for _ in 0..<10 {
            let start = now()
            let out = try Inflater.inflate(input, limit: size, sizeHint: size)
            best = min(best, now() - start)
            guard out.count == size else { fatalError("inflated \(out.count) bytes, not \(size)") }
        }
        let mb = Double(size) / 1e6
        print("inflate: \(Int(mb * 10) / 10) MB in \(Int(best * 1e4) / 10) ms (best of 10): \(Int(mb / best)) MB/s")
    }
}
