import Foundation
import Testing

/// The built `cchc` executable, run as a user runs it: real exit codes, real streams, pipes.
@Suite struct BinaryTests {
    /// `cchc` sits beside the test bundle in the build folder.
    static let binary: String = {
        let folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent(), Bundle.main.bundleURL]
        return candidates.map { $0.appendingPathComponent("cchc").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "cchc"
    }()

    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs a shell command line with `$CCHC` set to the binary, from the package root.
    func sh(_ script: String, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: Package.root)
        var env = ProcessInfo.processInfo.environment
        env["CCHC"] = Self.binary
        // The Vietnamese default, whatever the machine running the tests has set.
        env["CCHC_LANG"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
            status: process.terminationStatus)
    }

    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "looked for \(Self.binary)")
    }

    @Test func exitCodesAndStreams() throws {
        let ok = try sh(#""$CCHC" score Fixtures/binh-thanh-2023.json"#)
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("89,75"))
        #expect(ok.stderr.isEmpty)
        #expect(!ok.stdout.contains("\u{1B}["), "no colour when not on a terminal")

        let usage = try sh(#""$CCHC" score --nope Fixtures/binh-thanh-2023.json"#)
        #expect(usage.status == 64)
        #expect(usage.stdout.isEmpty)
        #expect(usage.stderr.hasPrefix("Lỗi: không có tùy chọn '--nope'"))

        let missing = try sh(#""$CCHC" check no-such-file.json"#)
        #expect(missing.status == 2)
        #expect(missing.stderr == "no-such-file.json: không có tệp này\n")
        #expect(missing.stdout == "no-such-file.json: không hợp lệ (1 lỗi)\n")

        let version = try sh(#""$CCHC" --version"#)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("cchc "))
    }

    @Test func aClosedPipeIsQuiet() throws {
        let r = try sh(#""$CCHC" score --detail Fixtures/binh-thanh-2023.json | head -1; exit ${PIPESTATUS[0]}"#)
        #expect(r.stdout == "Đơn vị:    UBND xã Bình Thành\n")
        #expect(r.stderr.isEmpty)
        #expect(r.status == 0)
    }

    @Test func standardInputIsRead() throws {
        let r = try sh(#""$CCHC" check - < Fixtures/binh-thanh-2023.json"#)
        #expect(r.status == 0)
        #expect(r.stdout == "<stdin>: đúng (điểm CTHĐ 89,75, Tốt)\n")
    }

    /// Every command on read-only copies (a scorecard, a framework file, a scorecard naming
    /// that file, an earlier year, the tables import reads), in a read-only folder: bytes, size
    /// and modification time stay the same.
    @Test func inputsAreNeverWritten() throws {
        let folder = try TemporaryFolder()
        let copy = folder.path + "/card.json"
        let framework = folder.path + "/framework.json"
        let named = folder.path + "/named.json"
        try FileManager.default.copyItem(atPath: Package.fixture("binh-thanh-2023.json"), toPath: copy)
        let fixture = try Package.fixtureText()
        try Data(
            replacingOnce(fixture, #""framework": "thai-nguyen-xa-2023""#, #""framework": "framework.json""#).utf8
        ).write(to: URL(fileURLWithPath: named))
        let shown = try sh(#""$CCHC" framework show thai-nguyen-xa-2023 --format json"#)
        try Data(shown.stdout.utf8).write(to: URL(fileURLWithPath: framework))
        let table = folder.path + "/criteria.tsv"
        let lost = folder.path + "/lost.tsv"
        let earlier = folder.path + "/2022.json"
        try FileManager.default.copyItem(atPath: Package.fixture("binh-thanh-2023-criteria.tsv"), toPath: table)
        try FileManager.default.copyItem(atPath: Package.fixture("binh-thanh-2023-lost.tsv"), toPath: lost)
        try FileManager.default.copyItem(atPath: Package.fixture("binh-thanh-2022.json"), toPath: earlier)
        let files = [copy, framework, named, table, lost, earlier]
        for file in files { try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file) }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        func state() throws -> [String] {
            try files.map { file in
                let attributes = try FileManager.default.attributesOfItem(atPath: file)
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                let sum = bytes.reduce(into: UInt64(14_695_981_039_346_656_037)) {
                    $0 = ($0 ^ UInt64($1)) &* 1_099_511_628_211
                }
                return "\(file) \(bytes.count) \(sum) \(attributes[.modificationDate] ?? "")"
            }
        }
        let before = try state()
        let commands = [
            "score CARD", "score --detail CARD", "score --stage self CARD", "score --stage appraised --lang en CARD",
            "score --framework FRAMEWORK CARD", "score NAMED", "score --detail --lang en NAMED", "score - < CARD",
            "check CARD", "check --strict CARD", "check --lang en CARD NAMED", "check --framework FRAMEWORK CARD",
            "check - < NAMED", "framework show FRAMEWORK", "framework show FRAMEWORK --format json",
            "framework show --lang en FRAMEWORK", "diff CARD", "diff --from self --to final --format json CARD",
            "diff EARLIER CARD", "rank CARD", "rank --format csv CARD", "trend EARLIER CARD",
            "trend --format markdown EARLIER CARD",
            "import TABLE --lost LOST --unit 'UBND xã Bình Thành' --year 2023",
            "import TABLE --unit X --year 2023 --framework FRAMEWORK",
        ]
        for command in commands {
            let line = command.replacingOccurrences(of: "CARD", with: "'\(copy)'")
                .replacingOccurrences(of: "FRAMEWORK", with: "'\(framework)'").replacingOccurrences(
                    of: "NAMED", with: "'\(named)'"
                ).replacingOccurrences(of: "TABLE", with: "'\(table)'").replacingOccurrences(
                    of: "LOST", with: "'\(lost)'"
                )
                .replacingOccurrences(of: "EARLIER", with: "'\(earlier)'")
            let r = try sh(#"cd "\#(folder.path)" && "$CCHC" \#(line)"#)
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        #expect(try state() == before)
    }

    @Test func fromPastedTablesToTheScore() throws {
        let folder = try TemporaryFolder()
        let r = try sh(
            #"""
            set -e
            cd "$OUT"
            "$CCHC" import "$ROOT/Fixtures/binh-thanh-2023-criteria.tsv" --lost "$ROOT/Fixtures/binh-thanh-2023-lost.tsv" \
                --unit "UBND xã Bình Thành" --year 2023 -o bt.json
            "$CCHC" score bt.json | grep '^   Tổng'
            "$CCHC" check bt.json
            echo changed > bt.json
            "$CCHC" init --unit X --year 2024 -o bt.json || echo "refused $?"
            cat bt.json
            "$CCHC" init --unit X --year 2024 | "$CCHC" score - 2>/dev/null | grep -c Tổng
            """#, environment: ["OUT": folder.path, "ROOT": Package.root])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                   Tổng                                                       100   97,5      93,75  89,75     10,25
                bt.json: đúng (điểm CTHĐ 89,75, Tốt)
                refused 2
                changed
                1

                """)
        #expect(
            r.stderr
                == "bt.json: đã ghi (54 tiêu chí, 12 dòng trừ điểm)\nbt.json: đã có tệp này; thêm --force để ghi đè\n")
    }
}
