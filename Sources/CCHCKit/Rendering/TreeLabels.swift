/// The words of SPEC §6 in output (levels, bonus and penalty, the index, about a framework), in
/// Vietnamese (the default) and English.
struct TreeLabels: Sendable {
    let level, years, issuedBy, stages: String
    let bonus, penalty, optional, survey, notApplicable: String
    /// `Tổng điểm %@, tối đa áp dụng %@: chỉ số %@`.
    let indexLine: String
    let index, applicable: String

    static func of(_ language: Language) -> TreeLabels { language == .vi ? vi : en }

    static let vi = TreeLabels(
        level: "Cấp", years: "Năm áp dụng", issuedBy: "Căn cứ", stages: "Giai đoạn chấm",
        bonus: "điểm thưởng", penalty: "điểm trừ", optional: "nếu có", survey: "điều tra xã hội học",
        notApplicable: "không áp dụng",
        indexLine: "Tổng điểm %@, tối đa áp dụng %@: chỉ số %@",
        index: "Chỉ số", applicable: "Áp dụng")

    static let en = TreeLabels(
        level: "Level", years: "Years", issuedBy: "Issued by", stages: "Stages",
        bonus: "bonus", penalty: "penalty", optional: "if any", survey: "survey", notApplicable: "not applicable",
        indexLine: "Total %@, applicable max %@: index %@",
        index: "Index", applicable: "Applicable")

    /// What a framework says about itself, as labelled values: level, province, years, source,
    /// and its stages when they are not the usual three.
    static func about(_ f: Framework, _ language: Language) -> [(label: String, value: String)] {
        let t = of(language)
        let l = Labels.of(language)
        var items: [(label: String, value: String)] = []
        if let level = f.about.level { items.append((t.level, level)) }
        if let province = f.about.province { items.append((l.province, province)) }
        if !f.about.years.isEmpty { items.append((t.years, f.about.years.map(String.init).joined(separator: ", "))) }
        if let source = f.about.source { items.append((t.issuedBy, source)) }
        if f.stages != Stage.allCases {
            items.append((t.stages, f.stages.map { $0.name(language) }.joined(separator: ", ")))
        }
        return items
    }

    /// What marks a node in a catalogue: ` (điểm thưởng)`, ` (nếu có)`, set on the node itself
    /// rather than inherited, and not already in its title.
    func marks(_ n: Criterion, parent: Criterion?) -> String {
        var words: [String] = []
        if parent == nil, n.kind == .bonus { words.append(bonus) }
        if parent == nil, n.kind == .penalty { words.append(penalty) }
        // A decision writes "(nếu có)" into the title itself, whatever the output's language.
        if n.optional, !(parent?.optional ?? false), !n.title.lowercased().contains("nếu có") {
            words.append(optional)
        }
        if n.survey, !(parent?.survey ?? false) { words.append(survey) }
        let title = n.title.lowercased()
        words.removeAll { title.contains($0) }
        return words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")"
    }
}
