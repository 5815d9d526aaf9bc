/// The words of text output, in Vietnamese (the default) and English.
struct Labels: Sendable {
    let unit, district, province, year, framework: String
    let domain, max, selfShort, appraisedShort, finalShort, lost, total: String
    let band, points, topBand, toReach, noBand, incomplete: String
    let lostList, row, rows, code, content, reason, remediation, responsible, department, noLost: String
    let domains, criteria: String
    let byResponsible, codes, sharedNote, handedFrom, departmentMark: String
    let comparing, change, old, new, stage, noDifferences, onlyInOld, onlyInNew: String
    let ranking, rank, unitHeader, unranked, missing, count, mean, median, best, andOthers, trend, published: String
    let source, computed, partial, nothingScored, moreColumns: String
    let criteriaSheet, lostSheet, domainID, criterion, formerly, domainsChart, file, of: String

    static func of(_ language: Language) -> Labels { language == .vi ? vi : en }

    /// `1 criterion`, `54 criteria` (`54 tiêu chí`).
    func criteria(_ n: Int) -> String { "\(n) " + (n == 1 ? criterion.lowercased() : criteria) }

    /// `1 row`, `12 rows` (`12 dòng`).
    func rows(_ n: Int) -> String { "\(n) " + (n == 1 ? row : rows) }

    /// A stage's short column header.
    func short(_ stage: Stage) -> String {
        switch stage {
        case .selfAssessed: return selfShort
        case .appraised: return appraisedShort
        case .final: return finalShort
        }
    }

    static let vi = Labels(
        unit: "Đơn vị", district: "Huyện", province: "Tỉnh", year: "Năm", framework: "Bộ chỉ số",
        domain: "Lĩnh vực, tiêu chí", max: "Tối đa", selfShort: "Tự ĐG", appraisedShort: "Thẩm định",
        finalShort: "CTHĐ", lost: "Mất điểm", total: "Tổng",
        band: "Xếp loại", points: "điểm", topBand: "mức cao nhất", toReach: "còn thiếu %@ điểm để đạt %@ (từ %@)",
        noBand: "chưa xếp loại", incomplete: "chưa chấm đủ: thiếu %@",
        lostList: "Nội dung bị mất điểm", row: "dòng", rows: "dòng", code: "Mã", content: "Nội dung", reason: "Lý do",
        remediation: "Khắc phục", responsible: "Phụ trách", department: Messages.departmentNoRow.vi,
        noLost: "Không mất điểm nào.", domains: "lĩnh vực", criteria: "tiêu chí",
        byResponsible: "Điểm mất theo người phụ trách", codes: "Mã (điểm)",
        sharedNote:
            "* dòng chung nhiều người: tính đủ cho mỗi người, nên cột Mất điểm không cộng lại thành %@.",
        handedFrom: "nhận từ %@, %@", departmentMark: "bộ phận",
        comparing: "So sánh", change: "Thay đổi", old: "Cũ", new: "Mới", stage: "Giai đoạn",
        noDifferences: "Không có khác biệt.", onlyInOld: "Chỉ có ở bản cũ", onlyInNew: "Chỉ có ở bản mới",
        ranking: "Xếp hạng năm %@", rank: "Hạng", unitHeader: "Đơn vị", unranked: "Chưa xếp hạng (chưa chấm đủ)",
        missing: "thiếu %@", count: "Số đơn vị", mean: "Trung bình", median: "Trung vị",
        best: "Lĩnh vực và đơn vị cao nhất", andOthers: "và %@ đơn vị khác", trend: "Diễn biến",
        published: "công bố", source: "Nguồn", computed: "tính toán",
        partial: "chỉ gồm các tiêu chí đã chấm", nothingScored: "Chưa chấm tiêu chí nào.",
        moreColumns: "Không đủ chỗ cho mọi lĩnh vực: xem đủ với --format csv.",
        criteriaSheet: "Tiêu chí", lostSheet: "Mất điểm", domainID: "Lĩnh vực", criterion: "Tiêu chí",
        formerly: "Người phụ trách trước", domainsChart: "Điểm theo lĩnh vực", file: "Tệp",
        of: "Số đơn vị xếp hạng")

    static let en = Labels(
        unit: "Unit", district: "District", province: "Province", year: "Year", framework: "Framework",
        domain: "Domain, criterion", max: "Max", selfShort: "Self", appraisedShort: "Appraised",
        finalShort: "Final", lost: "Lost", total: "Total",
        band: "Band", points: "points", topBand: "the top band", toReach: "%@ points short of %@ (from %@)",
        noBand: "no band", incomplete: "not fully scored: %@ missing",
        lostList: "Lost points", row: "row", rows: "rows", code: "Code", content: "Content", reason: "Reason",
        remediation: "Remediation", responsible: "Responsible", department: Messages.departmentNoRow.en,
        noLost: "No points lost.", domains: "domains", criteria: "criteria",
        byResponsible: "Lost points by responsible", codes: "Codes (points)",
        sharedNote: "* a shared row counts in full for each person, so the Lost column does not add up to %@.",
        handedFrom: "taken over from %@, %@", departmentMark: "department",
        comparing: "Comparing", change: "Change", old: "Old", new: "New", stage: "Stage",
        noDifferences: "No differences.", onlyInOld: "Only in the old", onlyInNew: "Only in the new",
        ranking: "Ranking %@", rank: "Rank", unitHeader: "Unit", unranked: "Not ranked (not fully scored)",
        missing: "%@ missing", count: "Units", mean: "Mean", median: "Median",
        best: "Domains and their best units", andOthers: "and %@ more", trend: "Trend", published: "published",
        source: "Source", computed: "computed", partial: "scored criteria only",
        nothingScored: "No criterion is scored yet.",
        moreColumns: "Not every domain fits: see them all with --format csv.",
        criteriaSheet: "Criteria", lostSheet: "Lost points", domainID: "Domain", criterion: "Criterion",
        formerly: "Formerly responsible", domainsChart: "Points by domain", file: "File", of: "Units ranked")
}

extension String {
    /// Replaces each `%@` in turn with the next argument.
    func filling(_ arguments: String...) -> String {
        var result = ""
        var rest = arguments[...]
        var remaining = Substring(self)
        while let range = remaining.firstRange(of: "%@") {
            result += remaining[..<range.lowerBound]
            result += rest.popFirst() ?? ""
            remaining = remaining[range.upperBound...]
        }
        return result + remaining
    }
}
