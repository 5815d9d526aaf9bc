import Foundation
import Testing

@testable import CCHCKit

/// Golden outputs: each folder under `Golden/` holds `arguments` (one word a line), and the
/// `stdout`, `stderr` and `exit` that running them must give, byte for byte.
///
/// Re-record with `CCHC_RECORD=1 swift test --filter GoldenTests`; a recording run fails, so
/// that it cannot pass silently, and `git diff` then shows what changed.
@Suite(.serialized) struct GoldenTests {
    static let folder = Package.root + "/Tests/CCHCKitTests/Golden"

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "generated" }.sorted()
    }

    @Test func everyCaseHasItsFiles() {
        #expect(Self.cases.count >= 4)
        for name in Self.cases {
            for file in ["arguments", "stdout", "stderr", "exit"] {
                #expect(FileManager.default.fileExists(atPath: "\(Self.folder)/\(name)/\(file)"), "\(name)/\(file)")
            }
        }
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let dir = "\(Self.folder)/\(name)"
        let words = try String(contentsOfFile: dir + "/arguments", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let outcome = Package.run(words)
        let actual = ["stdout": outcome.stdout, "stderr": outcome.stderr, "exit": "\(outcome.code.rawValue)\n"]
        if ProcessInfo.processInfo.environment["CCHC_RECORD"] != nil {
            for (file, text) in actual { try text.write(toFile: "\(dir)/\(file)", atomically: false, encoding: .utf8) }
            Issue.record(Comment(rawValue: "recorded \(name); unset CCHC_RECORD and run again"))
            return
        }
        for (file, text) in actual.sorted(by: { $0.key < $1.key }) {
            // Read the bytes as they are: String(contentsOfFile:) would drop the CSV's byte-order mark.
            let expected = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(file)")), as: UTF8.self)
            if expected != text {
                Issue.record(
                    Comment(rawValue: "\(name)/\(file) differs:\n\(lineDiff(expected: expected, actual: text))"))
            }
        }
    }
}

/// Compares text produced from generated inputs (whose paths vary) with `Golden/generated/NAME`,
/// re-recorded like the other golden files.
func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = GoldenTests.folder + "/generated/" + name
    if ProcessInfo.processInfo.environment["CCHC_RECORD"] != nil {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        Issue.record(
            Comment(rawValue: "recorded \(name); unset CCHC_RECORD and run again"), sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    if expected != text {
        Issue.record(
            Comment(rawValue: "\(name) differs:\n\(lineDiff(expected: expected, actual: text))"),
            sourceLocation: sourceLocation)
    }
}

/// The lines that differ, `-` expected and `+` actual, with their line numbers.
func lineDiff(expected: String, actual: String) -> String {
    let a = expected.components(separatedBy: "\n")
    let b = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
        let x = i < a.count ? a[i] : nil
        let y = i < b.count ? b[i] : nil
        if x == y { continue }
        if let x { out.append("-\(i + 1): \(x)") }
        if let y { out.append("+\(i + 1): \(y)") }
        if out.count > 40 {
            out.append("…")
            break
        }
    }
    return out.joined(separator: "\n")
}
