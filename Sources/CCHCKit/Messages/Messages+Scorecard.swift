/// Scorecard and framework files: their fields, their figures, and the warnings over a valid one.
extension Messages {
    // MARK: Fields of a JSON object

    /// The document (or a criterion…) is not an object.
    static func expectedObject(found: Message) -> Message {
        Message(vi: "cần một đối tượng, gặp \(found.vi)", en: "expected an object, found \(found.en)")
    }
    /// The subject of a message about the document itself.
    static let document = Message(vi: "tài liệu", en: "the document")

    static func unknownField(_ key: String) -> Message {
        Message(vi: "trường lạ \"\(key)\"", en: "unknown field \"\(key)\"")
    }

    static func extraNotObject(found: Message) -> Message {
        Message(
            vi: "trường \"extra\" phải là một đối tượng, gặp \(found.vi)",
            en: "field \"extra\" must be an object, found \(found.en)")
    }

    static func missingField(_ key: String) -> Message {
        Message(vi: "thiếu trường bắt buộc \"\(key)\"", en: "missing required field \"\(key)\"")
    }

    static func mustBeString(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một chuỗi, gặp \(found.vi)",
            en: "field \"\(key)\" must be a string, found \(found.en)")
    }

    static func isEmpty(_ key: String) -> Message {
        Message(vi: "trường \"\(key)\" để trống", en: "field \"\(key)\" is empty")
    }

    static func mustBeWholeNumber(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một số nguyên, gặp \(found.vi)",
            en: "field \"\(key)\" must be a whole number, found \(found.en)")
    }

    static func wholeNumberRange(_ key: String, _ range: ClosedRange<Int>, found: String) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một số nguyên từ \(range.lowerBound) đến \(range.upperBound), gặp \(found)",
            en:
                "field \"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(found)"
        )
    }

    static func mustBeNumber(_ key: String, found: Message) -> Message {
        let q = quantity(key)
        return Message(vi: "\(q.vi) phải là một số, gặp \(found.vi)", en: "\(q.en) must be a number, found \(found.en)")
    }

    /// A number that cannot be read, as written (`"9,5 điểm"`, `abc`).
    static func notANumber(_ key: String, _ shown: String) -> Message {
        let q = quantity(key)
        return Message(
            vi: "\(q.vi) \(shown) không phải là số (viết 9.5 hoặc \"9,5\")",
            en: "\(q.en) \(shown) is not a number (write 9.5 or \"9,5\")")
    }

    static func tooManyDecimals(_ key: String, _ shown: String) -> Message {
        let q = quantity(key)
        return Message(
            vi: "\(q.vi) \(shown) có quá hai chữ số thập phân", en: "\(q.en) \(shown) has more than two decimal places")
    }

    static func numberTooLarge(_ key: String, _ shown: String) -> Message {
        let q = quantity(key)
        return Message(vi: "\(q.vi) \(shown) quá lớn", en: "\(q.en) \(shown) is too large")
    }

    static func mustBeNames(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một mảng tên, gặp \(found.vi)",
            en: "field \"\(key)\" must be an array of names, found \(found.en)")
    }

    static func mustHoldNames(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" chỉ được chứa tên (chuỗi), gặp \(found.vi)",
            en: "field \"\(key)\" must hold names (strings), found \(found.en)")
    }

    static func mustBeArray(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một mảng, gặp \(found.vi)",
            en: "field \"\(key)\" must be an array, found \(found.en)")
    }

    // MARK: Scorecards

    /// `format` is not the scorecard's; `isFramework` when it is a framework file's.
    static func unknownScorecardFormat(_ format: String, expected: String, isFramework: Bool) -> Message {
        let hint = isFramework ? Message(vi: " (đây là tệp bộ chỉ số)", en: " (this is a framework file)") : .none
        return Message(
            vi: "trường \"format\": định dạng lạ \"\(format)\" (cần \"\(expected)\")",
            en: "field \"format\": unknown format \"\(format)\" (expected \"\(expected)\")") + hint
    }

    /// The `framework` field cannot be used.
    static func frameworkField(_ problem: Message) -> Message {
        problem.about(Message(vi: "trường \"framework\"", en: "field \"framework\""))
    }

    /// An id given twice, the first at `line`.
    static func listedTwice(firstLine line: Int) -> Message {
        Message(vi: "có hai lần (lần đầu ở dòng \(line))", en: "listed twice (first at line \(line))")
    }

    static func notInFramework(_ framework: String) -> Message {
        Message(vi: "không có trong bộ chỉ số \(framework)", en: "not in framework \(framework)")
    }

    static func belowZero(_ stage: Stage, _ score: Points) -> Message {
        let q = stageScore(stage)
        return Message(vi: "\(q.vi) \(n(score, .vi)) nhỏ hơn 0", en: "\(q.en) \(n(score, .en)) is below 0")
    }

    /// `điểm CTHĐ 2 vượt điểm tối đa 1,5` / `final 2 is above the max 1.5`.
    static func aboveMax(_ stage: Stage, _ score: Points, max: Points) -> Message {
        let q = stageScore(stage)
        return Message(
            vi: "\(q.vi) \(n(score, .vi)) vượt điểm tối đa \(n(max, .vi))",
            en: "\(q.en) \(n(score, .en)) is above the max \(n(max, .en))")
    }

    static func codeBelongsToNone(_ framework: String) -> Message {
        Message(
            vi: "mã không thuộc tiêu chí nào của \(framework)", en: "the code belongs to no criterion of \(framework)")
    }

    static func pointsNotPositive(_ p: Points) -> Message {
        Message(vi: "số điểm trừ \(n(p, .vi)) phải lớn hơn 0", en: "points \(n(p, .en)) must be above 0")
    }

    static func rankBeyondCount(_ rank: Int, _ count: Int) -> Message {
        Message(vi: "hạng \(rank) vượt quá số đơn vị \(count)", en: "rank \(rank) is beyond the count \(count)")
    }

    // MARK: Frameworks

    static func unknownFrameworkFormat(_ format: String, expected: String) -> Message {
        Message(
            vi: "định dạng lạ \"\(format)\" (cần \"\(expected)\")",
            en: "unknown format \"\(format)\" (expected \"\(expected)\")")
    }

    static let idUsedTwice = Message(vi: "mã được dùng hai lần", en: "the id is used twice")

    static func notUnderDomain(_ domain: String) -> Message {
        Message(vi: "mã không nằm dưới lĩnh vực \(domain) của nó", en: "the id is not under its domain \(domain)")
    }

    static func maxNotPositive(_ max: Points) -> Message {
        Message(vi: "điểm tối đa \(n(max, .vi)) phải lớn hơn 0", en: "max \(n(max, .en)) must be above 0")
    }

    static func domainMaxNotSum(_ max: Points, sum: Points) -> Message {
        Message(
            vi: "điểm tối đa \(n(max, .vi)) không bằng tổng các tiêu chí \(n(sum, .vi))",
            en: "max \(n(max, .en)) is not the sum of its criteria \(n(sum, .en))")
    }

    static let noDomains = Message(vi: "bộ chỉ số không có lĩnh vực nào", en: "the framework has no domains")
    static let bandMinBelowZero = Message(
        vi: "mức tối thiểu không được nhỏ hơn 0", en: "min must not be below 0")

    static func bandsOrder(_ min: Points, follows last: Points) -> Message {
        Message(
            vi: "các xếp loại phải theo thứ tự mức tối thiểu giảm dần (\(n(min, .vi)) đứng sau \(n(last, .vi)))",
            en: "bands must be in descending order of min (\(n(min, .en)) follows \(n(last, .en)))")
    }

    static func unknownFramework(_ reference: String) -> Message {
        Message(vi: "không có bộ chỉ số \"\(reference)\"", en: "unknown framework \"\(reference)\"")
    }

    static func frameworkInvalid(_ name: String) -> Message {
        Message(vi: "bộ chỉ số \(name) không hợp lệ", en: "the framework \(name) is invalid")
    }

    static func cannotUseFramework(_ problem: Message) -> Message {
        Message(vi: "không dùng được bộ chỉ số: \(problem.vi)", en: "cannot use the framework: \(problem.en)")
    }

    static let notBuiltInNorFile = Message(
        vi: "không phải bộ chỉ số có sẵn, cũng không phải tệp", en: "not a built-in framework, nor a file")

    // MARK: Warnings over a valid scorecard (SPEC §2)

    /// A stage with criteria not scored, listed.
    static func stageIncomplete(_ stage: Stage, missing ids: [String]) -> Message {
        let list = ids.joined(separator: ", ")
        return Message(
            vi: "\(stageScore(stage).vi) chưa chấm đủ, chưa chấm: \(list)",
            en: "stage \(stage.rawValue) is incomplete, not scored: \(list)")
    }

    /// A stage with many criteria not scored, counted.
    static func stageIncomplete(_ stage: Stage, missingCount: Int, of count: Int) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) chưa chấm đủ, \(missingCount) trên \(count) tiêu chí chưa chấm",
            en: "stage \(stage.rawValue) is incomplete, \(missingCount) of \(count) criteria not scored")
    }

    /// `3.1: lost 2 in final, deductions explain 1.5`.
    static func deductionsDoNotAddUp(_ id: String, lost: Points, explained: Points) -> Message {
        Message(
            vi: "tiêu chí \(id): mất \(n(lost, .vi)) điểm CTHĐ, các dòng trừ điểm giải thích \(n(explained, .vi))",
            en: "\(id): lost \(n(lost, .en)) in final, deductions explain \(n(explained, .en))")
    }

    /// A published total that is not the computed one.
    static func publishedDiffers(_ stage: Stage, published: Points, computed: Points) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) công bố \(n(published, .vi)) khác điểm tính được \(n(computed, .vi))",
            en: "published \(stage.rawValue) \(n(published, .en)) differs from the computed \(n(computed, .en))")
    }

    /// A later stage above an earlier one.
    static func stageAbove(_ stage: Stage, _ score: Points, earlier: Stage, _ earlierScore: Points) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) \(n(score, .vi)) cao hơn \(stageScore(earlier).vi) \(n(earlierScore, .vi))",
            en: "\(stage.rawValue) \(n(score, .en)) is above \(earlier.rawValue) \(n(earlierScore, .en))")
    }
}
