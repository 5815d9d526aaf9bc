// Generated from `QD7662022.json` by BuiltInFrameworkTests: do not edit; change the JSON, then
// CCHC_RECORD=1 swift test --filter BuiltInFrameworkTests and bash Scripts/lint.sh --fix.

extension QD7662022 {
    /// The framework as a Swift value: made at its first use, with nothing to parse.
    static let framework = Framework(
        id: "qd-766-2022",
        title:
            "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công",
        bands: [],
        domains: [
            Criterion(
                id: "1", title: "Công khai, minh bạch", max: Points(hundredths: 1800),
                department: nil,
                criteria: [],
                optional: false, survey: false, kind: .regular, domainID: "1", parentID: nil, depth: 0),
            Criterion(
                id: "2", title: "Tiến độ, kết quả giải quyết", max: Points(hundredths: 2000),
                department: nil,
                criteria: [],
                optional: false, survey: false, kind: .regular, domainID: "2", parentID: nil, depth: 0),
            Criterion(
                id: "3", title: "Số hóa hồ sơ", max: Points(hundredths: 2200),
                department: nil,
                criteria: [],
                optional: false, survey: false, kind: .regular, domainID: "3", parentID: nil, depth: 0),
            Criterion(
                id: "4", title: "Cung cấp dịch vụ trực tuyến", max: Points(hundredths: 1200),
                department: nil,
                criteria: [],
                optional: false, survey: false, kind: .regular, domainID: "4", parentID: nil, depth: 0),
            Criterion(
                id: "5", title: "Thanh toán trực tuyến", max: Points(hundredths: 1000),
                department: nil,
                criteria: [],
                optional: false, survey: false, kind: .regular, domainID: "5", parentID: nil, depth: 0),
            Criterion(
                id: "6", title: "Mức độ hài lòng", max: Points(hundredths: 1800),
                department: nil,
                criteria: [],
                optional: false, survey: false, kind: .regular, domainID: "6", parentID: nil, depth: 0),
        ],
        stages: [.final],
        about: Framework.About(
            level: "mọi cấp", province: "toàn quốc",
            years: [2022, 2023, 2024, 2025], source: "Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ"))
}
