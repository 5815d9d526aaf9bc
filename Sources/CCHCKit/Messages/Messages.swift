/// The one catalogue of what `cchc` says to people: every error, warning, `check` line, usage
/// error and help text, in Vietnamese (the default) and English, side by side.
///
/// How to add a message:
/// 1. Find the extension for its area: `Messages+Files` (reading and writing files),
///    `Messages+JSON` (JSON syntax), `Messages+Scorecard` (scorecards, frameworks, warnings),
///    `Messages+Import` (tables), `Messages+Commands` (usage errors, `check` lines, command
///    warnings), `Messages+Help` (help text). A new area gets a new `Messages+Area.swift`.
/// 2. Add a `static func` (or a `static let` for fixed text) returning
///    `Message(vi: "…", en: "…")`. Take typed values (`Points`, `Stage`, ids) and format them in
///    each language inside: `n(p, .vi)` writes 1,5 and `n(p, .en)` 1.5; `stageScore(stage)`
///    says `điểm CTHĐ` / `final`.
/// 3. Write a lower-case fragment without a final period; leave out the place and the subject:
///    the caller adds `FILE:LINE:COL:` and `subject: ` (`criterion(id)` and its kin below), so
///    `aboveMax(.final, 2, 1.5).about(criterion("7.13"))` reads
///    `tiêu chí 7.13: điểm CTHĐ 2 vượt điểm tối đa 1,5` and `criterion 7.13: final 2 is above the max 1.5`.
/// 4. Use the documents' own words: tiêu chí (criterion), lĩnh vực (domain), điểm tối đa (max),
///    tự đánh giá (self), thẩm định (appraised), CTHĐ (final, the council chair's),
///    dòng trừ điểm (deduction row), người phụ trách (responsible), bộ chỉ số (framework),
///    xếp loại (band), công bố (published). Ids, field names and file names stay as written.
///
/// `MessagesTests` checks that every `Message(vi:en:)` here has both texts, and that no other
/// file makes one.
public enum Messages {
    /// A number of points as the language writes it: `1,5` or `1.5`. Vietnamese holds
    /// `Message.decimalMark`, which `text` writes as a comma (or a point, for JSON).
    static func n(_ p: Points, _ language: Language) -> String {
        language == .vi ? p.formatted(separator: Message.decimalMark) : p.formatted(language)
    }

    // MARK: Subjects: what a message is about, written before it and a colon.

    /// `tiêu chí 7.13` / `criterion 7.13`.
    static func criterion(_ id: String) -> Message { Message(vi: "tiêu chí \(id)", en: "criterion \(id)", id: id) }
    /// `dòng trừ điểm 3.1.2` / `deduction 3.1.2`.
    static func deduction(_ code: String) -> Message {
        Message(vi: "dòng trừ điểm \(code)", en: "deduction \(code)", id: code)
    }
    /// A deduction whose code is not known yet.
    static let deductionUnnamed = Message(vi: "dòng trừ điểm", en: "deduction")
    /// A criterion whose id is not known yet.
    static let criterionUnnamed = Message(vi: "tiêu chí", en: "criterion")
    /// `lĩnh vực 3` / `domain 3`.
    static func domain(_ id: String) -> Message { Message(vi: "lĩnh vực \(id)", en: "domain \(id)", id: id) }
    /// A domain whose id is not known yet.
    static let domainUnnamed = Message(vi: "lĩnh vực", en: "domain")
    /// `xếp loại Tốt` / `band Tốt`.
    static func band(_ label: String) -> Message { Message(vi: "xếp loại \(label)", en: "band \(label)") }
    /// A band whose label is not known yet.
    static let bandUnnamed = Message(vi: "xếp loại", en: "band")
    /// The `published` object.
    static let published = Message(vi: "số liệu công bố", en: "published", id: "published")
    /// A table's total row.
    static let totalRow = Message(vi: "dòng tổng", en: "total")

    /// What a JSON object is, for the subject of the messages about it; its name (an id, a code)
    /// is added when known: `tiêu chí 7.13`, or `tiêu chí` before the id is read.
    enum Subject: Sendable {
        case document, criterion, deduction, domain, band, published

        /// The subject with the object's name; nil for the document, whose messages have none.
        func named(_ name: String?) -> Message? {
            switch self {
            case .document: return nil
            case .criterion: return name.map(Messages.criterion) ?? Messages.criterionUnnamed
            case .deduction: return name.map(Messages.deduction) ?? Messages.deductionUnnamed
            case .domain: return name.map(Messages.domain) ?? Messages.domainUnnamed
            case .band: return name.map(Messages.band) ?? Messages.bandUnnamed
            case .published: return Messages.published
            }
        }
    }

    // MARK: Stages

    /// The stage's name: `tự đánh giá`, `thẩm định`, `CTHĐ` / `self`, `appraised`, `final`.
    static func stage(_ stage: Stage) -> Message {
        switch stage {
        case .selfAssessed: return Message(vi: "tự đánh giá", en: "self")
        case .appraised: return Message(vi: "thẩm định", en: "appraised")
        case .final: return Message(vi: "CTHĐ", en: "final")
        }
    }

    /// A stage's score: `điểm CTHĐ` / `final`.
    static func stageScore(_ stage: Stage) -> Message {
        let name = Self.stage(stage)
        return Message(vi: scoreWord.description + name.vi, en: name.en)
    }

    /// What stands before a stage's name in Vietnamese to name its score (`stageScore`): a
    /// literal, which `check`'s line copies without joining it to the name first.
    static let scoreWord: StaticString = "điểm "

    /// A field of a JSON object or a column of a table as a sentence names it: a stage is its
    /// score (`điểm CTHĐ`), `max` is `điểm tối đa`, `points` is `số điểm trừ`; others stay the key.
    static func quantity(_ key: String) -> Message {
        if let stage = Stage(rawValue: key) { return stageScore(stage) }
        switch key {
        case "max": return Message(vi: "điểm tối đa", en: "max")
        case "points": return Message(vi: "số điểm trừ", en: "points")
        case "min": return Message(vi: "mức tối thiểu", en: "min")
        case "survey": return Message(vi: "kết quả điều tra", en: "survey")
        default: return Message(vi: "trường \"\(key)\"", en: key)
        }
    }

    // MARK: Severity and counts

    /// Written before a warning's text.
    static let warningPrefix = Message(vi: "cảnh báo: ", en: "warning: ")

    /// A count in English, its noun singular for one: `1 criterion`, `54 criteria` (Vietnamese
    /// nouns have no plural).
    static func counted(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// The closing line when errors were left out.
    static func moreErrors(_ count: Int) -> Message {
        Message(vi: "còn \(count) lỗi không hiển thị", en: "\(counted(count, "more error", "more errors")) not shown")
    }

    /// The closing line when warnings were left out.
    static func moreWarnings(_ count: Int) -> Message {
        Message(
            vi: "còn \(count) cảnh báo không hiển thị",
            en: "\(counted(count, "more warning", "more warnings")) not shown")
    }

    /// ` (có phải "x"?)` / ` (did you mean "x"?)`: a hint after a mistyped name.
    static func didYouMean(_ match: String, quoted: Bool) -> Message {
        let shown = quoted ? "\"\(match)\"" : match
        return Message(vi: " (có phải \(shown)?)", en: " (did you mean \(shown)?)")
    }
}
