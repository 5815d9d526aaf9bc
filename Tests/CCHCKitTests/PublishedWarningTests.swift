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
}
