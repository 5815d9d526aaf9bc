/// Renders a score report as the text a commune office reads: header, domain table, band and
/// the lost-points list, in at most 100 columns.
public enum ScoreText {
    /// The widest line the text output may have.
    public static let lineWidth = 100

    public struct Options: Sendable {
        public var detail = false
        public var language: Language = .vi
        public var style: TextStyle = .plain
        public init(detail: Bool = false, language: Language = .vi, style: TextStyle = .plain) {
            self.detail = detail
            self.language = language
            self.style = style
        }
    }

    /// The whole report, ending with a newline.
    public static func render(_ report: ScoreReport, options: Options = Options()) -> String {
        let l = Labels.of(options.language)
        var out: [String] = []
        out += header(report, l)
        out.append("")
        out += domainTable(report, options, l)
        out.append("")
        out += bandLines(report, options, l)
        out.append("")
        out += lostList(report, options, l)
        return out.joined(separator: "\n") + "\n"
    }

    static func header(_ report: ScoreReport, _ l: Labels) -> [String] {
        let card = report.scorecard
        var fields: [(String, String)] = [(l.unit, card.unit)]
        if let d = card.district { fields.append((l.district, d)) }
        if let p = card.province { fields.append((l.province, p)) }
        fields.append((l.year, String(card.year)))
        let fw = report.framework
        fields.append((l.framework, fw.title == fw.id ? fw.id : "\(fw.id) · \(fw.title)"))
        let labelWidth = fields.map { Text.width($0.0) }.max() ?? 0
        let textWidth = lineWidth - labelWidth - 2
        return fields.flatMap { label, value in
            Text.wrap(value, width: textWidth).enumerated().map { i, part in
                Text.pad(i == 0 ? label + ":" : "", to: labelWidth + 2) + part
            }
        }
    }

    static func domainTable(_ report: ScoreReport, _ options: Options, _ l: Labels) -> [String] {
        let lang = options.language
        let numberHeaders = [l.max, l.selfShort, l.appraisedShort, l.finalShort, l.lost]
        func cells(max: Points, scores: StageScores) -> [String] {
            [max.formatted(lang)] + Stage.allCases.map { scores[$0]?.formatted(lang) ?? "—" }
                + [scores.final.map { (max - $0).formatted(lang) } ?? "—"]
        }
        var rows: [(id: String, title: String, numbers: [String], bold: Bool)] = []
        for row in report.domains {
            rows.append((row.domain.id, row.domain.title, cells(max: row.domain.max, scores: row.scores), false))
            guard options.detail else { continue }
            for c in row.domain.criteria {
                rows.append(
                    ("  " + c.id, c.title, cells(max: c.max, scores: report.scores(of: c.id)), false))
            }
        }
        rows.append(("", l.total, cells(max: report.max, scores: report.totals), true))

        let idWidth = rows.map { Text.width($0.id) }.max() ?? 0
        var numberWidths = numberHeaders.map(Text.width)
        for row in rows {
            for (i, cell) in row.numbers.enumerated() { numberWidths[i] = max(numberWidths[i], Text.width(cell)) }
        }
        let numbersWidth = numberWidths.reduce(0) { $0 + $1 + 2 }
        let longest = rows.map { Text.width($0.title) }.max() ?? 0
        let titleWidth = min(max(longest, Text.width(l.domain) - idWidth - 2), lineWidth - idWidth - 2 - numbersWidth)

        func line(_ id: String, _ title: String, _ numbers: [String]) -> String {
            var s = Text.pad(id, to: idWidth) + "  " + Text.pad(title, to: titleWidth)
            for (i, n) in numbers.enumerated() { s += "  " + Text.pad(n, to: numberWidths[i], right: true) }
            return trimTrailing(s)
        }
        var out = [
            options.style.bold(
                trimTrailing(
                    Text.pad(l.domain, to: idWidth + 2 + titleWidth)
                        + numberHeaders.enumerated().map { "  " + Text.pad($1, to: numberWidths[$0], right: true) }
                        .joined()))
        ]
        for row in rows {
            let parts = Text.wrap(row.title, width: titleWidth)
            for (i, part) in parts.enumerated() {
                let text = i == 0 ? line(row.id, part, row.numbers) : line("", part, [])
                out.append(row.bold ? options.style.bold(text) : text)
            }
        }
        return out
    }

    static func bandLines(_ report: ScoreReport, _ options: Options, _ l: Labels) -> [String] {
        let lang = options.language
        let head = "\(l.band) (\(report.stage.name(lang))): "
        guard let total = report.total else {
            let missing = l.incomplete.filling(String(report.missing(report.stage).count))
            // A record of published figures (details lost) still has the band it was published with.
            if let published = report.scorecard.published?.totals[report.stage],
                let band = report.framework.band(for: published)?.band
            {
                let text = "\(band.label), \(published.formatted(lang)) \(l.points) (\(l.published)); \(missing)"
                return Text.wrap(head + text, width: lineWidth)
            }
            return Text.wrap(head + l.noBand + ", " + missing, width: lineWidth)
        }
        guard let (band, next) = report.band else {
            // Below every band: the lowest one is the next to reach.
            var text = head + l.noBand + ", \(total.formatted(lang)) \(l.points)"
            if let lowest = report.framework.bands.last {
                text +=
                    "; "
                    + l.toReach.filling((lowest.min - total).formatted(lang), lowest.label, lowest.min.formatted(lang))
            }
            return Text.wrap(text, width: lineWidth).map(options.style.bold)
        }
        var text = head + "\(band.label), \(total.formatted(lang)) \(l.points); "
        if let next {
            text += l.toReach.filling((next.min - total).formatted(lang), next.label, next.min.formatted(lang))
        } else {
            text += l.topBand
        }
        return Text.wrap(text, width: lineWidth).map(options.style.bold)
    }

    static func lostList(_ report: ScoreReport, _ options: Options, _ l: Labels) -> [String] {
        let lang = options.language
        let items = report.lost
        let sum = items.reduce(Points.zero) { $0 + $1.points }
        let partial = report.total == nil ? " (\(l.partial))" : ""
        var out = Text.wrap(
            "\(l.lostList) (\(report.stage.name(lang))): \(sum.formatted(lang)) \(l.points), \(items.count) \(l.rows)"
                + partial, width: lineWidth
        ).map(options.style.bold)
        let scored = report.criterionScores.contains { $0[report.stage] != nil }
        guard !items.isEmpty else { return out + [scored ? l.noLost : l.nothingScored] }
        let codeWidth = max(Text.width(l.code), items.map { Text.width($0.code) }.max() ?? 0)
        let pointsWidth = max(Text.width(l.lost), items.map { Text.width($0.points.formatted(lang)) }.max() ?? 0)
        let indent = codeWidth + 2 + pointsWidth + 2
        let textWidth = lineWidth - indent
        out.append(
            Text.pad(l.code, to: codeWidth) + "  " + Text.pad(l.lost, to: pointsWidth, right: true) + "  " + l.content)
        for item in items {
            var paragraphs = [item.content ?? item.code]
            if let reason = item.reason, !reason.isEmpty { paragraphs.append("\(l.reason): \(reason)") }
            if options.detail, let r = item.remediation, !r.isEmpty { paragraphs.append("\(l.remediation): \(r)") }
            paragraphs.append("\(l.responsible): " + responsible(item, year: report.scorecard.year, l))
            var first = true
            for paragraph in paragraphs {
                for part in Text.wrap(paragraph, width: textWidth) {
                    if first {
                        out.append(
                            Text.pad(item.code, to: codeWidth) + "  "
                                + Text.pad(item.points.formatted(lang), to: pointsWidth, right: true) + "  " + part)
                        first = false
                    } else {
                        out.append(String(repeating: " ", count: indent) + part)
                    }
                }
            }
        }
        return out
    }

    /// `Nguyễn Thị Dung, các BPCM xã`, a hand-over as `Trần Văn Ái (2023) → Ma Đình Chung`, or
    /// the department standing in for a missing deduction row.
    static func responsible(_ item: LostItem, year: Int, _ l: Labels) -> String {
        let current = item.responsible.isEmpty ? "—" : item.responsible.joined(separator: ", ")
        if !item.fromDeduction { return "\(current) (\(l.department))" }
        guard !item.formerly.isEmpty else { return current }
        return item.formerly.joined(separator: ", ") + " (\(year)) → " + current
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
