/// The command line: usage errors, the lines of `check`, and the warnings and errors of the
/// commands over many files.
extension Messages {
    // MARK: Usage errors (exit 64)

    /// The lines of a usage error: what is wrong, the usage wrapped under its heading, and
    /// where to read more.
    static func usageError(_ message: Message, usage: String, help: String) -> Message {
        @Sendable func lines(_ error: String, _ text: String, _ heading: String, _ more: String) -> String {
            CommandSpec.hanging(error + ": ", text) + CommandSpec.usageLines(heading + ": ", usage) + "  \(more)\n"
        }
        return Message(
            vi: lines("Lỗi", message.vi, "Cách dùng", "Xem '\(help)' để biết thêm."),
            en: lines("Error", message.en, "Usage", "See '\(help)' for more information."))
    }

    static let missingSubcommand = Message(vi: "thiếu lệnh", en: "missing subcommand")

    static func unknownSubcommand(_ word: String) -> Message {
        Message(vi: "không có lệnh '\(word)'", en: "unknown subcommand '\(word)'")
    }

    /// ` (có phải 'score'?)`.
    static func didYouMeanWord(_ word: String) -> Message {
        Message(vi: " (có phải '\(word)'?)", en: " (did you mean '\(word)'?)")
    }

    /// A group's word without a subcommand: `cchc framework`.
    static func missingSubcommandAfter(_ group: String) -> Message {
        Message(vi: "thiếu lệnh sau '\(group)'", en: "missing subcommand after '\(group)'")
    }

    static func unknownSubcommandAfter(_ word: String, group: String) -> Message {
        Message(vi: "không có lệnh '\(word)' sau '\(group)'", en: "unknown subcommand '\(word)' after '\(group)'")
    }

    static func unknownOption(_ word: String) -> Message {
        Message(vi: "không có tùy chọn '\(word)'", en: "unknown option '\(word)'")
    }

    static func takesNoValue(_ name: String) -> Message {
        Message(vi: "'--\(name)' không nhận giá trị", en: "'--\(name)' takes no value")
    }

    static func missingValue(_ given: String, placeholder: String) -> Message {
        Message(
            vi: "thiếu giá trị cho '\(given) <\(placeholder)>'", en: "missing value for '\(given) <\(placeholder)>'")
    }

    static func invalidChoice(_ value: String, option: String, choices: [String]) -> Message {
        let list = choices.joined(separator: ", ")
        return Message(
            vi: "giá trị '\(value)' không hợp lệ cho '--\(option)' (cần một trong: \(list))",
            en: "invalid value '\(value)' for '--\(option)' (expected one of: \(list))")
    }

    static func missingOption(_ name: String, placeholder: String) -> Message {
        Message(
            vi: "thiếu tùy chọn bắt buộc '--\(name) <\(placeholder)>'",
            en: "missing expected option '--\(name) <\(placeholder)>'")
    }

    static func missingArgument(_ name: String) -> Message {
        Message(vi: "thiếu tham số bắt buộc '<\(name)>'", en: "missing expected argument '<\(name)>'")
    }

    static func unexpectedArgument(_ word: String) -> Message {
        Message(vi: "thừa tham số '\(word)'", en: "unexpected argument '\(word)'")
    }

    static let stdinTwice = Message(
        vi: "đầu vào chuẩn (-) được nêu hai lần", en: "standard input (-) is named twice")
    static let unitMustName = Message(vi: "'--unit' phải ghi tên đơn vị", en: "'--unit' must name the unit")

    static func invalidYear(_ text: String) -> Message {
        Message(
            vi: "giá trị '\(text)' không hợp lệ cho '--year' (cần một năm, từ 1900 đến 2200)",
            en: "invalid value '\(text)' for '--year' (expected a whole year, 1900 to 2200)")
    }

    static let stageNeedsTwoFiles = Message(
        vi: "--stage so sánh hai tệp; với một tệp hãy dùng --from và --to",
        en: "--stage compares two files; with one file use --from and --to")
    static let fromToNeedOneFile = Message(
        vi: "--from và --to so sánh các giai đoạn của một tệp; với hai tệp hãy dùng --stage",
        en: "--from and --to compare the stages of one file; with two files use --stage")

    static func formatCannotWrite(_ format: String) -> Message {
        Message(
            vi: "'--format \(format)' không viết được báo cáo này", en: "'--format \(format)' cannot write this report")
    }

    static func binaryOnTerminal(_ format: String) -> Message {
        Message(
            vi: "'--format \(format)' ghi ra một tệp nhị phân: hãy dùng '-o FILE' hoặc chuyển hướng đầu ra chuẩn",
            en: "'--format \(format)' writes a binary file: give '-o FILE' or redirect standard output")
    }

    // MARK: The lines of `check`

    /// `invalid (2 errors)`.
    static func checkInvalid(errors: Int) -> Message {
        Message(
            vi: "không hợp lệ (\(errors) lỗi)", en: "invalid (\(errors) \(errors == 1 ? "error" : "errors"))")
    }

    /// `wrong: ` before the published totals that differ.
    static let checkWrong = Message(vi: "sai: ", en: "wrong: ")
    /// `ok` before the file's summary.
    static let checkOK = Message(vi: "đúng", en: "ok")

    /// `wrong: 3 warnings (--strict)`.
    static func checkStrict(warnings: Int, more: Bool) -> Message {
        Message(
            vi: "sai: \(warnings) cảnh báo\(more ? " và hơn nữa" : "") (--strict)",
            en: "wrong: \(warnings) warning\(warnings == 1 ? "" : "s")\(more ? " and more" : "") (--strict)")
    }

    /// ` (details lost; published final 80,5, Tốt)`.
    static func checkPublishedOnly(_ stage: Stage, _ published: Points, band: String?) -> Message {
        let b = band.map { ", " + $0 } ?? ""
        return Message(
            vi: " (không còn chi tiết; \(stageScore(stage).vi) công bố \(n(published, .vi))\(b))",
            en: " (details lost; published \(stage.rawValue) \(n(published, .en))\(b))")
    }

    /// ` (final incomplete: 3 criteria not scored)`.
    static func checkIncomplete(_ stage: Stage, missing: Int) -> Message {
        Message(
            vi: " (\(stageScore(stage).vi) chưa chấm đủ: \(missing) tiêu chí chưa chấm)",
            en: " (\(stage.rawValue) incomplete: \(criteriaCount(missing)) not scored)")
    }

    /// ` (final 89,75, Tốt)`; the index beside the total when they differ. `check` writes it for
    /// every file that passes: it is made in the one language asked for, not as a `Message`, and
    /// added to the line's bytes as it is made.
    static func checkTotal(
        _ stage: Stage, _ total: Points, index: Points?, band: String?, _ language: Language,
        into line: inout [UInt8]
    ) {
        func add(_ text: String) { Message.append(text, to: &line) }
        func add(literal text: StaticString) { Message.append(literal: text, to: &line) }
        add(literal: " (")
        if language == .vi {
            add(literal: scoreWord)
            add(Self.stage(stage).vi)
        } else {
            add(stage.rawValue)
        }
        add(literal: " ")
        add(total.formatted(language))
        if let index, index != total {
            add(literal: language == .vi ? " · chỉ số " : " · index ")
            add(index.formatted(language))
        }
        if let band {
            add(literal: ", ")
            add(band)
        }
        add(literal: ")")
    }

    /// `4 files: 3 ok, 1 wrong, 0 invalid`.
    static func checkCounts(files: Int, ok: Int, wrong: Int, invalid: Int) -> Message {
        Message(
            vi: "\(files) tệp: \(ok) đúng, \(wrong) sai, \(invalid) không hợp lệ",
            en: "\(counted(files, "file", "files")): \(ok) ok, \(wrong) wrong, \(invalid) invalid")
    }

    /// The progress line of a long `check`: `1200/10000 tệp, 3 không hợp lệ`.
    static func progress(done: Int, total: Int, invalid: Int) -> Message {
        Message(
            vi: "\(done)/\(total) tệp, \(invalid) không hợp lệ",
            en: "\(done)/\(counted(total, "file", "files")), \(invalid) invalid")
    }

    // MARK: diff, rank, trend

    /// Two units compared; the report's header (and JSON's `from` and `to`) names them, which
    /// keeps this line short whatever their names.
    static let differentUnits = Message(
        vi: "hai tệp là của hai đơn vị khác nhau", en: "the files are of two different units", id: "unit")

    static func differentFrameworks(_ a: String, _ b: String) -> Message {
        Message(
            vi: "hai tệp dùng hai bộ chỉ số khác nhau (\(a) và \(b)); tiêu chí được ghép theo mã",
            en: "the files use different frameworks (\(a) and \(b)); criteria are matched by id")
    }

    /// Short, so that a file's name and this fit in 100 columns.
    static func comparingPublished(_ stage: Stage, missing: Int) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) chưa đủ (thiếu \(missing) tiêu chí): so sánh điểm công bố",
            en: "\(stage.rawValue) incomplete (\(criteriaCount(missing)) not scored): published total used")
    }

    /// Short, as `comparingPublished` is.
    static func noTotalToCompare(_ stage: Stage, missing: Int) -> Message {
        Message(
            vi: "\(stageScore(stage).vi) chưa đủ (thiếu \(missing) tiêu chí): không có tổng để so sánh",
            en: "\(stage.rawValue) incomplete (\(criteriaCount(missing)) not scored): no total to compare")
    }

    /// `1 criterion`, `54 criteria`.
    static func criteriaCount(_ n: Int) -> String { counted(n, "criterion", "criteria") }

    /// The unit is cut in the middle as in every message naming one, so that the line fits in
    /// 100 columns; the file at the line's start tells which unit it is.
    static func publishedRankDiffers(_ unit: String, published: Int, computed: Int) -> Message {
        let name = Text.elided(Text.singleLine(unit), to: 34)
        return Message(
            vi: "\(name): hạng công bố \(published) khác hạng tính được \(computed)",
            en: "\(name): published rank \(published) differs from the computed \(computed)")
    }

    /// `rank` over files none of which is fully scored for the stage.
    static func noUnitRanked(_ units: Int, _ stage: Stage) -> Message {
        Message(
            vi: "không có đơn vị nào để xếp hạng: \(units) đơn vị chưa chấm đủ \(stageScore(stage).vi)",
            en:
                "no unit to rank: \(units) \(units == 1 ? "unit is" : "units are") not fully scored for \(stage.rawValue)"
        )
    }

    static func otherYear(_ year: Int, others: Int) -> Message {
        Message(
            vi: "năm \(year), nhưng các tệp khác là năm \(others) (xếp hạng so sánh trong một năm)",
            en: "year \(year), but the other files are \(others) (rank compares one year)")
    }

    static func otherFramework(_ framework: String, others: String) -> Message {
        Message(
            vi: "bộ chỉ số \(framework), nhưng các tệp khác dùng \(others)",
            en: "framework \(framework), but the other files use \(others)")
    }

    /// A unit's name as a message quotes it: a long one cut in the middle (`"Ủy ban nhân dân …
    /// tỉnh Thái Nguyên"`), the file names beside it telling which unit it is, so that the error
    /// stays one line of 100 columns.
    static func unit(_ name: String) -> String { "\"" + Text.elided(Text.singleLine(name), to: 34) + "\"" }

    static func unitAlsoIn(_ name: String, _ other: String) -> Message {
        Message(vi: "đơn vị \(unit(name)) cũng có trong \(other)", en: "unit \(unit(name)) is also in \(other)")
    }

    static func yearNotScored(_ year: Int, _ stage: Stage) -> Message {
        Message(
            vi: "\(year): \(stageScore(stage).vi) chưa chấm đủ và không có số liệu công bố",
            en: "\(year): stage \(stage.rawValue) is not fully scored and has no published figure")
    }

    /// A file of `trend` whose unit is not the first file's (a trend follows one unit).
    static func otherUnit(_ name: String, in path: String) -> Message {
        Message(
            vi: "đơn vị \(unit(name)) khác đơn vị của \(path)", en: "unit \(unit(name)) is not the unit of \(path)")
    }

    static func yearAlsoIn(_ year: Int, _ other: String) -> Message {
        Message(vi: "năm \(year) cũng có trong \(other)", en: "year \(year) is also in \(other)")
    }

    // MARK: The executable

    /// Standard output cannot be written.
    public static func cannotWriteOutput(_ reason: String) -> Message {
        Message(vi: "cchc: không ghi được kết quả: \(reason)", en: "cchc: cannot write the output: \(reason)")
    }

    public static let outputClosed = Message(vi: "đầu ra chuẩn đã đóng", en: "standard output is closed")
}
