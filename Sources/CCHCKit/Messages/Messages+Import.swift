/// `import`: the criteria table and the lost-points table as offices paste them.
extension Messages {
    static let tableNotUTF8 = Message(
        vi: "không phải văn bản UTF-8 (hãy lưu bảng dưới dạng UTF-8, hoặc \"Unicode Text\" của Excel)",
        en: "not UTF-8 text (save the table as UTF-8, or as \"Unicode text\" from Excel)")
    static let quoteNotClosed = Message(
        vi: "một ô mở dấu ngoặc kép mà không đóng (thiếu một dấu \")",
        en: "a quoted cell is not closed (a \" is missing)")

    /// A cell's value as every message quotes it: on one line (a line break inside a quoted CSV
    /// cell is a space, so one error stays one line), at most 20 characters and `…`, and a
    /// number a workbook stores (`4.755`) written in Vietnamese as Vietnamese write it (`4,755`).
    /// A header is quoted longer (`limit` 60), so that `Lý do mất điểm, yêu cầu khắc phục` reads whole.
    static func cellValue(_ text: String, limit: Int = 20) -> Message {
        let line = Text.clipped(text, to: limit)
        let parts = line.split(separator: ".", omittingEmptySubsequences: false)
        let digits =
            parts.count == 2
            && parts.allSatisfy { part in
                !part.isEmpty && part.drop { $0 == "-" }.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            }
        return digits ? Message(vi: parts.joined(separator: ","), en: line) : .same(line)
    }

    /// A column of the lost-points table found in the criteria table.
    static func lostColumnInCriteria(_ header: String) -> Message {
        let header = cellValue(header, limit: 60)
        return Message(
            vi: "\"\(header.vi)\" là cột của bảng nội dung bị mất điểm: đưa bảng đó vào bằng --lost",
            en: "\"\(header.en)\" is a column of the lost-points table: give it with --lost")
    }

    /// A column of the criteria table found in the lost-points table.
    static func criteriaColumnInLost(_ header: String) -> Message {
        let header = cellValue(header, limit: 60)
        return Message(
            vi: "\"\(header.vi)\" là cột của bảng tiêu chí, không phải của bảng nội dung bị mất điểm",
            en: "\"\(header.en)\" is a column of the criteria table, not of the lost-points table")
    }

    static let rowSkippedFirstEmpty = Message(
        vi: "bỏ qua dòng: ô đầu tiên trống", en: "row skipped: its first cell is empty")

    static func rowSkippedNotID(_ text: String) -> Message {
        let text = cellValue(text)
        return Message(
            vi: "bỏ qua dòng: \"\(text.vi)\" không phải mã tiêu chí", en: "row skipped: \"\(text.en)\" is not an id")
    }

    static let rowSkippedNoCode = Message(
        vi: "bỏ qua dòng: ô thứ hai không có mã", en: "row skipped: no code in its second cell")

    static func rowSkippedNotCode(_ text: String) -> Message {
        let text = cellValue(text)
        return Message(
            vi: "bỏ qua dòng: \"\(text.vi)\" không phải một mã", en: "row skipped: \"\(text.en)\" is not a code")
    }

    /// A column of a table as a message names it, by the key of what it holds.
    static func columnName(_ key: String) -> Message {
        switch key {
        case "id": Message(vi: "số thứ tự (STT)", en: "number (STT)")
        case "title": Message(vi: "tên tiêu chí", en: "title")
        case "department": Message(vi: "ngành, BPCM phụ trách", en: "department")
        case "code": Message(vi: "mã chỉ tiêu, tiêu chí", en: "code")
        case "content": Message(vi: "nội dung", en: "content")
        case "reason": Message(vi: "lý do mất điểm", en: "reason")
        case "remediation": Message(vi: "giải trình, hướng khắc phục", en: "remediation")
        case "responsible": Message(vi: "người phụ trách", en: "responsible")
        default: quantity(key)
        }
    }

    /// Two header cells naming one column: `"Thẩm định" (cột 5) và "Thẩm định" (cột 6)`.
    static func columnTwice(_ what: Message, _ first: (String, Int), _ second: (String, Int)) -> Message {
        Message(
            vi: "hai cột cùng là cột \(what.vi): \"\(first.0)\" (cột \(first.1)) và \"\(second.0)\" (cột \(second.1));"
                + " đặt lại tiêu đề cho đúng",
            en: "two columns are both \(what.en): \"\(first.0)\" (column \(first.1)) and \"\(second.0)\" (column "
                + "\(second.1)); rename one")
    }

    /// A column of numbers whose header names no column the import knows, while a stage has none.
    static func unknownColumnHoldsNumbers(_ header: String, column: Int) -> Message {
        let header = cellValue(header, limit: 60)
        return Message(
            vi: "cột \(column) \"\(header.vi)\" có số nhưng tiêu đề không phải của cột điểm nào (Tự đánh giá, "
                + "Thẩm định, CTHĐ)",
            en: "column \(column) \"\(header.en)\" holds numbers, but its header names no stage (Tự đánh giá, "
                + "Thẩm định, CTHĐ)")
    }

    /// A column the lost-points table cannot do without, missing from its header.
    static func lostColumnMissing(_ what: Message, header: String) -> Message {
        Message(
            vi: "bảng nội dung bị mất điểm không có cột \(what.vi) (\"\(header)\")",
            en: "the lost-points table has no \(what.en) column (\"\(header)\")")
    }

    /// A deduction row written twice: same code, points and reason.
    static func deductionRepeated(firstAt place: Message) -> Message {
        Message(
            vi: "trùng dòng trừ điểm ở \(place.vi) (cùng mã, số điểm và lý do)",
            en: "the same deduction as at \(place.en) (same code, points and reason)")
    }

    static let noMaxColumn = Message(
        vi: "dòng tiêu đề có cột điểm nhưng không có cột Điểm tối đa (hoặc Điểm chuẩn, Thang điểm)",
        en: "the header names score columns but no max column (Điểm tối đa, Điểm chuẩn or Thang điểm)")
    static let noStageColumn = Message(
        vi: "bảng không có cột điểm nào (Tự đánh giá, Thẩm định, CTHĐ thẩm định)",
        en: "the table has no column of scores (Tự đánh giá, Thẩm định, CTHĐ thẩm định)")

    /// Stages the table has no column for, or a column blank in every row: left unscored.
    static func stagesNotInTable(_ stages: [Stage]) -> Message {
        Message(
            vi: "bảng chưa có \(stages.map { stageScore($0).vi }.joined(separator: ", ")): để trống, chưa chấm",
            en: "the table has no \(stages.map(\.rawValue).joined(separator: ", ")) scores: left unscored")
    }

    static func stageBlank(_ stage: Stage) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) để trống, trong khi các dòng khác có điểm",
            en: "\(stage.rawValue) is blank where the other rows have scores")
    }

    static let rowHasNoNumbers = Message(
        vi: "dòng không có số nào: điểm tối đa và các cột điểm đều để trống",
        en: "the row has no numbers: its max and score cells are blank")

    /// A row a line break inside a cell cut in two: the rest is on the line at `place`.
    static func rowBrokenAcrossLines(restAt place: Message) -> Message {
        Message(
            vi: "dòng có vẻ bị ngắt làm hai (một dấu xuống dòng trong ô?): phần còn lại nằm ở \(place.vi); nối lại "
                + "thành một dòng",
            en: "the row looks broken across two lines (a line break inside a cell?): the rest is on \(place.en); "
                + "join them")
    }

    static let surveyStagesDiffer = Message(
        vi: "tiêu chí điều tra xã hội học có cùng một điểm ở mọi giai đoạn, nhưng các cột điểm khác nhau",
        en: "a survey criterion has the same points in every stage, but its score cells differ")

    static func surveyPointsNotAPercentage(_ points: Points, max: Points) -> Message {
        Message(
            vi: "\(points.formatted(.vi)) điểm không ứng với tỷ lệ điều tra nào trên \(max.formatted(.vi)) điểm; "
                + "ghi tỷ lệ vào tên tiêu chí, như \"(86,5 %)\"",
            en: "\(points.formatted(.en)) points stand for no survey percentage of \(max.formatted(.en)); "
                + "write the percentage into the title, as \"(86,5 %)\"")
    }

    /// A row whose title is another criterion's.
    static func titleOfAnother(_ other: String) -> Message {
        Message(
            vi: "tên ghi ở dòng này giống tên tiêu chí \(other) hơn (nhầm mã giữa hai dòng?)",
            en: "the title written here is criterion \(other)'s (are the ids of two rows swapped?)")
    }

    static let noCriterionRows = Message(
        vi: "không thấy dòng tiêu chí nào (đây có phải bảng tiêu chí? STT | Lĩnh vực, tiêu chí | …)",
        en: "no criterion rows found (is this the criteria table? STT | Lĩnh vực, tiêu chí | …)")

    /// Many criteria of the framework missing from the table: the first few ids.
    static func criteriaMissing(_ count: Int, first ids: [String]) -> Message {
        let list = ids.joined(separator: ", ")
        return Message(
            vi: "bảng thiếu \(count) tiêu chí: \(list), …",
            en: "\(criteriaCount(count)) missing from the table: \(list), …")
    }

    /// One criterion of the framework missing from the table.
    static func missingFromTable(title: String) -> Message {
        Message(vi: "không có trong bảng (\(title))", en: "missing from the table (\(title))")
    }

    /// `max 0,5 differs from the framework's 1,5`.
    static func maxDiffers(_ written: Points, framework: Points) -> Message {
        Message(
            vi: "điểm tối đa \(n(written, .vi)) khác điểm tối đa của bộ chỉ số, \(n(framework, .vi))",
            en: "max \(n(written, .en)) differs from the framework's \(n(framework, .en))")
    }

    /// A cell that is not a number, as written.
    static func cellNotANumber(_ key: String, _ text: String) -> Message {
        let (q, text) = (quantity(key), cellValue(text))
        return Message(vi: "\(q.vi) \"\(text.vi)\" không phải là số", en: "\(q.en) \"\(text.en)\" is not a number")
    }

    /// A domain or total row whose figure is not the sum of the criteria under it.
    static func sumDiffers(_ stage: Stage, written: Points, sum: Points) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) \(n(written, .vi)) khác tổng các tiêu chí, \(n(sum, .vi))",
            en: "\(stage.rawValue) \(n(written, .en)) differs from the sum of its criteria, \(n(sum, .en))")
    }

    static let pointsBlank = Message(
        vi: "ô số điểm trừ (Số điểm trừ) để trống", en: "no points lost in the Số điểm trừ column")

    /// The lost-points table's total row against its rows.
    static func lostTotalDiffers(_ written: Points, sum: Points) -> Message {
        Message(
            vi: "\(n(written, .vi)) khác tổng các dòng, \(n(sum, .vi))",
            en: "\(n(written, .en)) differs from the sum of the rows, \(n(sum, .en))")
    }

    /// Nothing was written because the tables (or the one table) had errors.
    static func nothingWritten(errors: Int, oneTable: Bool = false) -> Message {
        Message(
            vi: "không ghi gì: \(oneTable ? "bảng" : "các bảng") có \(errors) lỗi",
            en: "nothing written: \(errors) \(errors == 1 ? "error" : "errors") in the \(oneTable ? "table" : "tables")"
        )
    }

    /// What `import` wrote: `54 tiêu chí, 12 dòng trừ điểm`.
    static func importSummary(criteria: Int, deductions: Int?) -> Message {
        var m = Message(vi: "\(criteria) tiêu chí", en: criteriaCount(criteria))
        if let deductions {
            m =
                m
                + Message(
                    vi: ", \(deductions) dòng trừ điểm", en: ", \(deductions) deduction\(deductions == 1 ? "" : "s")")
        }
        return m
    }

    /// What `init` wrote.
    static func blankSummary(criteria: Int) -> Message {
        Message(
            vi: "\(criteria) tiêu chí, chưa chấm",
            en: "\(criteriaCount(criteria)), none scored")
    }

    // MARK: `framework import`: a decision's criteria table

    static let noFrameworkHeader = Message(
        vi:
            "không có dòng tiêu đề với các cột STT, Lĩnh vực / tiêu chí (hoặc Nội dung) và Điểm tối đa (hoặc Điểm chuẩn)",
        en: "no header row with the columns STT, Lĩnh vực / tiêu chí (or Nội dung) and Điểm tối đa (or Điểm chuẩn)")
    static let rowSkippedNoNumber = Message(
        vi: "bỏ qua dòng: ô số thứ tự trống", en: "row skipped: its number is empty")

    static func rowSkippedNotNumber(_ text: String) -> Message {
        let text = cellValue(text)
        return Message(
            vi: "bỏ qua dòng: \"\(text.vi)\" không phải số thứ tự", en: "row skipped: \"\(text.en)\" is not a number")
    }

    static func noParentRow(_ parent: String) -> Message {
        Message(vi: "không có dòng \(parent) ở trên để chứa nó", en: "no row \(parent) above it to hold it")
    }

    static let beforeAnyDomain = Message(
        vi: "đứng trước mọi lĩnh vực (I, II…)", en: "comes before any domain (I, II…)")
    static let maxBlank = Message(vi: "điểm tối đa (Điểm tối đa) để trống", en: "the max (Điểm tối đa) is blank")
    static let noRowsUnderHeader = Message(
        vi: "không thấy dòng tiêu chí nào dưới dòng tiêu đề", en: "no criterion rows found under the header")

    static func totalMaxDiffers(_ written: Points, sum: Points) -> Message {
        Message(
            vi: "điểm tối đa \(n(written, .vi)) khác tổng các lĩnh vực thường, \(n(sum, .vi))",
            en: "max \(n(written, .en)) differs from the sum of the regular domains, \(n(sum, .en))")
    }

    /// `criterion 5: max 4 differs from the sum of its sub-criteria, 3,5` (SPEC §6).
    static func maxDiffersFromSum(_ max: Points, sum: Points, subCriteria: Bool) -> Message {
        Message(
            vi: "điểm tối đa \(n(max, .vi)) khác tổng các \(subCriteria ? "tiêu chí thành phần" : "tiêu chí"), "
                + n(sum, .vi),
            en: "max \(n(max, .en)) differs from the sum of its \(subCriteria ? "sub-criteria" : "criteria"), "
                + n(sum, .en))
    }

    static let idTitleEmpty = Message(
        vi: "'--id' và '--title' không được để trống", en: "'--id' and '--title' must not be empty")

    static func invalidBand(_ piece: String) -> Message {
        Message(
            vi: "xếp loại '\(piece)' không hợp lệ cho '--bands' (cần \"MỨC TÊN\", mức cao nhất trước)",
            en: "invalid band '\(piece)' for '--bands' (expected \"MIN LABEL\", highest first)")
    }

    static func invalidYears(_ text: String) -> Message {
        Message(
            vi: "giá trị '\(text)' không hợp lệ cho '--years' (cần các năm như 2025,2026)",
            en: "invalid value '\(text)' for '--years' (expected years such as 2025,2026)")
    }

    /// What `framework import` wrote.
    static func frameworkSummary(domains: Int, criteria: Int, max: Points) -> Message {
        Message(
            vi: "\(domains) lĩnh vực, \(criteria) tiêu chí chấm điểm, \(n(max, .vi)) điểm",
            en:
                "\(counted(domains, "domain", "domains")), \(counted(criteria, "scored criterion", "scored criteria")), "
                + "\(n(max, .en)) points")
    }

    /// The last line of `framework show`: `Tổng: 100 điểm, 8 lĩnh vực, 54 tiêu chí`.
    static func frameworkTotal(domains: Int, criteria: Int, max: Points) -> Message {
        Message(
            vi: "Tổng: \(n(max, .vi)) điểm, \(domains) lĩnh vực, \(criteria) tiêu chí",
            en: "Total: \(n(max, .en)) points, \(counted(domains, "domain", "domains")), \(criteriaCount(criteria))")
    }
}
