/// `score --format markdown`: the header, the domain table, the band and the lost list as GitHub
/// tables that paste into an issue or a wiki.
public enum ScoreMarkdown {
    public static func render(_ report: ScoreReport, language: Language, detail: Bool) -> String {
        let l = Labels.of(language)
        let card = report.scorecard
        var out = "## \(MarkdownText.escape(card.unit)) · \(card.year)\n\n"
        let place = [card.district.map { "\(l.district) \($0)" }, card.province.map { "\(l.province) \($0)" }]
            .compactMap { $0 }
        if !place.isEmpty { out += MarkdownText.escape(place.joined(separator: " · ")) + "  \n" }
        out += MarkdownText.escape("\(l.framework): \(report.framework.id) · \(report.framework.title)") + "\n\n"

        func cells(_ max: Points, _ s: StageScores) -> [String] {
            [max.formatted(language)] + Stage.allCases.map { s[$0]?.formatted(language) ?? "—" }
                + [s.final.map { (max - $0).formatted(language) } ?? "—"]
        }
        var rows: [[String]] = []
        var bold: Set<Int> = []
        for row in report.domains {
            if detail { bold.insert(rows.count) }
            rows.append([row.domain.id, row.domain.title] + cells(row.domain.max, row.scores))
            guard detail else { continue }
            for c in row.domain.criteria { rows.append([c.id, c.title] + cells(c.max, report.scores(of: c.id))) }
        }
        bold.insert(rows.count)
        rows.append(["", l.total] + cells(report.max, report.totals))
        out += MarkdownText.table(
            header: ["", l.domain, l.max, l.selfShort, l.appraisedShort, l.finalShort, l.lost], rows: rows,
            rightAligned: [2, 3, 4, 5, 6], boldRows: bold)
        let band = ScoreText.bandLines(report, .init(language: language), l).joined(separator: " ")
        out += "\n" + MarkdownText.escape(band) + "\n\n"
        out += "### " + MarkdownText.escape("\(l.lostList) (\(report.stage.name(language)))") + "\n\n"
        guard !report.lost.isEmpty else { return out + l.noLost + "\n" }
        let lostRows = report.lost.map { item in
            [
                item.code, item.points.formatted(language), item.content ?? "", item.reason ?? "",
                ScoreText.responsible(item, year: card.year, l),
            ]
        }
        out += MarkdownText.table(
            header: [l.code, l.lost, l.content, l.reason, l.responsible], rows: lostRows, rightAligned: [1])
        return out
    }
}
