/// `score --format csv`: one table whose `kind` column says what each row is (`domain`,
/// `criterion`, `total`, `lost`), so that a spreadsheet filter picks one part.
public enum ScoreCSV {
    public static let header = [
        "kind", "id", "domain", "title", "max", "self", "appraised", "final", "lost", "code", "content", "points",
        "reason", "remediation", "responsible", "formerly",
    ]

    public static func render(_ report: ScoreReport) -> String {
        var rows: [[String]] = []
        func scoreRow(_ kind: String, _ id: String, _ domain: String, _ title: String, _ max: Points, _ s: StageScores)
            -> [String]
        {
            [kind, id, domain, title, max.json] + Stage.allCases.map { s[$0]?.json ?? "" }
                + [s.final.map { (max - $0).json } ?? "", "", "", "", "", "", "", ""]
        }
        for row in report.domains {
            let d = row.domain
            rows.append(scoreRow("domain", d.id, d.id, d.title, d.max, row.scores))
            for c in d.criteria {
                rows.append(scoreRow("criterion", c.id, d.id, c.title, c.max, report.scores(of: c.id)))
            }
        }
        rows.append(scoreRow("total", "", "", "", report.max, report.totals))
        for item in report.lost {
            let criterion = report.framework.criterion(item.criterionID)
            rows.append([
                "lost", item.criterionID, criterion?.domainID ?? "", criterion?.title ?? "", "", "", "", "", "",
                item.code, item.content ?? "", item.points.json, item.reason ?? "", item.remediation ?? "",
                item.responsible.joined(separator: ", "), item.formerly.joined(separator: ", "),
            ])
        }
        return CSVText.render(header: header, rows: rows)
    }
}
