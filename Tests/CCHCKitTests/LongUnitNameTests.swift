import Testing

@testable import CCHCKit

/// Issue 11 review: an error naming long units stays one line within 100 columns (`trend` wrote
/// 213 columns, `rank` 116): a long name is cut in the middle, the file names telling the units apart.
@Suite struct LongUnitNameTests {
    static let phucChu = "Ủy ban nhân dân xã Phúc Chu huyện Định Hóa tỉnh Thái Nguyên miền núi"
    static let choChu = "Ủy ban nhân dân thị trấn Chợ Chu huyện Định Hóa tỉnh Thái Nguyên"

    @Test func elidedInTheMiddle() {
        #expect(Text.elided(Self.choChu, to: 34) == "Ủy ban nhân dân … tỉnh Thái Nguyên")
        #expect(Text.elided("UBND xã Bình Thành", to: 34) == "UBND xã Bình Thành")
        // Decomposed (NFD) Vietnamese is as wide as composed: the same cut.
        let decomposed = String(String.UnicodeScalarView(Self.choChu.decomposedForTest))
        #expect(Text.width(Text.elided(decomposed, to: 34)) == 34)
        // One word longer than the width is cut inside.
        #expect(Text.width(Text.elided(String(repeating: "ễ", count: 80), to: 34)) <= 34)
    }

    @Test(arguments: [Language.vi, .en]) func errorsFitIn100Columns(_ language: Language) throws {
        let folder = try TemporaryFolder()
        func card(_ name: String, _ unit: String, _ year: Int) throws -> String {
            let path = folder.path + "/" + name
            #expect(Package.run(["init", "--unit", unit, "--year", String(year), "-o", path]).code == .success)
            return path
        }
        let a = try card("long23.json", Self.choChu, 2023)
        let b = try card("long23b.json", Self.phucChu, 2022)
        let c = try card("long24.json", Self.choChu, 2023)
        // Run where the files are, so that their names are as short as a user's.
        let trend = Package.run(["trend", a, b], language: language)
        let rank = Package.run(["rank", a, c], language: language)
        #expect(trend.code == .invalidInput)
        #expect(rank.code == .invalidInput)
        for o in [trend, rank] {
            let lines = o.stderr.split(separator: "\n").map {
                String($0).replacingOccurrences(of: folder.path + "/", with: "")
            }
            #expect(lines.count == 1, "\(o.stderr)")
            for line in lines { #expect(Text.width(line) <= 100, "\(Text.width(line)): \(line)") }
        }
        let vi = language == .vi
        #expect(
            trend.stderr.hasSuffix(
                vi
                    ? "long23b.json: đơn vị \"Ủy ban nhân dân … Nguyên miền núi\" khác đơn vị của \(a)\n"
                    : "long23b.json: unit \"Ủy ban nhân dân … Nguyên miền núi\" is not the unit of \(a)\n"))
        #expect(
            rank.stderr.hasSuffix(
                vi
                    ? "long24.json: đơn vị \"Ủy ban nhân dân … tỉnh Thái Nguyên\" cũng có trong \(a)\n"
                    : "long24.json: unit \"Ủy ban nhân dân … tỉnh Thái Nguyên\" is also in \(a)\n"))
    }
}

extension LongUnitNameTests {
    /// `rank`'s warning of a published rank that differs named the unit in full (130 columns with
    /// two long names). Two copies of Bình Thành 2023 under long names: both total 89,75, so both
    /// rank 1; the second's published rank is changed to 2, which differs from its computed 1.
    @Test(arguments: [Language.vi, .en]) func publishedRankWarningFitsIn100Columns(_ language: Language) throws {
        let folder = try TemporaryFolder()
        let text = try Package.fixtureText()
        let a = try folder.write(
            "a.json", replacingOnce(text, #""unit": "UBND xã Bình Thành""#, "\"unit\": \"\(Self.choChu)\""))
        let b = try folder.write(
            "b.json",
            replacingOnce(
                replacingOnce(text, #""unit": "UBND xã Bình Thành""#, "\"unit\": \"\(Self.phucChu)\""),
                #""rank": 1"#, #""rank": 2"#))
        let o = Package.run(["rank", a, b], language: language)
        #expect(o.code == .success)
        let lines = o.stderr.split(separator: "\n").map {
            String($0).replacingOccurrences(of: folder.path + "/", with: "")
        }
        let expected =
            language == .vi
            ? "b.json: cảnh báo: Ủy ban nhân dân … Nguyên miền núi: hạng công bố 2 khác hạng tính được 1"
            : "b.json: warning: Ủy ban nhân dân … Nguyên miền núi: published rank 2 differs from the computed 1"
        #expect(lines == [expected], "\(lines)")
        for line in lines { #expect(Text.width(line) <= 100) }
    }
}

extension String {
    /// The text's scalars with each Vietnamese letter's marks apart (the form some Mac files use).
    fileprivate var decomposedForTest: [Unicode.Scalar] {
        unicodeScalars.flatMap { s -> [Unicode.Scalar] in
            switch s {
            case "Ủ": return ["U", "\u{0309}"]
            case "ễ": return ["e", "\u{0302}", "\u{0303}"]
            case "á": return ["a", "\u{0301}"]
            case "ị": return ["i", "\u{0323}"]
            case "ấ": return ["a", "\u{0302}", "\u{0301}"]
            case "ợ": return ["o", "\u{031B}", "\u{0323}"]
            case "ỉ": return ["i", "\u{0309}"]
            case "Đ": return ["Đ"]
            default: return [s]
            }
        }
    }
}
