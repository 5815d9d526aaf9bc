/// The built-in framework `qd-766-2022`: the service index of Decision 766/QĐ-TTg of 23 June
/// 2022, measured on the national public service portal: one stage, six domains that are
/// leaves, 100 points, no bands (SPEC §6).
///
/// Stored in the `cchc-framework/1` format and read by the same code as a user's framework file.
enum QD7662022 {
    static let id = "qd-766-2022"

    static let json = #"""
        {
          "format": "cchc-framework/1",
          "id": "qd-766-2022",
          "title": "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công",
          "level": "mọi cấp",
          "province": "toàn quốc",
          "years": [2022, 2023, 2024, 2025],
          "source": "Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ",
          "stages": ["final"],
          "bands": [],
          "domains": [
            { "id": "1", "title": "Công khai, minh bạch", "max": 18 },
            { "id": "2", "title": "Tiến độ, kết quả giải quyết", "max": 20 },
            { "id": "3", "title": "Số hóa hồ sơ", "max": 22 },
            { "id": "4", "title": "Cung cấp dịch vụ trực tuyến", "max": 12 },
            { "id": "5", "title": "Thanh toán trực tuyến", "max": 10 },
            { "id": "6", "title": "Mức độ hài lòng", "max": 18 }
          ]
        }
        """#
}
