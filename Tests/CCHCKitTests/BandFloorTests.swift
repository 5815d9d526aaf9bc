import Foundation
import Testing

@testable import CCHCKit

/// Issue 11, item 11: below every band of a framework with no 0 floor, the text and the JSON
/// say the same: no band yet, the lowest band next, and how far it is.
@Suite struct BandFloorTests {
    @Test func textAndJSONAgree() throws {
        let folder = try TemporaryFolder()
        // Bands A ≥ 95 and B ≥ 92 only: Bình Thành's 89,75 is below both, 92 − 89,75 = 2,25 short of B.
        var framework = ThaiNguyenXa2023.json
        let start = try #require(framework.range(of: #""bands": ["#))
        let end = try #require(framework.range(of: "]", range: start.upperBound..<framework.endIndex))
        framework.replaceSubrange(
            start.lowerBound..<end.upperBound,
            with: #""bands": [ { "min": 95, "label": "A" }, { "min": 92, "label": "B" } ]"#)
        let path = try folder.write("f.json", framework)
        let fixture = Package.fixture("binh-thanh-2023.json")
        let text = Package.run(["score", fixture, "--framework", path]).stdout
        #expect(text.contains("chưa xếp loại, 89,75 điểm; còn thiếu 2,25 điểm để đạt B (từ 92)"))
        let json = Package.run(["score", fixture, "--framework", path, "--format", "json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["band"] is NSNull)
        #expect(object["next_band"] as? String == "B")
        #expect(object["to_next_band"] as? Double == 2.25)
    }
}
