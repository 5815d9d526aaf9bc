/// `cchc trend` in each output format.
public enum TrendRender {
    public static func text(_ t: Trend, language: Language, style: TextStyle = .plain) -> String {
        let l = Labels.of(language)
        var out = [style.bold("\(l.trend): \(t.unit) · \(t.stage.name(language))"), ""]
        // The index is a column of its own only where some year's differs from its total.
        let withIndex = t.years.contains { $0.index != $0.total }
        let rows = t.years.map { y in
            [String(y.year), y.total?.formatted(language) ?? "—"]
                + (withIndex ? [y.index?.formatted(language) ?? "—"] : [])
                + [
                    source(y.source, l), Text.truncate(y.band ?? "—", to: 16), y.change?.signed(language) ?? "",
                    rank(y),
                ]
        }
        let headers =
            [l.year, l.total] + (withIndex ? [TreeLabels.of(language).index] : []) + [
                l.source, l.band, l.change, l.rank,
            ]
        let right: Set<Int> = withIndex ? [1, 2, 5, 6] : [1, 4, 5]
        var widths = headers.map(Text.width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], Text.width(cell)) } }
        func line(_ cells: [String]) -> String {
            TextLayout.trimTrailing(
                cells.enumerated().map { Text.pad($1, to: widths[$0], right: right.contains($0)) }.joined(
                    separator: "  "))
        }
        out.append(style.bold(line(headers)))
        out += rows.map(line)
        if !t.domains.isEmpty {
            // The latest years that fit beside a title column of 20; earlier ones are left to csv.
            let idWidth = t.domains.map { Text.width($0.id) }.max() ?? 1
            var first = 0
            func widths(from start: Int) -> [Int] {
                t.years[start...].map { y in
                    max(
                        String(y.year).count,
                        t.domains.map { Text.width(y.domains[$0.id]?.formatted(language) ?? "—") }.max() ?? 0)
                }
            }
            while first < t.years.count - 1,
                idWidth + 2 + 20 + widths(from: first).reduce(0, { $0 + $1 + 2 }) > TextLayout.lineWidth
            {
                first += 1
            }
            let shownYears = t.years[first...]
            let years = shownYears.map { String($0.year) }
            let cells = t.domains.map { d in shownYears.map { $0.domains[d.id]?.formatted(language) ?? "—" } }
            let yearWidths = widths(from: first)
            let titleWidth = max(10, TextLayout.lineWidth - idWidth - 2 - yearWidths.reduce(0) { $0 + $1 + 2 })
            out.append("")
            out.append(
                style.bold(
                    TextLayout.trimTrailing(
                        Text.pad(l.domain, to: idWidth + 2 + titleWidth)
                            + years.enumerated().map { "  " + Text.pad($1, to: yearWidths[$0], right: true) }.joined()))
            )
            for (d, row) in zip(t.domains, cells) {
                for (i, part) in Text.wrap(d.title, width: titleWidth).enumerated() {
                    var s = Text.pad(i == 0 ? d.id : "", to: idWidth) + "  " + Text.pad(part, to: titleWidth)
                    if i == 0 {
                        s += row.enumerated().map { "  " + Text.pad($1, to: yearWidths[$0], right: true) }.joined()
                    }
                    out.append(TextLayout.trimTrailing(s))
                }
            }
            if first > 0 { out += ["", l.moreColumns] }
        }
        out += ["", t.sparkline]
        return out.joined(separator: "\n") + "\n"
    }

    static func source(_ s: Trend.Source?, _ l: Labels) -> String {
        switch s {
        case .computed: return l.computed
        case .published: return l.published
        case nil: return "—"
        }
    }

    /// `6/22`, `6`, or nothing.
    static func rank(_ y: Trend.Year) -> String {
        guard let rank = y.rank else { return "" }
        return y.of.map { "\(rank)/\($0)" } ?? String(rank)
    }

    public static func json(_ t: Trend, warnings: [Diagnostic]) -> String {
        JSONOut.object([
            ("unit", .string(t.unit)), ("stage", .string(t.stage.rawValue)),
            (
                "years",
                .array(
                    t.years.map { y in
                        .object([
                            ("year", .int(y.year)), ("file", .string(y.file)), ("total", .points(y.total)),
                            ("index", .points(y.index)),
                            ("source", .text(y.source?.rawValue)), ("band", .text(y.band)),
                            ("change", .points(y.change)),
                            ("rank", .int(y.rank)), ("of", .int(y.of)),
                            ("domains", .object(t.domains.map { ($0.id, .points(y.domains[$0.id])) })),
                        ])
                    })
            ),
            ("sparkline", .string(t.sparkline)), ("warnings", .array(warnings.map { .string($0.description) })),
        ]).render()
    }

    public static func csv(_ t: Trend) -> String {
        let ids = t.domains.map(\.id)
        let rows = t.years.map { y in
            [
                "year", String(y.year), y.file, y.total?.json ?? "", y.source?.rawValue ?? "", y.band ?? "",
                y.change?.json ?? "",
                y.rank.map(String.init) ?? "", y.of.map(String.init) ?? "",
            ] + ids.map { y.domains[$0]?.json ?? "" }
        }
        return CSVText.render(
            header: ["kind", "year", "file", "total", "source", "band", "change", "rank", "of"] + ids, rows: rows)
    }

    public static func markdown(_ t: Trend, language: Language) -> String {
        let l = Labels.of(language)
        var out = "## " + MarkdownText.escape("\(l.trend): \(t.unit) · \(t.stage.name(language))") + "\n\n"
        let rows = t.years.map { y in
            [
                String(y.year), y.total?.formatted(language) ?? "—", source(y.source, l), y.band ?? "—",
                y.change?.signed(language) ?? "", rank(y),
            ]
        }
        out += MarkdownText.table(
            header: [l.year, l.total, l.source, l.band, l.change, l.rank], rows: rows, rightAligned: [1, 4, 5])
        return out + "\n" + t.sparkline + "\n"
    }
}
