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
        document.blocks.append(Block(.table(criteriaTable(report, l, detail: detail, language: language))))
        document.blocks.append(Block(.paragraph(bandParagraph(report, l, language)), for: .people))
        let sum = report.lost.reduce(Points.zero) { $0 + $1.points }
        let partial = report.total == nil ? " (\(l.partial))" : ""
        let stage = report.stage.name(language)
        document.blocks.append(
            Block(
                .paragraph(
                    Paragraph(
                        [
                            "\(l.lostList) (\(stage)): \(sum.formatted(language)) \(l.points), \(l.rows(report.lost.count))"
                                + partial
                        ], emphasis: true, keepWithNext: true)), for: [.terminal]))
        document.blocks.append(Block(.heading("\(l.lostList) (\(stage))", level: 3), for: [.markup, .print]))
        document.blocks.append(Block(.table(lostTable(report, l, language))))
        if let table = otherStageTable(report, l, language) {
            let title = Messages.rowsWrittenForOtherStages(notCountedIn: report.stage).text(language)
            document.blocks.append(Block(.heading(title, level: 3), for: .print))
            document.blocks.append(Block(.table(table), for: .print))
        }
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

    /// Every node of the framework's tree, depth first: each domain (a group row), and under it
    /// its criteria and sub-criteria (depth 1, 2…); then the total, and the index where it differs.
    /// Only the framework's stages are columns. A penalty's points are shown negative, so that
    /// every column adds up to the total; `lost` is the applicable max − the last stage.
    static func criteriaTable(_ report: ScoreReport, _ l: Labels, detail: Bool, language: Language) -> Table {
        let framework = report.framework
        let stages = framework.stages
        let last = stages.last ?? .final
        let t = TreeLabels.of(language)
        func figures(_ node: Criterion, applicable: Points, scores: StageScores) -> [Cell] {
            let lost = node.kind == .regular ? scores[last].map { applicable - $0 } : nil
            let shown = scores.counted(as: node.kind)
            return [.points(node.max)] + stages.map { .points(shown[$0]) } + [.points(lost)]
        }
        var rows: [Row] = []
        for (i, node) in framework.nodes.enumerated() {
            var title = node.title + t.marks(node, parent: node.parentID.flatMap(framework.criterion))
            if report.isNotApplicable(at: i) { title += " (\(t.notApplicable))" }
            if node.survey, node.isLeaf, let survey = report.scorecard.entry(node.id)?.survey {
                title += " (\(survey.formatted(language)) %)"
            }
            let cells =
                [.text(node.id), .text(node.domainID), .text(node.title), .text(title)]
                + figures(node, applicable: report.applicable(at: i), scores: report.scores(at: i))
            if node.depth == 0 {
                var row = Row("domain", role: .group, depth: 0, bold: detail, cells: cells + [.blank])
                row.subtracts = node.kind == .penalty
                row.outsideMax = node.kind != .regular
                rows.append(row)
            } else {
                rows.append(
                    Row(
                        node.isLeaf ? "criterion" : "group", role: node.isLeaf ? .leaf : .group, depth: node.depth,
                        cells: cells + [node.department.map(Cell.text) ?? .blank], detailOnly: true))
            }
        }
        let lost = report.regular[last].map { report.applicable - $0 }
        rows.append(
            Row(
                "total", role: .total, bold: true,
                cells: [.blank, .blank, .blank, .label(l.total), .points(report.applicable)]
                    + stages.map { .points(report.totals[$0]) } + [.points(lost), .blank]))
        if report.showsIndex {
            rows.append(
                Row(
                    "index", bold: true,
                    cells: [.blank, .blank, .blank, .label(t.index), .points(Points(hundredths: 10_000))]
                        + stages.map { .points(report.indices[$0]) } + [.blank, .blank]))
        }
        let number = Column.Width.fit()
        return Table(
            id: "criteria", name: l.criteriaSheet,
            columns: [
                Column("id", ""),
                Column("domain", l.domainID, for: .data),
                // Data keeps the title as the framework writes it; people read it with its marks.
                Column("title", l.domain, for: .data),
                Column("title_text", l.domain, width: .wrap(), for: .people, headerSpansLeft: true),
                Column("max", l.max, alignment: .right, width: number),
            ]
                + stages.map { Column($0.rawValue, l.short($0), alignment: .right, width: number) }
                + [
                    Column("lost", l.lost, alignment: .right, width: number),
                    Column("department", l.responsible, width: .wrap(), for: .print),
                ], rows: rows)
    }

    /// `Xếp loại (CTHĐ thẩm định): Tốt, 89,75 điểm; còn thiếu 0,25 điểm để đạt Xuất sắc (từ 90)`;
    /// where the index is not the total, the band goes by the index and a line gives the total,
    /// the applicable max and the index.
    static func bandParagraph(_ report: ScoreReport, _ l: Labels, _ lang: Language) -> Paragraph {
        let head = "\(l.band) (\(report.stage.name(lang))): "
        let t = TreeLabels.of(lang)
        guard let total = report.total, let index = report.index else {
            let missing = l.incomplete.filling(l.criteria(report.missing(report.stage).count))
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
        let value =
            report.showsIndex
            ? "\(t.index.lowercased()) \(index.formatted(lang))" : "\(total.formatted(lang)) \(l.points)"
        let indexLine =
            report.showsIndex
            ? [t.indexLine.filling(total.formatted(lang), report.applicable.formatted(lang), index.formatted(lang))]
            : []
        guard let (band, next) = report.band else {
            // Below every band: the lowest one is the next to reach.
            var text = head + l.noBand + ", \(value)"
            if let lowest = report.framework.bands.last {
                text +=
                    "; "
                    + l.toReach.filling((lowest.min - index).formatted(lang), lowest.label, lowest.min.formatted(lang))
            }
            return Paragraph(indexLine + [text], emphasis: true)
        }
        var text = head + "\(band.label), \(value); "
        if let next {
            text += l.toReach.filling((next.min - index).formatted(lang), next.label, next.min.formatted(lang))
        } else {
            text += l.topBand
        }
        return Paragraph(indexLine + [text], emphasis: true)
    }

    /// The lost-points list of the chosen stage, largest first. Data keeps the criterion, the
    /// names and the hand-overs apart; people read the content with the reason, the remediation
    /// (with `detail`) and who is responsible under it.
    ///
    /// A criterion whose deduction rows were written for another stage (3.1 with
    /// `--stage appraised`: its rows explain the final's 2 points) has them under it, one level
    /// in, their points in brackets and `written_for` naming that stage: they are not counted,
    /// and the appendix (`.print`) leaves them out, its criterion naming them instead.
    static func lostTable(_ report: ScoreReport, _ l: Labels, _ language: Language) -> Table {
        let year = report.scorecard.year
        func row(_ item: LostItem, under parent: LostItem?) -> Row {
            let criterion = report.framework.criterion(item.criterionID)
            let other = parent?.otherStage
            let note = parent.map { Messages.rowWrittenFor($0.otherStage, notCountedIn: report.stage).text(language) }
            return Row(
                parent == nil ? "lost" : "lost_other_stage", depth: parent == nil ? 0 : 1,
                cells: [
                    .text(item.criterionID), .text(criterion?.domainID ?? ""), .text(criterion?.title ?? ""),
                    .text(item.code), item.content.map(Cell.text) ?? .label(item.code), .points(item.points),
                    parent == nil ? .points(item.points) : .text("(\(item.points.formatted(language)))"),
                    .text(other?.rawValue ?? ""), note.map(Cell.text) ?? .blank,
                    .text(item.reason ?? ""), .text(item.remediation ?? ""),
                    .text(item.responsible.joined(separator: ", ")), .text(item.formerly.joined(separator: ", ")),
                    .text(responsible(item, year: year, l, language)),
                ], for: parent == nil ? .all : [.terminal, .markup, .data])
        }
        let rows = report.lost.flatMap { item in
            [row(item, under: nil)] + item.otherStageRows.map { row($0, under: item) }
        }
        let scored = report.hasScores(report.stage)
        // The sentence a terminal and Markdown say of such a row; a column only when one is
        // there. Data always has `written_for`, so that a district's CSVs have one header.
        let other = report.lost.contains { !$0.otherStageRows.isEmpty }
        return Table(
            id: "lost", name: l.lostSheet,
            columns: [
                Column("id", l.criterion, for: [.data, .print]),
                Column("domain", l.domainID, for: .data),
                Column("title", l.domain, for: .data),
                Column("code", l.code),
                Column("content", l.content, width: .wrap(fill: true)),
                Column("points", l.lost, alignment: .right, for: [.data, .print]),
                // A terminal and Markdown show a row written for another stage with its points
                // in brackets, and say under its content which stage it was written for.
                Column("points_shown", l.lost, alignment: .right, for: [.terminal, .markup]),
                Column("written_for", l.stage, for: .data),
                Column(
                    "written_for_text", l.stage, narrow: .stack(label: nil), for: other ? [.terminal, .markup] : []),
                Column("reason", l.reason, narrow: .stack(label: l.reason)),
                Column(
                    "remediation", l.remediation, narrow: .stack(label: l.remediation),
                    for: [.terminal, .data, .print], detailOnly: true),
                Column("responsible", l.responsible, for: .data),
                Column("formerly", l.formerly, for: .data),
                Column("responsible_text", l.responsible, narrow: .stack(label: l.responsible), for: .people),
            ],
            rows: rows, peopleOrder: ["code", "points_shown", "points", "content"],
            emptyText: scored ? l.noLost : l.nothingScored)
    }

    /// The deduction rows written for another stage (3.1.2 and 3.1.4 with `--stage appraised`),
    /// as a page, a Word appendix and a workbook show them: a table of their own after the
    /// appendix, titled as not counted, so that the appendix's table stays what the stage lost
    /// and `import` reads it back alone. Nil when there are none.
    static func otherStageTable(_ report: ScoreReport, _ l: Labels, _ language: Language) -> Table? {
        let year = report.scorecard.year
        let rows = report.lost.flatMap { item in
            item.otherStageRows.map { row in
                Row(
                    "lost_other_stage",
                    cells: [
                        .text(item.criterionID), .text(row.code), row.content.map(Cell.text) ?? .label(row.code),
                        .text("(\(row.points.formatted(language)))"),
                        .text(Messages.stageOrNone(item.otherStage).text(language)), .text(row.reason ?? ""),
                        .text(row.remediation ?? ""), .text(responsible(row, year: year, l, language)),
                    ])
            }
        }
        guard !rows.isEmpty else { return nil }
        return Table(
            id: "lost_other_stage", name: Messages.notCountedSheet(report.stage).text(language),
            columns: [
                Column("criterion", l.criterion), Column("code", l.code),
                Column("content", l.content, width: .wrap(fill: true)),
                Column("points_shown", l.lost, alignment: .right), Column("written_for_text", l.stage),
                Column("reason", l.reason), Column("remediation", l.remediation, detailOnly: true),
                Column("responsible_text", l.responsible),
            ],
            rows: rows)
    }

    /// `Nguyễn Thị Dung, các BPCM xã`, a hand-over as `Trần Văn Ái (2023) → Ma Đình Chung`, or
    /// the department standing in for a missing deduction row (or for rows written for another
    /// stage, which it names).
    static func responsible(_ item: LostItem, year: Int, _ l: Labels, _ language: Language) -> String {
        let current = item.responsible.isEmpty ? "—" : item.responsible.joined(separator: ", ")
        if !item.otherStageRows.isEmpty {
            let codes = item.otherStageRows.map(\.code)
            return "\(current) (\(Messages.departmentRowsWrittenFor(codes, item.otherStage).text(language)))"
        }
        if !item.fromDeduction { return "\(current) (\(l.department))" }
        guard !item.formerly.isEmpty else { return current }
        return item.formerly.joined(separator: ", ") + " (\(year)) → " + current
    }

    /// Each domain's self, appraised and final scores against its max.
    static func domainChart(_ report: ScoreReport, _ l: Labels) -> Chart {
        Chart(
            kind: .groupedBars, title: l.domainsChart, series: report.framework.stages.map(l.short),
            categories: report.domains.map { row in
                Chart.Category(
                    label: "\(row.domain.id). \(row.domain.title)",
                    values: report.framework.stages.map { row.scores[$0] },
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
