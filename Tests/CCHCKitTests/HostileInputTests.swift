import Foundation
import Testing

/// Every case of the hostile-input corpus (`Tests/Hostile/`), run through the built binary with
/// `check` and `score`: exit 2, the first line as recorded, at most 25 lines, well under a second.
///
/// Re-record with `CCHC_RECORD=1 swift test --filter HostileInputTests`: the run writes each
/// case's files from `HostileCorpus` and its `expected` from the real run, and fails on purpose;
/// check the first lines by hand with `git diff`.
@Suite struct HostileInputTests {
    static let recording = ProcessInfo.processInfo.environment["CCHC_RECORD"] != nil

    @Test func theCorpusIsComplete() throws {
        let cases = try HostileCorpus.make()
        #expect(cases.count >= 50)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: HostileCorpus.folder)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(Set(onDisk) == Set(cases.map(\.name)), "folders without a case, or cases without a folder")
        let readme = Self.readme(cases)
        let path = HostileCorpus.folder + "/README.md"
        if Self.recording {
            try readme.write(toFile: path, atomically: false, encoding: .utf8)
        } else {
            #expect(try String(contentsOfFile: path, encoding: .utf8) == readme, "re-record the corpus README")
        }
    }

    @Test(arguments: HostileCorpus.cases)
    func hostileInput(_ c: HostileCorpus.Case) throws {
        let dir = HostileCorpus.folder + "/" + c.name
        if Self.recording {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for (name, bytes) in c.files { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        }
        for (name, bytes) in c.files {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            #expect(onDisk == Data(bytes), "\(c.name)/\(name) is out of date: re-record the corpus")
        }
        var runs: [(command: String, result: BinaryTests.Result, seconds: Double)] = []
        // An office document goes to `import`, which reads it; the rest to the scorecard readers.
        let commands =
            c.files["input.docx"] != nil
            ? ["import input.docx --unit X --year 2023", "import input.docx --lost input.docx --unit X --year 2023"]
            : ["check input.json", "score input.json", "score --detail --lang en input.json"]
        for command in commands {
            let start = DispatchTime.now()
            let result = try BinaryTests().sh(#"cd "Tests/Hostile/\#(c.name)" && "$CCHC" \#(command)"#)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            runs.append((command, result, seconds))
        }
        print(
            "hostile \(c.name): "
                + runs.map { "\($0.command) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", "))
        let first =
            runs[0].result.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let expectedPath = dir + "/expected"
        if Self.recording {
            try "\(runs[0].result.status)\n\(first)\n".write(toFile: expectedPath, atomically: false, encoding: .utf8)
            Issue.record(Comment(rawValue: "recorded \(c.name); check it, unset CCHC_RECORD and run again"))
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(expected.first == "2", "every hostile case is invalid input")
        for run in runs {
            let what = "\(c.name): cchc \(run.command)"
            #expect(run.result.status == 2, "\(what): exit")
            let errLines = run.result.stderr.split(separator: "\n").map(String.init)
            // The recorded line is Vietnamese; the English run is checked for its shape only.
            if !run.command.contains("--lang en") {
                #expect(errLines.first == expected.dropFirst().first, "\(what): first line")
            }
            let lines = errLines.count + run.result.stdout.split(separator: "\n").count
            #expect(lines <= 25, "\(what): \(lines) lines")
            for line in errLines where !line.hasPrefix("nothing written") && !line.hasPrefix("không ghi gì") {
                #expect(Self.hasPlace(line), "\(what): \(line)")
            }
            if run.command.hasPrefix("import") { #expect(run.result.stdout.isEmpty, "\(what): nothing written") }
            #expect(run.seconds < Measured.hangLimit, "\(what): \(run.seconds) s")
        }
        // A case whose framework is the broken part: framework show refuses it too. (Other cases
        // carry a valid framework that their scorecard breaks the rules of.)
        if c.files["framework.json"] != nil, expected.dropFirst().first?.hasSuffix("framework.json is invalid") == true
        {
            let r = try BinaryTests().sh(#"cd "Tests/Hostile/\#(c.name)" && "$CCHC" framework show framework.json"#)
            #expect(r.status == 2)
            #expect(r.stderr.split(separator: "\n").count <= 25)
        }
    }

    /// `FILE:LINE:COL: ` or `FILE: `, with a file name that the corpus uses.
    static func hasPlace(_ line: String) -> Bool {
        line.wholeMatch(of: /(input\.json|framework\.json|input\.docx)(:[0-9]+:[0-9]+)?: .+/) != nil
    }

    static func readme(_ cases: [HostileCorpus.Case]) -> String {
        var out = """
            # Hostile inputs

            What office staff and CI really send `cchc`. Each folder holds `input.json` (the file the \
            commands read, often the fixture with one change; not always JSON or UTF-8), sometimes a \
            `framework.json` it names, and `expected`: the exit code, then the first line `cchc check` \
            and `cchc score` write on standard error. The `office-` cases hold `input.docx` instead, \
            which `cchc import` reads; `expected` is then its first line. `HostileInputTests` runs every case through the \
            built binary; the files are generated from `Tests/CCHCKitTests/HostileCorpus.swift` with \
            `CCHC_RECORD=1 swift test --filter HostileInputTests`. `Scripts/fuzz.sh` seeds the fuzzer \
            with them.

            | case | input |
            | --- | --- |

            """
        for c in cases { out += "| `\(c.name)` | \(c.about) |\n" }
        return out
    }
}
