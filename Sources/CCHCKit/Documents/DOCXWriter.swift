/// Writes `score` as the Word appendix of a commune's report, the two tables as seed 002 lays
/// them out: the criteria table (STT, Lĩnh vực, tiêu chí, Điểm tối đa, one column per stage,
/// Ngành, BPCM phụ trách; domain rows bold; a `Tổng` row), then from a new page the
/// lost-points table (STT, code, content, reason, points, remediation, responsible with the
/// hand-overs, a `Tổng cộng` row); both on landscape A4, where seven columns of 13-point text fit.
enum DOCXWriter: ReportWriter {
    static let audience: ReportDocument.Audience = .print

    static func supports(_ kind: ReportDocument.Kind) -> Bool { kind == .score }

    static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8] {
        WordprocessingML.archive(wordDocument(document))
    }

    /// The document before it becomes XML.
    static func wordDocument(_ document: ReportDocument) -> WordDocument {
        let words = DocumentLabels.of(document.language)
        let unit = document.title?.unit ?? ""
        let year = document.title?.year.map(String.init) ?? ""
        var first: [WordDocument.Block] = []
        if !unit.isEmpty { first.append(.paragraph(.init(text: unit.uppercased(), bold: true))) }
        first.append(.paragraph(.init(text: "")))
        first.append(
            .paragraph(.init(text: words.criteriaTitle.filling(year, unit.uppercased()), bold: true, centered: true)))
        if let framework = document.title?.frameworkTitle {
            first.append(.paragraph(.init(text: "(\(framework))", italic: true, centered: true)))
        }
        first.append(.paragraph(.init(text: "")))
        // A title block for print (a form's `Đơn vị: …`, `Năm: …`), which `import` reads back.
        let fields = document.blocks(for: audience).flatMap { block -> [(label: String, value: String)] in
            if case .fields(let f) = block.content { return f.items } else { return [] }
        }
        if !fields.isEmpty {
            let rows = fields.map { WordDocument.Row(cells: [.init(text: $0.label + ":"), .init(text: $0.value)]) }
            first.append(.table(.init(weights: [1, 4], rows: rows)))
        }
        if let table = document.table("criteria") { first.append(.table(criteria(table, document: document))) }
        var second: [WordDocument.Block] = []
        if !unit.isEmpty { second.append(.paragraph(.init(text: unit.uppercased(), bold: true))) }
        second.append(.paragraph(.init(text: "")))
        second.append(.paragraph(.init(text: words.lostTitle.filling(year), bold: true, centered: true)))
        second.append(.paragraph(.init(text: "")))
        if let table = document.table("lost") { second.append(.table(lost(table, document: document))) }
        second += notCounted(document)
        return WordDocument(sections: [.init(landscape: true, blocks: first), .init(landscape: true, blocks: second)])
    }

    /// The deduction rows written for another stage, under their own title after the appendix's
    /// table (whose `Tổng cộng` ends what `import` reads): each visible column as the page has it.
    private static func notCounted(_ document: ReportDocument) -> [WordDocument.Block] {
        var title = ""
        for block in document.blocks(for: audience) {
            if case .heading(let text, _) = block.content { title = text }
            guard case .table(let table) = block.content, table.id == "lost_other_stage" else { continue }
            let columns = table.columns(for: audience, detail: true)
            let l = document.language
            var rows = [
                WordDocument.Row(
                    cells: columns.map { .init(text: table.columns[$0].header, alignment: .center) }, bold: true,
                    header: true)
            ]
            for row in table.rows(for: audience, detail: true) {
                rows.append(
                    .init(cells: columns.map { .init(text: $0 < row.cells.count ? row.cells[$0].text(l) : "") }))
            }
            let weights = columns.map { if case .wrap = table.columns[$0].width { return 3 } else { return 1 } }
            return [
                .paragraph(.init(text: "")), .paragraph(.init(text: title, bold: true, centered: true)),
                .paragraph(.init(text: "")), .table(.init(weights: weights, rows: rows)),
            ]
        }
        return []
    }

    /// A cell's text; a form leaves what is not there yet blank for the clerk, not `—`.
    private static func text(
        _ row: ReportDocument.Row, _ table: ReportDocument.Table, _ key: String, _ l: Language, form: Bool = false
    ) -> String {
        guard let c = table.column(key), c < row.cells.count else { return "" }
        if form, row.cells[c] == .absent { return "" }
        return row.cells[c].text(l)
    }

    private static func criteria(_ table: ReportDocument.Table, document: ReportDocument) -> WordDocument.Table {
        let l = document.language
        let words = DocumentLabels.of(l)
        let stages = Stage.allCases.filter { table.column($0.rawValue) != nil }
        let header = (["id", "title", "max"] + stages.map(\.rawValue) + ["department"]).map {
            words.appendixHeader($0, table: "criteria", language: l) ?? ""
        }
        var rows = [
            WordDocument.Row(cells: header.map { .init(text: $0, alignment: .center) }, bold: true, header: true)
        ]
        // People read a title with its marks (optional, survey); data keeps it bare.
        let title = table.column("title_text") != nil ? "title_text" : "title"
        for row in table.rows(for: audience, detail: true) {
            let total = row.role == .total
            var cells: [WordDocument.Cell] = [
                .init(text: total ? "" : text(row, table, "id", l), alignment: .center),
                .init(text: text(row, table, title, l), indent: row.depth),
                .init(text: text(row, table, "max", l), alignment: .center),
            ]
            cells += stages.map {
                .init(text: text(row, table, $0.rawValue, l, form: document.isForm), alignment: .center)
            }
            cells.append(.init(text: text(row, table, "department", l)))
            rows.append(.init(cells: cells, bold: row.bold || row.role == .group || total))
        }
        return .init(weights: [6, 40] + [8] + stages.map { _ in 8 } + [22], rows: rows)
    }

    private static func lost(_ table: ReportDocument.Table, document: ReportDocument) -> WordDocument.Table {
        let l = document.language
        let words = DocumentLabels.of(l)
        let header =
            [words.number]
            + AppendixOrder.lostColumns.map {
                words.appendixHeader($0, table: "lost", language: l) ?? ""
            }
        var rows = [
            WordDocument.Row(cells: header.map { .init(text: $0, alignment: .center) }, bold: true, header: true)
        ]
        var sum = Points.zero
        let ordered = AppendixOrder.rows(table.rows(for: audience, detail: true), of: table, kind: document.kind)
        for (n, row) in ordered.enumerated() {
            if let c = table.column("points"), c < row.cells.count, case .points(let p) = row.cells[c] { sum += p }
            rows.append(
                .init(cells: [
                    .init(text: String(n + 1), alignment: .center), .init(text: text(row, table, "code", l)),
                    .init(text: text(row, table, "content", l)), .init(text: text(row, table, "reason", l)),
                    .init(text: text(row, table, "points", l), alignment: .center),
                    .init(text: text(row, table, "remediation", l)),
                    .init(text: text(row, table, "responsible_text", l)),
                ]))
        }
        rows.append(
            .init(
                cells: [
                    .init(text: ""), .init(text: words.grandTotal), .init(text: ""), .init(text: ""),
                    .init(text: document.isForm ? "" : sum.formatted(l), alignment: .center),
                ], bold: true))
        return .init(weights: [5, 10, 22, 24, 8, 19, 16], rows: rows)
    }
}
