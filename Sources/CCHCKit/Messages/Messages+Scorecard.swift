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
        Message(vi: "trường lạ \"\(key)\"", en: "unknown field \"\(key)\"", id: key)
    }

    static func extraNotObject(found: Message) -> Message {
        Message(
            vi: "trường \"extra\" phải là một đối tượng, gặp \(found.vi)",
            en: "field \"extra\" must be an object, found \(found.en)", id: "extra")
    }

    static func missingField(_ key: String) -> Message {
        Message(vi: "thiếu trường bắt buộc \"\(key)\"", en: "missing required field \"\(key)\"", id: key)
    }

    static func mustBeString(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một chuỗi, gặp \(found.vi)",
            en: "field \"\(key)\" must be a string, found \(found.en)", id: key)
    }

    static func isEmpty(_ key: String) -> Message {
        Message(vi: "trường \"\(key)\" để trống", en: "field \"\(key)\" is empty", id: key)
    }

    static func mustBeBool(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là true hoặc false, gặp \(found.vi)",
            en: "field \"\(key)\" must be true or false, found \(found.en)", id: key)
    }

    static let everythingNotApplicable = Message(
        vi: "mọi tiêu chí thường đều đánh dấu \"na\": không còn điểm tối đa áp dụng để tính chỉ số",
        en: "every regular criterion is marked \"na\": there is no applicable max to compute an index from")

    static func mustBeWholeNumber(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một số nguyên, gặp \(found.vi)",
            en: "field \"\(key)\" must be a whole number, found \(found.en)", id: key)
    }

    static func wholeNumberRange(_ key: String, _ range: ClosedRange<Int>, found: String) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một số nguyên từ \(range.lowerBound) đến \(range.upperBound), gặp \(found)",
            en:
                "field \"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(found)",
            id: key)
    }

    static func mustBeNumber(_ key: String, found: Message) -> Message {
        let q = quantity(key)
        return Message(
            vi: "\(q.vi) phải là một số, gặp \(found.vi)", en: "\(q.en) must be a number, found \(found.en)", id: key)
    }

    /// A number that cannot be read, as written (`"9,5 điểm"`, `abc`).
    static func notANumber(_ key: String, _ shown: String) -> Message {
        let q = quantity(key)
        return Message(
            vi: "\(q.vi) \(shown) không phải là số (viết 9.5 hoặc \"9,5\")",
            en: "\(q.en) \(shown) is not a number (write 9.5 or \"9,5\")", id: key)
    }

    static func tooManyDecimals(_ key: String, _ shown: String) -> Message { tooManyDecimals(key, .same(shown)) }

    /// `shown` is a cell's value (`Messages.cellValue`) or a JSON value as written.
    static func tooManyDecimals(_ key: String, _ shown: Message) -> Message {
        let q = quantity(key)
        return Message(
            vi: "\(q.vi) \(shown.vi) có quá hai chữ số thập phân",
            en: "\(q.en) \(shown.en) has more than two decimal places", id: key)
    }

    static func numberTooLarge(_ key: String, _ shown: String) -> Message { numberTooLarge(key, .same(shown)) }

    static func numberTooLarge(_ key: String, _ shown: Message) -> Message {
        let q = quantity(key)
        return Message(vi: "\(q.vi) \(shown.vi) quá lớn", en: "\(q.en) \(shown.en) is too large", id: key)
    }

    static func mustBeNames(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một mảng tên, gặp \(found.vi)",
            en: "field \"\(key)\" must be an array of names, found \(found.en)", id: key)
    }

    static func mustHoldNames(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" chỉ được chứa tên (chuỗi), gặp \(found.vi)",
            en: "field \"\(key)\" must hold names (strings), found \(found.en)", id: key)
    }

    static func mustBeArray(_ key: String, found: Message) -> Message {
        Message(
            vi: "trường \"\(key)\" phải là một mảng, gặp \(found.vi)",
            en: "field \"\(key)\" must be an array, found \(found.en)", id: key)
    }

    // MARK: Scorecards

    /// `format` is not the scorecard's; `isFramework` when it is a framework file's.
    static func unknownScorecardFormat(_ format: String, expected: String, isFramework: Bool) -> Message {
        let hint = isFramework ? Message(vi: " (đây là tệp bộ chỉ số)", en: " (this is a framework file)") : .none
        return Message(
            vi: "trường \"format\": định dạng lạ \"\(format)\" (cần \"\(expected)\")",
            en: "field \"format\": unknown format \"\(format)\" (expected \"\(expected)\")", id: "format") + hint
    }

    /// A framework file (`cchc-framework/1`) given where a scorecard is read.
    static let frameworkNotScorecard = Message(
        vi: "tệp bộ chỉ số, không phải bảng điểm: hãy dùng 'cchc framework show'",
        en: "a framework file, not a scorecard: use 'cchc framework show'",
        id: "format")

    /// The `framework` field cannot be used.
    static func frameworkField(_ problem: Message) -> Message {
        problem.about(Message(vi: "trường \"framework\"", en: "field \"framework\"", id: "framework"))
    }

    /// An id given twice, the first at `line`.
    static func listedTwice(firstLine line: Int) -> Message { listedTwice(firstAt: self.line(line)) }

    /// An id given twice, the first at a place: `line 4`, `bảng 2, dòng 12, cột 1`.
    static func listedTwice(firstAt place: Message) -> Message {
        Message(vi: "có hai lần (lần đầu ở \(place.vi))", en: "listed twice (first at \(place.en))")
    }

    /// `dòng 4` / `line 4`: where a message points back to in a text file.
    static func line(_ n: Int) -> Message { Message(vi: "dòng \(n)", en: "line \(n)") }

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

    /// A scorecard (`cchc-scorecard/1`) given where a framework file is read.
    static let scorecardNotFramework = Message(
        vi: "tệp bảng điểm, không phải bộ chỉ số: hãy dùng 'cchc score' hoặc 'cchc check'",
        en: "a scorecard, not a framework file: use 'cchc score' or 'cchc check'",
        id: "format")

    static func unknownFrameworkFormat(_ format: String, expected: String) -> Message {
        Message(
            vi: "định dạng lạ \"\(format)\" (cần \"\(expected)\")",
            en: "unknown format \"\(format)\" (expected \"\(expected)\")", id: "format")
    }

    /// An id met twice in one framework.
    static func idUsedTwice(firstLine line: Int) -> Message {
        Message(
            vi: "mã được dùng hai lần (lần đầu ở dòng \(line))", en: "the id is used twice (first at line \(line))")
    }

    /// An id not under its parent's: `the id is not under its domain 3`.
    static func notUnder(_ parent: Message) -> Message {
        Message(vi: "mã không nằm dưới \(parent.vi) của nó", en: "the id is not under its \(parent.en)")
    }

    static func tooManyLevels(_ limit: Int) -> Message {
        Message(
            vi: "nhiều hơn \(limit) cấp (lĩnh vực, tiêu chí, tiêu chí thành phần và một cấp nữa)",
            en: "more than \(limit) levels (domain, criterion, sub-criterion and one more)")
    }

    static let kindOnDomainOnly = Message(
        vi: "\"kind\" chỉ ghi ở lĩnh vực", en: "\"kind\" belongs on a domain only")

    static func kindValue(_ word: String) -> Message {
        Message(
            vi: "trường \"kind\" phải là regular, bonus hoặc penalty, gặp \"\(word)\"",
            en: "field \"kind\" must be regular, bonus or penalty, found \"\(word)\"")
    }

    static func sourceValue(_ word: String) -> Message {
        Message(
            vi: "trường \"source\" phải là \"survey\", gặp \"\(word)\"",
            en: "field \"source\" must be \"survey\", found \"\(word)\"")
    }

    static let criteriaEmpty = Message(
        vi: "trường \"criteria\" trống (bỏ trường này đi với một tiêu chí không có tiêu chí thành phần)",
        en: "field \"criteria\" is empty (leave it out for a leaf)")

    /// A group whose max is not the sum of its children's.
    static func maxNotSum(_ max: Points, sum: Points, subCriteria: Bool) -> Message {
        Message(
            vi: "điểm tối đa \(n(max, .vi)) không bằng tổng các \(subCriteria ? "tiêu chí thành phần" : "tiêu chí") "
                + n(sum, .vi),
            en: "max \(n(max, .en)) is not the sum of its \(subCriteria ? "sub-criteria" : "criteria") \(n(sum, .en))")
    }

    static let noRegularDomain = Message(
        vi: "bộ chỉ số không có lĩnh vực thường nào (chỉ có điểm thưởng và điểm trừ)",
        en: "the framework has no regular domain (only bonus and penalty)")

    static func yearsMustBeYears(found: Message) -> Message {
        Message(
            vi: "trường \"years\" chỉ chứa năm từ 1900 đến 2200, gặp \(found.vi)",
            en: "field \"years\" must hold whole years from 1900 to 2200, found \(found.en)")
    }

    static func stagesValue(found: Message) -> Message {
        Message(
            vi: "trường \"stages\" chỉ chứa self, appraised hoặc final, gặp \(found.vi)",
            en: "field \"stages\" must hold self, appraised or final, found \(found.en)")
    }

    static func stagesOrder(_ stage: Stage) -> Message {
        Message(
            vi: "trường \"stages\": \(stage.rawValue) chỉ ghi một lần, theo thứ tự (self, appraised, final)",
            en: "field \"stages\": \(stage.rawValue) must come once, in process order (self, appraised, final)")
    }

    static func maxNotPositive(_ max: Points) -> Message {
        Message(vi: "điểm tối đa \(n(max, .vi)) phải lớn hơn 0", en: "max \(n(max, .en)) must be above 0")
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
            en: "stage \(stage.rawValue) is incomplete, not scored: \(list)", id: stage.rawValue)
    }

    /// A stage with many criteria not scored, counted.
    static func stageIncomplete(_ stage: Stage, missingCount: Int, of count: Int) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) chưa chấm đủ, \(missingCount) trên \(count) tiêu chí chưa chấm",
            en: "stage \(stage.rawValue) is incomplete, \(missingCount) of \(criteriaCount(count)) not scored",
            id: stage.rawValue)
    }

    /// `3.1: lost 2 in final, deductions explain 1.5`.
    static func deductionsDoNotAddUp(_ id: String, stage: Stage, lost: Points, explained: Points) -> Message {
        Message(
            vi: Message.joined(
                "tiêu chí ", id, ": mất ", n(lost, .vi), " ", stageScore(stage).vi, ", các dòng trừ điểm giải thích ",
                n(explained, .vi)),
            en: "\(id): lost \(n(lost, .en)) in \(stage.rawValue), deductions explain \(n(explained, .en))", id: id)
    }

    // MARK: The lost-points list

    /// How the lost list's note begins where a criterion's department stands in for a deduction
    /// row (`(bộ phận phụ trách; …)`); `import` knows such a row of `score`'s appendix by it.
    static let departmentStandsIn = Message(vi: "bộ phận phụ trách; ", en: "department; ")

    /// The note of a criterion with no deduction row of its own.
    static let departmentNoRow = departmentStandsIn + Message(vi: "không có dòng trừ điểm", en: "no deduction row")

    /// Who stands for a criterion whose deduction rows were written for another stage's loss.
    static func departmentRowsWrittenFor(_ codes: [String], _ stage: Stage?) -> Message {
        let list = codes.joined(separator: ", ")
        guard let stage else {
            return departmentStandsIn
                + Message(
                    vi: "dòng trừ điểm \(list) không khớp số điểm mất của giai đoạn nào",
                    en: "the deduction rows \(list) match no stage's lost points")
        }
        return departmentStandsIn
            + Message(
                vi: "dòng trừ điểm \(list) viết cho \(stageScore(stage).vi)",
                en: "the deduction rows \(list) were written for the \(stage.rawValue) stage")
    }

    /// Said of such a row on a line of its own under its content (so a sentence, not a fragment):
    /// `Dòng trừ điểm viết cho điểm CTHĐ, không tính vào điểm thẩm định`; of a row that explains
    /// no stage's loss, that it matches none.
    static func rowWrittenFor(_ stage: Stage?, notCountedIn chosen: Stage) -> Message {
        guard let stage else {
            return Message(
                vi: "Dòng trừ điểm không khớp số điểm mất của giai đoạn nào, không tính vào \(stageScore(chosen).vi)",
                en: "A deduction row matching no stage's lost points, not counted in the \(chosen.rawValue) stage")
        }
        return Message(
            vi: "Dòng trừ điểm viết cho \(stageScore(stage).vi), không tính vào \(stageScore(chosen).vi)",
            en: "A deduction row written for the \(stage.rawValue) stage, not counted in the \(chosen.rawValue) stage")
    }

    /// The stage such a row was written for, as its table's column says it: `CTHĐ`, or that it
    /// matches none.
    static func stageOrNone(_ stage: Stage?) -> Message {
        stage.map(Self.stage) ?? Message(vi: "không khớp giai đoạn nào", en: "none matches")
    }

    /// The title of the table of such rows in a page, a Word appendix and a workbook:
    /// `Dòng trừ điểm viết cho giai đoạn khác, không tính vào điểm thẩm định`.
    static func rowsWrittenForOtherStages(notCountedIn chosen: Stage) -> Message {
        Message(
            vi: "Dòng trừ điểm viết cho giai đoạn khác, không tính vào \(stageScore(chosen).vi)",
            en: "Deduction rows written for another stage, not counted in the \(chosen.rawValue) stage")
    }

    /// That table's sheet name in a workbook, at most 31 characters: `Không tính vào điểm thẩm định`.
    static func notCountedSheet(_ chosen: Stage) -> Message {
        Message(vi: "Không tính vào \(stageScore(chosen).vi)", en: "Not counted in \(chosen.rawValue)")
    }

    /// A scorecard of a year its framework is not for.
    static func yearNotInFramework(_ year: Int, _ framework: String, years: [Int]) -> Message {
        let list = years.map(String.init).joined(separator: ", ")
        return Message(
            vi: "năm \(year): bộ chỉ số \(framework) áp dụng cho năm \(list)",
            en: "year \(year): the framework \(framework) is for \(list)", id: "year")
    }

    /// A published total that is not the computed one.
    static func publishedDiffers(_ stage: Stage, published: Points, computed: Points) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) công bố \(n(published, .vi)) khác điểm tính được \(n(computed, .vi))",
            en: "published \(stage.rawValue) \(n(published, .en)) differs from the computed \(n(computed, .en))",
            id: "published.\(stage.rawValue)")
    }

    /// A later stage above an earlier one.
    static func stageAbove(_ stage: Stage, _ score: Points, earlier: Stage, _ earlierScore: Points) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) \(n(score, .vi)) cao hơn \(stageScore(earlier).vi) \(n(earlierScore, .vi))",
            en: "\(stage.rawValue) \(n(score, .en)) is above \(earlier.rawValue) \(n(earlierScore, .en))")
    }

    // MARK: Frameworks of many levels (SPEC §6)

    /// A group scored itself: its leaves, the first few.
    static func hasSubCriteria(_ shown: String) -> Message {
        Message(
            vi: "có tiêu chí thành phần \(shown); hãy chấm các tiêu chí đó",
            en: "has sub-criteria \(shown); score those")
    }

    static let naOnlyForOptional = Message(
        vi: "\"na\" chỉ dành cho tiêu chí không bắt buộc (nếu có); tiêu chí này là bắt buộc",
        en: "\"na\" is only for an optional criterion (nếu có); this one is required")
    static let surveyOnlyForSurvey = Message(
        vi: "\"survey\" chỉ dành cho tiêu chí điều tra xã hội học; hãy cho điểm các giai đoạn",
        en: "\"survey\" is only for a survey criterion; give its stages")
    static let naButSurvey = Message(
        vi: "đánh dấu \"na\" nhưng lại có kết quả điều tra", en: "marked \"na\" but given a survey result")

    static func surveyNotPercentage(_ p: Points) -> Message {
        Message(
            vi: "kết quả điều tra \(n(p, .vi)) không phải tỷ lệ phần trăm từ 0 đến 100",
            en: "survey \(n(p, .en)) is not a percentage from 0 to 100")
    }

    /// A stage the framework does not have.
    static func notAStage(_ stage: Stage, of framework: String, stages: [Stage]) -> Message {
        let list = stages.map(\.rawValue).joined(separator: ", ")
        return Message(
            vi: "\(stageScore(stage).vi) không phải giai đoạn của \(framework) (các giai đoạn: \(list))",
            en: "\(stage.rawValue) is not a stage of \(framework) (its stages: \(list))")
    }

    static func surveyTakesPercentage(not stage: Stage) -> Message {
        Message(
            vi: "tiêu chí điều tra xã hội học nhận \"survey\" (tỷ lệ phần trăm), không nhận \(stageScore(stage).vi)",
            en: "a survey criterion takes \"survey\" (a percentage), not \(stage.rawValue)")
    }

    static func naButScored(_ stage: Stage) -> Message {
        Message(
            vi: "đánh dấu \"na\" nhưng lại có \(stageScore(stage).vi)",
            en: "marked \"na\" but scored in \(stage.rawValue)")
    }

    // MARK: People

    /// A blank name among `responsible` or `formerly`.
    static func blankName(_ key: String) -> Message {
        Message(
            vi: "trường \"\(key)\" có một tên để trống (người phụ trách nào?)",
            en: "field \"\(key)\" holds a blank name (who is responsible?)", id: key)
    }

    static func nameTwice(_ key: String, _ name: String) -> Message {
        Message(
            vi: "trường \"\(key)\" nêu \"\(name)\" hai lần; tính một lần",
            en: "field \"\(key)\" names \"\(name)\" twice; counted once", id: key)
    }

    /// A name twice in one row's `Người phụ trách` cell of an imported table.
    static func nameTwiceInCell(_ name: String) -> Message {
        Message(
            vi: "người phụ trách \"\(name)\" được nêu hai lần; tính một lần",
            en: "\"\(name)\" is named twice as responsible; counted once")
    }

    static let formerlyWithoutResponsible = Message(
        vi: "có \"formerly\" (người phụ trách năm đánh giá) mà không có \"responsible\" (người đang phụ trách)",
        en: "\"formerly\" (who held it in the assessed year) without \"responsible\" (who holds it now)",
        id: "formerly")
}
