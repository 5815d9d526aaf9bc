import Testing

@testable import CCHCKit

/// Issue 11, item 9: `diff OLD NEW` with a year kept only as published figures uses the
/// published total, as `trend` does.
@Suite struct DiffPublishedTests {
    // Bình Thành 2023 computes to 89,75; 2024 is kept as its published 87,25: 87,25 − 89,75 = −2,5.
    @Test func aPublishedOnlyYearStandsByItsFigure() {
        let o = Package.run(["diff", Package.fixture("binh-thanh-2023.json"), Package.fixture("binh-thanh-2024.json")])
        #expect(o.code == .success)
        #expect(o.stderr.isEmpty, "\(o.stderr)")
        let total = o.stdout.split(separator: "\n").first { $0.contains("Tổng") }
        #expect(total?.hasSuffix("89,75  87,25      -2,5") == true, "\(o.stdout)")
    }
}
