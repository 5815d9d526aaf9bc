/// The page's inline stylesheet: a printed administrative document (Times New Roman 13, black
/// on white, ruled tables), A4 with the margins of Nghị định 30/2020/NĐ-CP, a table row never
/// split across pages, a table's header repeated on each page, a chart kept whole.
enum HTMLStyle {
    static let sheet = """
        @page { size: A4; margin: 20mm 20mm 20mm 30mm; }
        html { background: #fff; }
        body { margin: 0; color: #000; font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 13pt; line-height: 1.3; }
        main { max-width: 160mm; margin: 0 auto; padding: 12mm 8mm; }
        .title-block { text-align: center; margin-bottom: 10pt; }
        .title-block .issuer { font-weight: bold; margin: 0; }
        .title-block .place { margin: 0 0 8pt; font-style: italic; }
        h1 { font-size: 15pt; text-transform: uppercase; margin: 10pt 0 4pt; }
        .title-block .framework { margin: 0; font-style: italic; }
        h2, caption { font-size: 13pt; font-weight: bold; text-align: left; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
        h3, h4, h5, h6 { font-size: 13pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
        caption { margin: 0 0 4pt; }
        p { margin: 4pt 0; }
        p.emphasis { font-weight: bold; }
        dl.fields { display: grid; grid-template-columns: max-content auto; gap: 0 8pt; }
        dl.fields dt { font-weight: bold; }
        dl.fields dd { margin: 0; }
        table.report { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 10pt; }
        table.report th, table.report td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
        table.report th { font-weight: bold; text-align: center; background: #f0f0f0; }
        table.report thead { display: table-header-group; }
        table.report tr { break-inside: avoid; page-break-inside: avoid; }
        table.report td.num { text-align: right; white-space: nowrap; }
        table.report tr.total td, table.report tr.bold td, table.report tr.section td { font-weight: bold; }
        table.report tr.depth1 td:first-child { padding-left: 14pt; }
        table.report tr.depth2 td:first-child { padding-left: 24pt; }
        table.report tr.depth3 td:first-child { padding-left: 34pt; }
        table.report tr.depth4 td:first-child { padding-left: 44pt; }
        table.report tr.depth5 td:first-child, table.report tr.depth6 td:first-child { padding-left: 54pt; }
        table.report tr.note td { font-size: 10pt; font-style: italic; padding-left: 24pt; }
        figure.chart { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { display: block; width: 100%; height: auto; font-family: "Times New Roman", Times, "Liberation Serif", serif; }
        figure.chart figcaption { text-align: center; font-style: italic; font-size: 11pt; }
        @media print { main { max-width: none; margin: 0; padding: 0; } }

        """
}
