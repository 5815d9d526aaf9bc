extension ReportDocument {
    /// `cchc init --format xlsx|docx`: the blank scorecard as the appendix a clerk fills in. The
    /// title block names the unit and the year (`import` reads them back); the criteria table
    /// lists every domain, group and leaf with its title and max and empty stage cells; the
    /// lost-points table has its headers and no row.
    ///
    /// It is `score`'s document for a scorecard with nothing scored, less what a blank has no
    /// use for (the points lost, the index), so that the form and a scored appendix are one
    /// layout and `import` reads both.
    public static func form(_ card: Scorecard, framework: Framework, language: Language) -> ReportDocument {
        let report = ScoreReport(scorecard: card, framework: framework, stage: framework.stages.last ?? .final)
        let l = Labels.of(language)
        var document = ReportDocument(kind: .score, language: language, title: TitleBlock(report), detail: true)
        document.isForm = true
        document.blocks.append(Block(.fields(scoreFields(report, l)), for: .print))
        var criteria = criteriaTable(report, l, detail: true, language: language)
        if let lost = criteria.column("lost") {
            criteria.columns.remove(at: lost)
            for i in criteria.rows.indices { criteria.rows[i].cells.remove(at: lost) }
        }
        criteria.rows.removeAll { $0.kind == "index" }
        // Nothing is scored yet, not even the 0 an unscored bonus counts: every stage cell is blank.
        let stageColumns = framework.stages.compactMap { criteria.column($0.rawValue) }
        for i in criteria.rows.indices {
            for c in stageColumns where c < criteria.rows[i].cells.count { criteria.rows[i].cells[c] = .absent }
        }
        // A survey criterion's percentage is written in its title, as `score` writes it
        // (`Mức độ hài lòng (72,25 %)`), and `import` reads it from there exactly: the points in
        // the stage cells (max × percentage ÷ 100, to hundredths) cannot say 72,25 from 72,3.
        if let title = criteria.column("title_text") {
            for i in criteria.rows.indices where criteria.rows[i].role == .leaf {
                guard i < framework.nodes.count, framework.nodes[i].survey, title < criteria.rows[i].cells.count,
                    case .text(let text) = criteria.rows[i].cells[title]
                else { continue }
                criteria.rows[i].cells[title] = .text(text + " (… %)")
            }
        }
        document.blocks.append(Block(.table(criteria)))
        document.blocks.append(Block(.table(lostTable(report, l, language))))
        return document
    }
}
