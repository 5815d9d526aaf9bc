import Foundation
import Testing

@testable import CCHCKit

/// `-o FILE` on every command: written whole, never over an input, an existing file only with
/// `--force`, a device as it is, nothing when the command failed on its input.
@Suite struct OutputOptionTests {
    let fixture = Package.fixture("binh-thanh-2023.json")

    @Test(arguments: [
        ["score", "FIXTURE", "--format", "csv"], ["score", "FIXTURE", "--by", "responsible"],
        ["diff", "FIXTURE"], ["rank", "FIXTURE"], ["trend", "FIXTURE"], ["check", "FIXTURE"],
        ["framework", "show", "thai-nguyen-xa-2023"], ["frameworks"],
    ])
    func theFileHoldsWhatStandardOutputWould(_ words: [String]) throws {
        let folder = try TemporaryFolder()
        let target = folder.path + "/out"
        let words = words.map { $0 == "FIXTURE" ? fixture : $0 }
        let printed = Package.run(words)
        let written = Package.run(words + ["-o", target])
        #expect(written.code == printed.code)
        #expect(written.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data(printed.bytes(.out)))
    }

    @Test func anExistingFileIsKeptWithoutForce() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("r.txt", "keep me\n")
        let refused = Package.run(["score", fixture, "-o", target])
        #expect(refused.code == .invalidInput)
        #expect(refused.stderr == "\(target): đã có tệp này; thêm --force để ghi đè\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        let forced = Package.run(["score", fixture, "-o", target, "--force"])
        #expect(forced.code == .success)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("Đơn vị:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.txt"], "no temporary left")
    }

    @Test func anInputIsNeverWritten() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("card.json", try Package.fixtureText())
        let o = Package.run(["score", input, "-o", input, "--force"])
        #expect(o.code == .invalidInput)
        #expect(o.stderr == "\(input): là tệp đầu vào của lệnh này; hãy ghi ra tệp khác\n")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == (try Package.fixtureText()))
    }

    @Test func aDeviceIsWrittenWithoutForce() {
        let o = Package.run(["score", fixture, "-o", "/dev/null"])
        #expect(o.code == .success)
        #expect(o.stderr.isEmpty)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "still a device")
    }

    @Test func aFailedCommandWritesNothing() throws {
        let folder = try TemporaryFolder()
        let target = folder.path + "/r.txt"
        let o = Package.run(["score", folder.path + "/missing.json", "-o", target])
        #expect(o.code == .invalidInput)
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
