import Testing

@testable import CCHCKit

/// Issue 11, item 8: `rank` and `trend` say so when a fully scored year's published total is
/// not the computed one, naming both figures, as `check` does.
@Suite struct PublishedWarningTests {
    /// Bình Thành 2023 published as 90,25 where its criteria add up to 89,75.
    static func misprinted(in folder: TemporaryFolder) throws -> String {
        try folder.write(
            "bt-2023.json", replacingOnce(try Package.fixtureText(), #""final": 89.75"#, #""final": 90.25"#))
    }

    @Test func rankAndTrendWarn() throws {
        let folder = try TemporaryFolder()
        let path = try Self.misprinted(in: folder)
        let line = "\(path):111:61: cảnh báo: điểm CTHĐ công bố 90,25 khác điểm tính được 89,75\n"
        let rank = Package.run(["rank", path])
        #expect(rank.code == .success)
        #expect(rank.stderr == line)
        let trend = Package.run(["trend", Package.fixture("binh-thanh-2022.json"), path])
        #expect(trend.code == .success)
        #expect(trend.stderr == line)
        let en = Package.run(["trend", Package.fixture("binh-thanh-2022.json"), path], language: .en)
        #expect(en.stderr.contains("warning: published final 90.25 differs from the computed 89.75"))
        // The fixture as published says nothing.
        #expect(Package.run(["rank", Package.fixture("binh-thanh-2023.json")]).stderr.isEmpty)
    }

    /// Issue 11, item 12: a JSON document's numbers have a decimal point, and so do the figures
    /// in its `warnings` (and in `check --format json`'s messages); the Vietnamese words stay.
    @Test func jsonWarningsWritePointsWithADecimalPoint() throws {
        let folder = try TemporaryFolder()
        let path = try Self.misprinted(in: folder)
        let line = "\(path):111:61: cảnh báo: điểm CTHĐ công bố 90.25 khác điểm tính được 89.75"
        for words in [["score", path], ["rank", path], ["trend", Package.fixture("binh-thanh-2022.json"), path]] {
            let o = Package.run(words + ["--format", "json"])
            #expect(o.code == .success)
            #expect(o.stdout.contains("\"warnings\": [\n    \"" + line + "\"\n  ]"), "\(words[0]): \(o.stdout)")
            // Standard error is for people: 90,25.
            #expect(o.stderr.contains("90,25 khác điểm tính được 89,75"), "\(words[0])")
        }
        let check = Package.run(["check", "--format", "json", path])
        #expect(check.stdout.contains("\"message\": \"điểm CTHĐ công bố 90.25 khác điểm tính được 89.75\""))
        #expect(Package.run(["check", path]).stdout.contains("90,25 khác điểm tính được 89,75"))
        let github = Package.run(["check", "--format", "github", path]).stdout
        #expect(github.contains("::điểm CTHĐ công bố 90,25 khác điểm tính được 89,75"))
    }
}
