import Foundation

@testable import CCHCKit

/// A generated district of 23 communes for ranking tests: every file is written from the
/// built-in framework by a fixed rule, with one tie and one commune whose final stage is
/// incomplete.
enum District {
    static let names = [
        "UBND xã Bảo Cường", "UBND xã Bảo Linh", "UBND xã Bình Thành", "UBND xã Bình Yên", "UBND xã Bộc Nhiêu",
        "UBND xã Điềm Mặc", "UBND xã Định Biên", "UBND xã Đồng Thịnh", "UBND xã Kim Phượng", "UBND xã Lam Vỹ",
        "UBND xã Linh Thông", "UBND xã Phú Đình", "UBND xã Phú Tiến", "UBND xã Phúc Chu", "UBND xã Phượng Tiến",
        "UBND xã Quy Kỳ", "UBND xã Sơn Phú", "UBND xã Tân Dương", "UBND xã Tân Thịnh", "UBND xã Thanh Định",
        "UBND xã Trung Hội", "UBND xã Trung Lương", "UBND thị trấn Chợ Chu",
    ]
    /// Bảo Linh is scored exactly as Lam Vỹ: the tie.
    static let tie = ("UBND xã Bảo Linh", "UBND xã Lam Vỹ")
    /// Trung Hội has no final score for 2.1 and 6.4.
    static let incomplete = "UBND xã Trung Hội"

    /// Hundredths lost by commune `seed` on criterion number `j` (at most the criterion's max).
    static func lost(seed: Int, criterion j: Int, max: Int) -> Int {
        Swift.min(max, 25 * ((seed * 7 + j * 3) % 5 == 0 ? (seed + j) % 4 : 0))
    }

    /// The scorecard text of one commune.
    static func scorecard(_ name: String, year: Int = 2023) throws -> String {
        let framework = try FrameworkStore().open("thai-nguyen-xa-2023").get()
        let seed = name == tie.0 ? names.firstIndex(of: tie.1) ?? 0 : names.firstIndex(of: name) ?? 0
        let criteria = framework.criteria.enumerated().map { j, c -> String in
            let final = c.max.hundredths - lost(seed: seed, criterion: j, max: c.max.hundredths)
            let value = Points(hundredths: final).json
            if name == incomplete, c.id == "2.1" || c.id == "6.4" {
                return "    { \"id\": \"\(c.id)\", \"self\": \(c.max.json) }"
            }
            return "    { \"id\": \"\(c.id)\", \"self\": \(c.max.json), \"appraised\": \(value), \"final\": \(value) }"
        }
        return """
            {
              "format": "cchc-scorecard/1", "framework": "thai-nguyen-xa-2023",
              "unit": "\(name)", "district": "Định Hóa", "province": "Thái Nguyên", "year": \(year),
              "criteria": [
            \(criteria.joined(separator: ",\n"))
              ]
            }
            """
    }

    /// Writes the 23 files into a folder and returns their paths, in name order.
    static func write(into folder: TemporaryFolder) throws -> [String] {
        try names.enumerated().map { i, name in
            try folder.write(String(format: "xa-%02d.json", i), try scorecard(name))
        }
    }
}
