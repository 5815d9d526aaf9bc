import Testing

@testable import CCHCKit

/// Findings of the review of issue 14's speed work: the faster reader must decide exactly as the
/// one before it did.
@Suite struct SpeedReviewTests {
    /// A code whose last dot carries a combining mark (`3.1.` and U+0301, typed or escaped) has
    /// the characters `3`, `.`, `1`, `.́`: the last one is not a dot, so the only dot-separated
    /// prefix the framework holds is the domain `3`, which owned the row before issue 14. Reading
    /// the code's bytes found the dot under the mark and gave the row to `3.1`, which moved it in
    /// every report.
    @Test func aDotUnderACombiningMarkIsNoDot() throws {
        let f = try FrameworkStore().open("thai-nguyen-xa-2023").get()
        #expect(f.owner(ofCode: "3.1.\u{0301}")?.id == "3")
        #expect(f.owner(ofCode: "3.1.\u{0301}2")?.id == "3")
        // A mark elsewhere leaves the dots as they are: `3.1́` is no id, `3` is.
        #expect(f.owner(ofCode: "3.1\u{0301}.2")?.id == "3")
        // An ASCII code is read by its bytes, as before.
        #expect(f.owner(ofCode: "3.1.2")?.id == "3.1")
    }
}
