/// A report's chart as inline SVG: the document says what the figures are, this picks the
/// drawing and the colours, which print legibly in grey as well.
enum ChartDrawing {
    /// The stages' colours, light to dark in process order.
    static let seriesColours = ["#9ecae1", "#4292c6", "#08306b", "#6a51a3", "#238b45"]
    /// The bands' colours, by position from the highest band: green to red.
    static let bandColours = ["#1a7a3a", "#66a84a", "#c9a227", "#e07b24", "#b22222"]
    static let plain = "#2f4b7c"
    static let gain = "#2e7d32"
    static let loss = "#b22222"

    /// The chart's `<svg>`, or `nil` when it has no figure to draw.
    static func svg(_ chart: ReportDocument.Chart, language: Language) -> String? {
        guard chart.categories.contains(where: { $0.values.contains { $0 != nil } }) else { return nil }
        let thresholds = chart.thresholds.map { BarChart.Threshold(value: $0.value, label: $0.label) }
        switch chart.kind {
        case .groupedBars:
            let series = chart.series.enumerated().map {
                BarChart.Series(name: $0.element, colour: seriesColours[$0.offset % seriesColours.count])
            }
            let maxLabel = Labels.of(language).max
            let groups = chart.categories.map {
                BarChart.Group(label: shortLabel($0.label), title: $0.label, max: $0.max, values: $0.values)
            }
            return BarChart.grouped(
                caption: chart.title, series: series, groups: groups, maxLabel: maxLabel, language: language)
        case .signedBars:
            let bars = chart.categories.map { c in
                let value = c.values.first ?? nil
                return BarChart.Bar(
                    label: c.label, title: c.label, value: value, colour: (value?.hundredths ?? 0) < 0 ? loss : gain)
            }
            return BarChart.signed(caption: chart.title, bars: bars, language: language)
        case .horizontalBars:
            var legend: [BarChart.Series] = []
            let bars = chart.categories.map { c in
                var colour = plain
                if let band = c.band {
                    colour = bandColours[min(max(band.index, 0), bandColours.count - 1)]
                    if !legend.contains(where: { $0.name == band.label }) {
                        legend.append(.init(name: band.label, colour: colour))
                    }
                }
                return BarChart.Bar(label: c.label, title: c.label, value: c.values.first ?? nil, colour: colour)
            }
            return BarChart.horizontal(
                caption: chart.title, bars: bars, thresholds: thresholds,
                limit: chart.categories.compactMap(\.max).max(), legend: legend, language: language
            )
        case .line:
            let points = chart.categories.map {
                LineChart.Point(label: $0.label, title: $0.label, value: $0.values.first ?? nil)
            }
            return LineChart.draw(caption: chart.title, points: points, thresholds: thresholds, language: language)
        }
    }

    /// A category's short name under a column: the id before `. ` when there is one
    /// (`1. Công tác chỉ đạo…` → `1`); the whole label is in the bar's title and the table.
    static func shortLabel(_ label: String) -> String {
        if let range = label.firstRange(of: ". "), label.distance(from: label.startIndex, to: range.lowerBound) <= 8 {
            return String(label[..<range.lowerBound])
        }
        return label
    }
}
