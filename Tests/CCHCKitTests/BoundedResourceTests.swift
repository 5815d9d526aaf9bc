import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs far larger or stranger than a scorecard, made on the spot (too large to commit):
/// each is refused or read within bounded memory and time, with a few lines of messages.
@Suite struct BoundedResourceTests {
    /// SPEC's bound for a 300 MB file; every generated input here stays under it.
    static let peakLimitKiB = 200 * 1024

    @Test func aSparse300MBFileIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        let big = folder.path + "/big.json"
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 300_000_000) == 0)
        let fixture = Package.fixture("binh-thanh-2023.json")
        for arguments in [["check", big], ["score", big], ["framework", "show", big]] {
            let r = try Measured.run(arguments, in: folder.path)
            print("300 MB file, cchc \(arguments[0]): exit \(r.status), peak at most \(r.peakKiB) KiB, \(r.seconds) s")
            #expect(r.status == 2)
            #expect(r.signal == 0)
            #expect(r.stderr.hasPrefix(big + ": "))
            #expect(r.stderr.hasSuffix("tệp nặng 286 MiB, lớn hơn mọi bảng điểm (giới hạn 16 MiB)\n"))
            #expect(r.peakKiB < Self.peakLimitKiB)
            #expect(r.seconds < Measured.hangLimit)
        }
        let framework = try Measured.run(["score", "--framework", big, fixture], in: folder.path)
        #expect(framework.status == 2)
        #expect(
            framework.stderr.hasSuffix(
                "không dùng được bộ chỉ số: tệp nặng 286 MiB, lớn hơn mọi bảng điểm (giới hạn 16 MiB)\n"))
        // The same file as standard input: still a regular file, refused by its size.
        let r = try Measured.run(["check", "-"], in: folder.path, input: big)
        #expect(r.status == 2)
        #expect(r.stderr == "<stdin>: tệp nặng 286 MiB, lớn hơn mọi bảng điểm (giới hạn 16 MiB)\n")
        #expect(r.peakKiB < Self.peakLimitKiB)
    }

    @Test func aFileJustOverTheCapIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/over.json"
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        #expect(truncate(file, off_t(16 * 1024 * 1024 + 1)) == 0)
        let r = try Measured.run(["check", file], in: folder.path)
        #expect(r.status == 2)
        #expect(r.stderr.hasSuffix("lớn hơn mọi bảng điểm (giới hạn 16 MiB)\n"))
    }

    @Test func aPipeLargerThanTheCapIsRefused() throws {
        let r = try BinaryTests().sh(#"head -c 40000000 /dev/zero | "$CCHC" check -; exit ${PIPESTATUS[1]}"#)
        #expect(r.status == 2)
        #expect(r.stderr == "<stdin>: tệp lớn hơn mọi bảng điểm (giới hạn 16 MiB)\n")
        #expect(r.stdout == "<stdin>: không hợp lệ (1 lỗi)\n")
    }

    /// A 15 MiB input of a shape that once cost minutes or hundreds of megabytes: `unit`
    /// repeated in place of `marker` in the fixture (or alone, without a marker).
    struct Huge: Sendable, CustomStringConvertible {
        var name: String
        var marker: String?
        var head: String
        var unit: String
        var tail: String
        var valid = false
        var description: String { name }

        /// Writes the file in pieces, so that the test process stays small: the peak that
        /// `wait4` reports for a child started with posix_spawn includes the parent's.
        func write(to path: String) throws {
            let size = 15 * 1024 * 1024
            let fixture = try Package.fixtureText()
            var before = ""
            var after = ""
            if let marker, let r = fixture.range(of: marker) {
                before = String(fixture[..<r.lowerBound])
                after = String(fixture[r.upperBound...])
            }
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? file.close() }
            try file.write(contentsOf: Data((before + head).utf8))
            let count = size / unit.utf8.count
            let block = Data(String(repeating: unit, count: max(1, 65536 / unit.utf8.count)).utf8)
            var written = 0
            while written < count * unit.utf8.count {
                try file.write(contentsOf: block)
                written += block.count
            }
            try file.write(contentsOf: Data((tail + after).utf8))
        }
    }

    static let huge: [Huge] = [
        Huge(name: "a 15 MiB id", marker: #""id": "8.5""#, head: #""id": ""#, unit: "8", tail: #"""#),
        Huge(name: "a 15 MiB field name", marker: #""province""#, head: #"""#, unit: "p", tail: #"""#),
        Huge(
            name: "a million repeated ids", marker: #""criteria": ["#, head: #""criteria": ["#,
            unit: #"{"id":"1.1"},"#, tail: ""),
        Huge(name: "a million repeated keys", head: "{", unit: #""a":1,"#, tail: #""b":2}"#),
        // Each repeat of "b" is compared with the object's distinct keys only, never walked past
        // the 100,000 repeats of "a" before it (which made this quadratic).
        Huge(
            name: "repeats of one key after repeats of another",
            head: "{" + String(repeating: #""a":1,"#, count: 100_000), unit: #""b":1,"#, tail: #""c":2}"#),
        Huge(
            name: "7 million numbers", marker: #""year": 2023,"#, head: #""year": 2023, "extra": {"a": ["#,
            unit: "0,", tail: "0]},"),
        Huge(name: "15 MiB of blank lines", head: "", unit: "\n", tail: #"{"format": 1, "a": 2}"#),
        Huge(
            name: "a 15 MiB reason without a space", marker: "Có xử lý vi phạm về đất đai", head: "", unit: "a",
            tail: "", valid: true),
    ]

    @Test(.serialized, arguments: huge)
    func aHugeInputIsBounded(_ huge: Huge) throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/huge.json"
        try huge.write(to: file)
        for command in ["check", "score"] {
            let r = try Measured.run([command, file], in: folder.path)
            print(
                "\(huge.name), cchc \(command): exit \(r.status), peak at most \(r.peakKiB) KiB, "
                    + String(format: "%.2f s", r.seconds))
            let what = "\(huge.name), \(command)"
            #expect(r.signal == 0, "\(what)")
            #expect(r.status == (huge.valid ? 0 : 2), "\(what)")
            #expect(r.peakKiB < Self.peakLimitKiB, "\(what): \(r.peakKiB) KiB")
            #expect(r.seconds < Measured.hangLimit, "\(what): \(r.seconds) s")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count <= 25, "\(what)")
            #expect(lines.allSatisfy { $0.count < 400 }, "\(what): messages quote values clipped")
        }
    }

    @Test func aFolderAMissingFileAndAnUnreadableFileAreOneLineEach() throws {
        let folder = try TemporaryFolder()
        let locked = folder.path + "/locked.json"
        try FileManager.default.copyItem(atPath: Package.fixture("binh-thanh-2023.json"), toPath: locked)
        #expect(chmod(locked, 0) == 0)
        #expect(chmod(folder.path, 0o755) == 0)
        for command in ["check", "score"] {
            let dir = try Measured.run([command, folder.path], in: folder.path)
            #expect(dir.status == 2)
            #expect(dir.stderr == "\(folder.path): là một thư mục, không phải tệp\n")
            let missing = try Measured.run([command, folder.path + "/none.json"], in: folder.path)
            #expect(missing.status == 2)
            #expect(missing.stderr == "\(folder.path)/none.json: không có tệp này\n")
        }
        // Tests run as root here, and root reads a file whatever its mode: run the binary as
        // nobody (setpriv, util-linux) to see the refusal; say so when that cannot be done.
        let script = #"""
            if [ "$(id -u)" != 0 ]; then "$CCHC" check "$1"; exit $?; fi
            command -v setpriv >/dev/null || { echo "skip: root and no setpriv" >&2; exit 99; }
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$CCHC" check "$1"
            """#
        let r = try BinaryTests().sh("bash -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))' _ '\(locked)'")
        if r.status == 99 {
            print("unreadable file: \(r.stderr)")
            return
        }
        #expect(r.status == 2)
        #expect(r.stderr == "\(locked): không có quyền đọc\n")
    }

    /// A framework path inside a scorecard is the file's word, not the user's: a named pipe or
    /// a device there is refused at once instead of waiting on it.
    @Test func aFrameworkNamedInAFileMustBeAPlainFile() throws {
        let folder = try TemporaryFolder()
        #expect(mkfifo(folder.path + "/pipe.json", 0o644) == 0)
        let fixture = try Package.fixtureText()
        for reference in ["pipe.json", "/dev/stdin", "/dev/zero"] {
            let card = try folder.write(
                "card.json",
                replacingOnce(fixture, #""framework": "thai-nguyen-xa-2023""#, #""framework": "\#(reference)""#))
            let r = try Measured.run(["check", card], in: folder.path, input: "/dev/zero")
            #expect(r.status == 2, "\(reference)")
            #expect(
                r.stderr.hasSuffix("không dùng được bộ chỉ số: không phải tệp thường (một thiết bị hay một ống dẫn?)\n")
            )
            #expect(r.seconds < Measured.hangLimit)
        }
    }

    @Test func oneBadFileNeverStopsTheOthers() throws {
        let folder = try TemporaryFolder()
        let fixture = Package.fixture("binh-thanh-2023.json")
        let files = [
            fixture, folder.path, HostileCorpus.folder + "/deep-nesting/input.json", folder.path + "/none.json",
            fixture,
        ]
        let r = try Measured.run(["check"] + files, in: folder.path)
        #expect(r.status == 2)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines.first == "\(fixture): đúng (điểm CTHĐ 89,75, Tốt)")
        #expect(lines.dropFirst(4).first == "\(fixture): đúng (điểm CTHĐ 89,75, Tốt)")
        #expect(lines.last == "5 tệp: 2 đúng, 0 sai, 3 không hợp lệ")
        #expect(r.stderr.split(separator: "\n").count == 3)
    }

    @Test func aFullDiskOrAClosedOutputIsOneLineNotACrash() throws {
        for redirect in ["> /dev/full", ">&-"] {
            for command in ["score --detail", "check", "framework show thai-nguyen-xa-2023"] {
                let target = command.hasPrefix("framework") ? "" : "Fixtures/binh-thanh-2023.json"
                let r = try BinaryTests().sh(#""$CCHC" \#(command) \#(target) \#(redirect)"#)
                #expect(r.status == 1, "\(command) \(redirect)")
                #expect(r.stderr.hasPrefix("cchc: không ghi được kết quả: "), "\(command) \(redirect)")
                #expect(r.stderr.split(separator: "\n").count == 1, "\(command) \(redirect): \(r.stderr)")
            }
        }
    }
}
