/// `cchc rank` in each output format.
public enum RankRender {
    public static func text(_ r: Ranking, language: Language, style: TextStyle = .plain) -> String {
        let l = Labels.of(language)
        var out = [
            style.bold(l.ranking.filling(String(r.year)) + " · \(r.framework.id) · \(r.stage.name(language))"), "",
        ]
        let rows = r.ranked + r.unranked
        let rankWidth = max(Text.width(l.rank), rows.compactMap(\.rank).map { String($0).count }.max() ?? 1)
        let totalWidth = max(Text.width(l.total), 5)
        // The index is a column of its own only where some unit's differs from its total.
        let t = TreeLabels.of(language)
        let indexWidth = rows.contains { $0.index != $0.total } ? max(Text.width(t.index), 6) + 2 : 0
        let bandWidth = min(16, max(Text.width(l.band), r.ranked.compactMap(\.band).map(Text.width).max() ?? 0))
        var domainWidths = r.framework.domains.map { Text.width($0.id) }
        for row in rows {
            for (i, n) in row.domains.enumerated() where i < domainWidths.count {
                domainWidths[i] = max(domainWidths[i], Text.width(n?.formatted(language) ?? "—"))
            }
        }
        // As many domain columns as fit beside a unit column of 16; the rest are left to csv.
        let minimumUnit = 16
        var room = TextLayout.lineWidth - (rankWidth + 2 + minimumUnit + 2 + totalWidth + indexWidth + 2 + bandWidth)
        var shown = 0
        while shown < domainWidths.count, domainWidths[shown] + 2 <= room {
            room -= domainWidths[shown] + 2
            shown += 1
        }
        domainWidths = Array(domainWidths.prefix(shown))
        let domainHeaders = r.framework.domains.prefix(shown).map(\.id)
        func numbers(_ row: Ranking.Row) -> [String] {
            row.domains.prefix(shown).map { $0?.formatted(language) ?? "—" }
        }
        let fixed =
            rankWidth + 2 + 2 + totalWidth + indexWidth + 2 + bandWidth + domainWidths.reduce(0) { $0 + $1 + 2 }
        let unitWidth = max(
            minimumUnit, min(rows.map { Text.width($0.unit) }.max() ?? 12, TextLayout.lineWidth - fixed))
        func line(
            _ rank: String, _ unit: String, _ total: String, _ band: String, _ domains: [String], index: String = ""
        ) -> String {
            var s = Text.pad(rank, to: rankWidth, right: true) + "  " + Text.pad(unit, to: unitWidth) + "  "
            s += Text.pad(total, to: totalWidth, right: true)
            if indexWidth > 0 { s += "  " + Text.pad(index, to: indexWidth - 2, right: true) }
            s += "  " + Text.pad(band, to: bandWidth)
            for (i, d) in domains.enumerated() { s += "  " + Text.pad(d, to: domainWidths[i], right: true) }
            return TextLayout.trimTrailing(s)
        }
        func unitLines(_ row: Ranking.Row, rank: String, total: String, band: String, domains: [String]) -> [String] {
            Text.wrap(row.unit, width: unitWidth).enumerated().map { i, part in
                i == 0
                    ? line(rank, part, total, band, domains, index: row.index?.formatted(language) ?? "")
                    : line("", part, "", "", [])
            }
        }
        out.append(style.bold(line(l.rank, l.unitHeader, l.total, l.band, domainHeaders, index: t.index)))
        for row in r.ranked {
            out += unitLines(
                row, rank: row.rank.map(String.init) ?? "", total: row.total?.formatted(language) ?? "",
                band: Text.truncate(row.band ?? "", to: bandWidth), domains: numbers(row))
        }
        if !r.unranked.isEmpty {
            out += ["", l.unranked + ":"]
            for row in r.unranked {
                out += unitLines(
                    row, rank: "", total: "—", band: l.missing.filling(String(row.missing)), domains: [])
            }
        }
        if shown < r.framework.domains.count { out += ["", l.moreColumns] }
        out.append("")
        out.append(
            "\(l.count): \(r.ranked.count) · \(l.mean): \(r.mean?.formatted(language) ?? "—") · "
                + "\(l.median): \(r.median?.formatted(language) ?? "—")")
        out += ["", l.best + ":"]
        let idWidth = r.framework.domains.map { Text.width($0.id) }.max() ?? 1
        for b in r.best {
            let who = b.sharing > 1 ? "\(b.unit) (\(l.andOthers.filling(String(b.sharing - 1))))" : b.unit
            let text = "\(b.domain.title): \(b.score.formatted(language)) · \(who)"
            for (i, part) in Text.wrap(text, width: TextLayout.lineWidth - idWidth - 4).enumerated() {
                out.append("  " + Text.pad(i == 0 ? b.domain.id : "", to: idWidth) + "  " + part)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ r: Ranking, warnings: [Diagnostic]) -> String {
        let ids = r.framework.domains.map(\.id)
        func unit(_ row: Ranking.Row) -> JSONOut {
            .object([
                ("rank", .int(row.rank)), ("unit", .string(row.unit)), ("file", .string(row.file)),
                ("total", .points(row.total)), ("index", .points(row.index)), ("band", .text(row.band)),
                ("domains", .object(zip(ids, row.domains).map { ($0, .points($1)) })),
                ("published_rank", .int(row.publishedRank)),
            ])
        }
        return JSONOut.object([
            ("year", .int(r.year)), ("framework", .string(r.framework.id)), ("stage", .string(r.stage.rawValue)),
            ("units", .array((r.ranked + r.unranked).map(unit))), ("count", .int(r.ranked.count)),
            ("mean", .points(r.mean)), ("median", .points(r.median)),
            (
                "best",
                .array(
                    r.best.map {
                        .object([
                            ("domain", .string($0.domain.id)), ("points", .points($0.score)),
                            ("unit", .string($0.unit)),
                            ("sharing", .int($0.sharing)),
                        ])
                    })
            ),
            ("warnings", .array(warnings.map { .string($0.description) })),
        ]).render()
    }

    public static func csv(_ r: Ranking) -> String {
        let ids = r.framework.domains.map(\.id)
        let rows = (r.ranked + r.unranked).map { row in
            ["unit", row.rank.map(String.init) ?? "", row.unit, row.file, row.total?.json ?? "", row.band ?? ""]
                + row.domains.map { $0?.json ?? "" }
        }
        let summary = [
            ["summary", "", "count", "", String(r.ranked.count), ""],
            ["summary", "", "mean", "", r.mean?.json ?? "", ""],
            ["summary", "", "median", "", r.median?.json ?? "", ""],
        ].map { $0 + Array(repeating: "", count: ids.count) }
        return CSVText.render(header: ["kind", "rank", "unit", "file", "total", "band"] + ids, rows: rows + summary)
    }

    public static func markdown(_ r: Ranking, language: Language) -> String {
        let l = Labels.of(language)
        var out =
            "## " + MarkdownText.escape(l.ranking.filling(String(r.year)) + " · \(r.stage.name(language))") + "\n\n"
        let rows = (r.ranked + r.unranked).map { row in
            [row.rank.map(String.init) ?? "—", row.unit, row.total?.formatted(language) ?? "—", row.band ?? ""]
                + row.domains.map { $0?.formatted(language) ?? "—" }
        }
        let ids = r.framework.domains.map(\.id)
        out += MarkdownText.table(
            header: [l.rank, l.unitHeader, l.total, l.band] + ids, rows: rows,
            rightAligned: Set([0, 2] + ids.indices.map { $0 + 4 }))
        out +=
            "\n"
            + MarkdownText.escape(
                "\(l.count): \(r.ranked.count) · \(l.mean): \(r.mean?.formatted(language) ?? "—") · "
                    + "\(l.median): \(r.median?.formatted(language) ?? "—")") + "\n"
        return out
    }
}
