/// `score --format json`: one document with the keys SPEC §4 names, points as numbers.
public enum ScoreJSON {
    public static func render(_ report: ScoreReport, warnings: [Diagnostic]) -> String {
        document(report, warnings: warnings).render()
    }

    static func document(_ report: ScoreReport, warnings: [Diagnostic]) -> JSONOut {
        let card = report.scorecard
        let band = report.band
        let totals = report.totals
        let stages = report.framework.stages
        var domains: [JSONOut] = []
        var criteria: [JSONOut] = []
        for row in report.domains {
            let d = row.domain
            var fields = [("id", JSONOut.string(d.id)), ("title", .string(d.title))]
            if d.kind != .regular { fields.append(("kind", .string(d.kind.rawValue))) }
            fields += scoreFields(
                max: d.max, applicable: d.kind == .regular ? row.applicable : nil, scores: row.counted, stages)
            fields += [("applicable", .points(row.applicable)), ("index", perStage(row.indices, stages))]
            domains.append(.object(fields))
        }
        for (i, node) in report.framework.nodes.enumerated() where node.depth > 0 {
            var fields = [
                ("id", JSONOut.string(node.id)), ("domain", .string(node.domainID)), ("title", .string(node.title)),
            ]
            if node.depth > 1 { fields.append(("parent", .text(node.parentID))) }
            if !node.isLeaf { fields.append(("group", .bool(true))) }
            if report.isNotApplicable(at: i) {
                fields.append(("na", .bool(true)))
            }
            if node.survey, node.isLeaf {
                fields.append(("survey", .points(report.scorecard.entry(node.id)?.survey)))
            }
            let applicable = node.kind == .regular ? report.applicable(at: i) : nil
            let scores = report.scores(at: i).counted(as: node.kind)
            criteria.append(
                .object(fields + scoreFields(max: node.max, applicable: applicable, scores: scores, stages)))
        }
        func lostItem(_ item: LostItem) -> [(String, JSONOut)] {
            [
                ("code", .string(item.code)), ("criterion", .string(item.criterionID)),
                ("points", .points(item.points)), ("content", .text(item.content)), ("reason", .text(item.reason)),
                ("remediation", .text(item.remediation)), ("responsible", .array(item.responsible.map(JSONOut.string))),
                ("formerly", .array(item.formerly.map(JSONOut.string))),
                ("source", .string(item.fromDeduction ? "deduction" : "department")),
            ]
        }
        // A criterion whose deduction rows were written for another stage carries them, and
        // that stage, apart: they are not in this stage's points.
        let lost: [JSONOut] = report.lost.map { item in
            guard !item.otherStageRows.isEmpty else { return .object(lostItem(item)) }
            return .object(
                lostItem(item) + [
                    ("deductions_written_for", .text(item.otherStage?.rawValue)),
                    ("deductions", .array(item.otherStageRows.map { .object(lostItem($0)) })),
                ])
        }
        // Below every band (a framework without a 0 floor), the lowest band is the next, as the
        // text says.
        let next = band.map(\.next) ?? (report.index == nil ? nil : report.framework.bands.last)
        return .object([
            ("unit", .string(card.unit)), ("district", .text(card.district)), ("province", .text(card.province)),
            ("year", .int(card.year)), ("framework", .string(report.framework.id)),
            ("stage", .string(report.stage.rawValue)), ("band", .text(band?.band.label)),
            ("next_band", .text(next?.label)),
            ("to_next_band", .points(next.flatMap { next in report.index.map { next.min - $0 } })),
            (
                "totals",
                .object(
                    [("max", .points(report.max))] + stages.map { ($0.rawValue, .points(totals[$0])) }
                        + [
                            ("lost", .points(report.regular[stages.last ?? .final].map { report.applicable - $0 })),
                            ("applicable", .points(report.applicable)), ("bonus", perStage(report.bonus, stages)),
                            ("penalty", perStage(report.penalty, stages)), ("index", perStage(report.indices, stages)),
                        ])
            ),
            ("domains", .array(domains)), ("criteria", .array(criteria)), ("lost", .array(lost)),
            ("warnings", .array(warnings.map { .string($0.jsonDescription) })),
        ])
    }

    /// `max`, each stage, and `lost` (the applicable max − the last stage, as SPEC §4 and §6
    /// define it; `null` for bonus and penalty, which lose nothing).
    static func scoreFields(max: Points, applicable: Points?, scores: StageScores, _ stages: [Stage])
        -> [(String, JSONOut)]
    {
        let last = stages.last ?? .final
        return [("max", .points(max))] + stages.map { ($0.rawValue, .points(scores[$0])) }
            + [("lost", .points(applicable.flatMap { a in scores[last].map { a - $0 } }))]
    }

    /// `{stage: points}` for the framework's stages.
    static func perStage(_ scores: StageScores, _ stages: [Stage]) -> JSONOut {
        .object(stages.map { ($0.rawValue, .points(scores[$0])) })
    }
}
