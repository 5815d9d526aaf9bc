extension ReportDocument {
    /// `cchc score`: the title block, the table of every domain and criterion (criteria shown to
    /// people with `detail`), the band, and the lost points with who is responsible; charts of
    /// each domain's stages and of the lost points by responsible person.
    ///
    /// The criteria table carries everything a Word appendix or a workbook needs: every
    /// criterion under its domain (depth 1), each stage, the points lost and the department.
    ///
    /// - Parameter warnings: the scorecard's warnings, which the JSON document lists.
    public static func score(
        _ report: ScoreReport, language: Language, detail: Bool = false, warnings: [Diagnostic] = []
    ) -> ReportDocument {
        let l = Labels.of(language)
        var document = ReportDocument(
            kind: .score, language: language, title: TitleBlock(report), detail: detail)
        document.blocks.append(Block(.fields(scoreFields(report, l)), for: [.terminal]))
        document.blocks += markupHeader(report, l)
        document.blocks.append(Block(.chart(domainChart(report, l))))
        document.blocks.append(Block(.table(criteriaTable(report, l, detail: detail))))
        document.blocks.append(Block(.paragraph(bandParagraph(report, l, language)), for: .people))
        let sum = report.lost.reduce(Points.zero) { $0 + $1.points }
        let partial = report.total == nil ? " (\(l.partial))" : ""
        let stage = report.stage.name(language)
        document.blocks.append(
            Block(
                .paragraph(
                    Paragraph(
                        [
                            "\(l.lostList) (\(stage)): \(sum.formatted(language)) \(l.points), \(report.lost.count) \(l.rows)"
                                + partial
                        ], emphasis: true, keepWithNext: true)), for: [.terminal]))
        document.blocks.append(Block(.heading("\(l.lostList) (\(stage))", level: 3), for: [.markup, .print]))
        document.blocks.append(Block(.table(lostTable(report, l))))
        document.blocks.append(Block(.chart(responsibleChart(report, l)), for: .print))
        // SPEC §4 fixes score's JSON: nested `totals`, `domains`, `criteria` and `lost` with names
        // apart from their hand-overs, `next_band`; not a flat set of tables.
        document.json = { ScoreJSON.document(report, warnings: warnings).render() }
        return document
    }

    /// `Đơn vị: …` to `Bộ chỉ số: …`, as a terminal shows the title block.
    static func scoreFields(_ report: ScoreReport, _ l: Labels) -> Fields {
        let card = report.scorecard
        var items: [(label: String, value: String)] = [(l.unit, card.unit)]
        if let d = card.district { items.append((l.district, d)) }
        if let p = card.province { items.append((l.province, p)) }
        items.append((l.year, String(card.year)))
        let fw = report.framework
        items.append((l.framework, fw.title == fw.id ? fw.id : "\(fw.id) · \(fw.title)"))
        return Fields(items, isTitle: true)
    }

    /// `## UBND xã Bình Thành · 2023`, the place and the framework, as Markdown shows them.
    static func markupHeader(_ report: ScoreReport, _ l: Labels) -> [Block] {
        let card = report.scorecard
        let place = [card.district.map { "\(l.district) \($0)" }, card.province.map { "\(l.province) \($0)" }]
            .compactMap { $0 }
        var lines = place.isEmpty ? [] : [place.joined(separator: " · ")]
        lines.append("\(l.framework): \(report.framework.id) · \(report.framework.title)")
        return [
            Block(.heading("\(card.unit) · \(card.year)", level: 2), for: .markup),
            Block(.paragraph(Paragraph(lines)), for: .markup),
        ]
    }

    /// Every domain (a group row) and its criteria (depth 1), then the total.
    static func criteriaTable(_ report: ScoreReport, _ l: Labels, detail: Bool) -> Table {
        func figures(max: Points, scores: StageScores) -> [Cell] {
            [.points(max)] + Stage.allCases.map { .points(scores[$0]) } + [.points(scores.final.map { max - $0 })]
        }
        var rows: [Row] = []
        for row in report.domains {
            let d = row.domain
            rows.append(
                Row(
                    "domain", role: .group, depth: 0, bold: detail,
                    cells: [.text(d.id), .text(d.id), .text(d.title)] + figures(max: d.max, scores: row.scores)
                        + [.blank]))
            for c in d.criteria {
                rows.append(
                    Row(
                        "criterion", depth: 1,
                        cells: [.text(c.id), .text(d.id), .text(c.title)]
                            + figures(max: c.max, scores: report.scores(of: c.id))
                            + [c.department.map(Cell.text) ?? .blank], detailOnly: true))
            }
        }
        rows.append(
            Row(
                "total", role: .total, bold: true,
                cells: [.blank, .blank, .label(l.total)] + figures(max: report.max, scores: report.totals) + [.blank]))
        let number = Column.Width.fit()
        return Table(
            id: "criteria", name: l.criteriaSheet,
            columns: [
                Column("id", ""),
                Column("domain", l.domainID, for: .data),
                Column("title", l.domain, width: .wrap(), headerSpansLeft: true),
                Column("max", l.max, alignment: .right, width: number),
                Column(Stage.selfAssessed.rawValue, l.selfShort, alignment: .right, width: number),
                Column(Stage.appraised.rawValue, l.appraisedShort, alignment: .right, width: number),
                Column(Stage.final.rawValue, l.finalShort, alignment: .right, width: number),
                Column("lost", l.lost, alignment: .right, width: number),
                Column("department", l.responsible, width: .wrap(), for: .print),
            ], rows: rows)
    }

    /// `Xếp loại (CTHĐ thẩm định): Tốt, 89,75 điểm; còn thiếu 0,25 điểm để đạt Xuất sắc (từ 90)`.
    static func bandParagraph(_ report: ScoreReport, _ l: Labels, _ lang: Language) -> Paragraph {
        let head = "\(l.band) (\(report.stage.name(lang))): "
        guard let total = report.total else {
            let missing = l.incomplete.filling(String(report.missing(report.stage).count))
            // A record of published figures (details lost) still has the band it was published with.
            if let published = report.scorecard.published?.totals[report.stage],
                let band = report.framework.band(for: published)?.band
            {
                return Paragraph([
                    head + "\(band.label), \(published.formatted(lang)) \(l.points) (\(l.published)); \(missing)"
                ])
            }
            return Paragraph([head + l.noBand + ", " + missing])
        }
        guard let (band, next) = report.band else {
            // Below every band: the lowest one is the next to reach.
            var text = head + l.noBand + ", \(total.formatted(lang)) \(l.points)"
            if let lowest = report.framework.bands.last {
                text +=
                    "; "
                    + l.toReach.filling((lowest.min - total).formatted(lang), lowest.label, lowest.min.formatted(lang))
            }
            return Paragraph([text], emphasis: true)
        }
        var text = head + "\(band.label), \(total.formatted(lang)) \(l.points); "
        if let next {
            text += l.toReach.filling((next.min - total).formatted(lang), next.label, next.min.formatted(lang))
        } else {
            text += l.topBand
        }
        return Paragraph([text], emphasis: true)
    }

    /// The lost-points list of the chosen stage, largest first. Data keeps the criterion, the
    /// names and the hand-overs apart; people read the content with the reason, the remediation
    /// (with `detail`) and who is responsible under it.
    static func lostTable(_ report: ScoreReport, _ l: Labels) -> Table {
        let year = report.scorecard.year
        let rows = report.lost.map { item in
            let criterion = report.framework.criterion(item.criterionID)
            return Row(
                "lost",
                cells: [
                    .text(item.criterionID), .text(criterion?.domainID ?? ""), .text(criterion?.title ?? ""),
                    .text(item.code), item.content.map(Cell.text) ?? .label(item.code), .points(item.points),
                    .text(item.reason ?? ""), .text(item.remediation ?? ""),
                    .text(item.responsible.joined(separator: ", ")), .text(item.formerly.joined(separator: ", ")),
                    .text(responsible(item, year: year, l)),
                ])
        }
        let scored = report.criterionScores.contains { $0[report.stage] != nil }
        return Table(
            id: "lost", name: l.lostSheet,
            columns: [
                Column("id", l.criterion, for: [.data, .print]),
                Column("domain", l.domainID, for: .data),
                Column("title", l.domain, for: .data),
                Column("code", l.code),
                Column("content", l.content, width: .wrap(fill: true)),
                Column("points", l.lost, alignment: .right),
                Column("reason", l.reason, narrow: .stack(label: l.reason)),
                Column(
                    "remediation", l.remediation, narrow: .stack(label: l.remediation),
                    for: [.terminal, .data, .print], detailOnly: true),
                Column("responsible", l.responsible, for: .data),
                Column("formerly", l.formerly, for: .data),
                Column("responsible_text", l.responsible, narrow: .stack(label: l.responsible), for: .people),
            ],
            rows: rows, peopleOrder: ["code", "points", "content"], emptyText: scored ? l.noLost : l.nothingScored)
    }

    /// `Nguyễn Thị Dung, các BPCM xã`, a hand-over as `Trần Văn Ái (2023) → Ma Đình Chung`, or
    /// the department standing in for a missing deduction row.
    static func responsible(_ item: LostItem, year: Int, _ l: Labels) -> String {
        let current = item.responsible.isEmpty ? "—" : item.responsible.joined(separator: ", ")
        if !item.fromDeduction { return "\(current) (\(l.department))" }
        guard !item.formerly.isEmpty else { return current }
        return item.formerly.joined(separator: ", ") + " (\(year)) → " + current
    }

    /// Each domain's self, appraised and final scores against its max.
    static func domainChart(_ report: ScoreReport, _ l: Labels) -> Chart {
        Chart(
            kind: .groupedBars, title: l.domainsChart, series: Stage.allCases.map(l.short),
            categories: report.domains.map { row in
                Chart.Category(
                    label: "\(row.domain.id). \(row.domain.title)", values: Stage.allCases.map { row.scores[$0] },
                    max: row.domain.max)
            })
    }

    /// The points lost by each responsible person or department, largest first (a shared row
    /// counts in full for each name, as `score --by responsible` counts it).
    static func responsibleChart(_ report: ScoreReport, _ l: Labels) -> Chart {
        Chart(
            kind: .horizontalBars, title: l.byResponsible, series: [l.lost],
            categories: ResponsibleReport(report).entries.map { Chart.Category(label: $0.name, values: [$0.total]) })
    }
}

extension ReportDocument.TitleBlock {
    /// The unit, place, year and framework of a scored scorecard.
    init(_ report: ScoreReport) {
        let card = report.scorecard
        self.init(
            unit: card.unit, district: card.district, province: card.province, year: card.year,
            frameworkID: report.framework.id, frameworkTitle: report.framework.title)
    }
}
