import Foundation
import Testing

@testable import CCHCKit

/// Paths of the package, found from this file so that tests run from any folder.
enum Package {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func fixture(_ name: String) -> String { root + "/Fixtures/" + name }

    /// Runs the tool in-process from the package root, so that relative paths in arguments
    /// and messages are the same as a user's; in Vietnamese, the default, unless told.
    static func run(_ words: [String], language: Language = .vi) -> Outcome {
        _ = chdirToRoot
        return Tool.run(words, environment: Environment(language: language))
    }

    private static let chdirToRoot: Void = { _ = FileManager.default.changeCurrentDirectoryPath(root) }()

    /// The fixture's text, for tests that change one value and read it back.
    static func fixtureText(_ name: String = "binh-thanh-2023.json") throws -> String {
        try String(contentsOfFile: fixture(name), encoding: .utf8)
    }
}

/// Reads a scorecard from text, as a file named `name` would be read (`details: false` as
/// `check` reads it).
func load(
    _ text: String, name: String = "card.json", language: Language = .vi, details: Bool = true
) -> LoadedScorecard {
    ScorecardReader.read(
        SourceText(name: name, bytes: Array(text.utf8)), frameworks: FrameworkStore(), language: language,
        details: details)
}

/// The Bình Thành fixture, read and scored.
func fixtureReport(stage: Stage = .final) throws -> ScoreReport {
    let loaded = load(try Package.fixtureText(), name: "binh-thanh-2023.json")
    let scorecard = try #require(loaded.scorecard, "\(loaded.diagnostics)")
    let framework = try #require(loaded.framework)
    return ScoreReport(scorecard: scorecard, framework: framework, stage: stage)
}

/// Replaces exactly one occurrence of `old` in `text`; fails the test when there is not one.
func replacingOnce(_ text: String, _ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> String
{
    let parts = text.components(separatedBy: old)
    #expect(parts.count == 2, "expected exactly one \(old)", sourceLocation: sourceLocation)
    return parts.joined(separator: new)
}

/// A temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "cchc-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return file
    }
}
