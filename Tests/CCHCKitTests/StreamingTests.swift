import Foundation
import Testing

@testable import CCHCKit

/// `check` over many files: results handed out in order as batches finish, one read buffer per
/// worker, and the same text whether it comes part by part or all at the end.
@Suite struct StreamingTests {
    @Test func batchesArriveInInputOrderAndComplete() {
        // 1,000 items on every core, with uneven work so that batches finish out of order.
        let items = Array(0..<1000)
        var seen: [Int] = []
        var calls = 0
        Parallel.forEachBatch(items) {
            { (i: Int) -> Int in
                var x = i
                for _ in 0..<(i % 7) * 1000 { x = (x &* 31) &+ 7 }
                return i + (x == .min ? 1 : 0)
            }
        } deliver: { batch in
            calls += 1
            seen += batch
        }
        #expect(seen == items)
        // 1000 / 32 = 31.25: 32 batches, the last of 8 items.
        #expect(calls == 32)
    }

    @Test func oneBufferReadsFilesOfEverySize() throws {
        let folder = try TemporaryFolder()
        let long = folder.path + "/long.json"
        let short = folder.path + "/short.json"
        let empty = folder.path + "/empty.json"
        try String(repeating: "x", count: 100_000).write(toFile: long, atomically: false, encoding: .utf8)
        try "{}".write(toFile: short, atomically: false, encoding: .utf8)
        try "".write(toFile: empty, atomically: false, encoding: .utf8)
        var buffer: [UInt8] = []
        let first = try SourceFile.read(long, reusing: &buffer)
        #expect(first.bytes.count == 100_000)
        buffer = first.bytes
        let second = try SourceFile.read(short, reusing: &buffer)
        #expect(second.bytes == Array("{}".utf8), "nothing of the longer file is left over")
        #expect(second.bytes.capacity >= 100_000, "the storage is the first file's, reused")
        buffer = second.bytes
        #expect(try SourceFile.read(empty, reusing: &buffer).bytes.isEmpty)
    }

    @Test func partsAddUpToTheWholeOutput() {
        // 40 files (over the threshold for threads, two batches): the fixture and a missing file
        // in turn, so that stdout and stderr alternate.
        let fixture = Package.fixture("binh-thanh-2023.json")
        let paths = (0..<40).map { $0 % 2 == 0 ? fixture : "/no-such-folder/\($0).json" }
        let whole = Tool.run(["check"] + paths)
        final class Parts: @unchecked Sendable {
            var outcome = Outcome()
            var progress: [RunProgress] = []
        }
        let parts = Parts()
        let last = Tool.run(
            ["check"] + paths,
            environment: Environment(partial: { part, progress in
                parts.outcome.append(part)
                parts.progress.append(progress)
            }))
        parts.outcome.append(last)
        #expect(parts.outcome.stdout == whole.stdout)
        #expect(parts.outcome.stderr == whole.stderr)
        #expect(parts.outcome.code == whole.code)
        #expect(whole.code == .invalidInput)
        // Two batches: 32 files, of which 16 are missing, then all 40 with 20 missing.
        #expect(parts.progress.map(\.done) == [32, 40])
        #expect(parts.progress.map(\.invalid) == [16, 20])
        #expect(parts.progress.last?.line == "40/40 tệp, 20 không hợp lệ")
        #expect(last.stdout == "40 tệp: 20 đúng, 0 sai, 20 không hợp lệ\n", "only the summary is left for the end")
    }
}
