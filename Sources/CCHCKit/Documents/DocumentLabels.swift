/// The words that only documents to print or hand in say (a page's title, the Word appendix's
/// headers as seed 002 writes them), in Vietnamese and English.
struct DocumentLabels: Sendable {
    /// Each report's title on a page, `%@` the year where there is one.
    let score, responsible, diff, rank, trend, framework, check: String
    let yearSuffix: String
    /// The Word appendix: its two titles, `%@` the unit and the year.
    let criteriaTitle, lostTitle: String
    /// The criteria table's headers as seed 002 writes them.
    let number, criteriaHeader, maxHeader, department: String
    /// The lost-points table's headers as seed 002 writes them.
    let code, content, reason, points, remediation, responsiblePerson, handedOver, grandTotal: String
    let place: String

    static func of(_ language: Language) -> DocumentLabels { language == .vi ? vi : en }

    /// The header seed 002's appendix gives a column of `score`'s criteria or lost-points
    /// table, by the column's key; `nil` where the appendix has no such column.
    func appendixHeader(_ key: String, table: String, language: Language) -> String? {
        if let stage = Stage(rawValue: key) {
            let name = stage.name(language)
            return (name.first.map { $0.uppercased() } ?? "") + name.dropFirst()
        }
        switch (table, key) {
        case ("criteria", "id"): return number
        case ("criteria", "title"), ("criteria", "title_text"): return criteriaHeader
        case ("criteria", "max"): return maxHeader
        case ("criteria", "department"): return department
        case ("lost", "code"): return code
        case ("lost", "content"): return content
        case ("lost", "reason"): return reason
        case ("lost", "points"): return points
        case ("lost", "remediation"): return remediation
        case ("lost", "responsible_text"): return responsiblePerson
        default: return nil
        }
    }

    /// The report's title on a page: `Kết quả Chỉ số CCHC năm 2023`.
    func title(_ kind: ReportDocument.Kind, year: Int?) -> String {
        let name: String
        switch kind {
        case .score: name = score
        case .responsible: name = responsible
        case .diff: name = diff
        case .rank: name = rank
        case .trend: name = trend
        case .framework: name = framework
        case .check: name = check
        }
        return name + (year.map { yearSuffix.filling(String($0)) } ?? "")
    }

    static let vi = DocumentLabels(
        score: "Kết quả Chỉ số cải cách hành chính", responsible: "Điểm bị mất theo người phụ trách",
        diff: "So sánh điểm Chỉ số cải cách hành chính", rank: "Xếp hạng Chỉ số cải cách hành chính",
        trend: "Diễn biến Chỉ số cải cách hành chính", framework: "Bộ chỉ số", check: "Kiểm tra tệp điểm",
        yearSuffix: " năm %@",
        criteriaTitle: "CHỈ SỐ ĐÁNH GIÁ CCHC NĂM %@ CỦA %@",
        lostTitle: "TỔNG HỢP CÁC NỘI DUNG BỊ MẤT ĐIỂM CHỈ SỐ CCHC NĂM %@",
        number: "STT", criteriaHeader: "Lĩnh vực, tiêu chí", maxHeader: "Điểm tối đa",
        department: "Ngành, BPCM phụ trách",
        code: "Chỉ tiêu, tiêu chí", content: "Nội dung của chỉ tiêu, tiêu chí",
        reason: "Lý do mất điểm, yêu cầu bổ sung", points: "Số điểm trừ",
        remediation: "Giải trình, hướng khắc phục", responsiblePerson: "Người phụ trách",
        handedOver: "%@ (%@) chuyển %@", grandTotal: "Tổng cộng", place: "%@, %@")

    static let en = DocumentLabels(
        score: "Administrative reform index results", responsible: "Lost points by responsible person",
        diff: "Administrative reform index comparison", rank: "Administrative reform index ranking",
        trend: "Administrative reform index over the years", framework: "Framework", check: "Scorecard check",
        yearSuffix: ", %@",
        criteriaTitle: "ADMINISTRATIVE REFORM INDEX %@ OF %@",
        lostTitle: "POINTS LOST IN THE ADMINISTRATIVE REFORM INDEX %@",
        number: "No.", criteriaHeader: "Domain, criterion", maxHeader: "Max",
        department: "Responsible department",
        code: "Code", content: "Content", reason: "Reason points were lost", points: "Points",
        remediation: "Explanation, remediation", responsiblePerson: "Responsible",
        handedOver: "%@ (%@) handed over to %@", grandTotal: "Total", place: "%@, %@")
}
