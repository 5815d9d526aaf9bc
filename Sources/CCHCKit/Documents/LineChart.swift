/// The index over the years as a line, drawn as inline SVG, with the band thresholds as dashed
/// lines. A year with no figure breaks the line.
enum LineChart {
    /// One point of the line: its label on the axis (the year), its title, its value if known.
    struct Point: Sendable {
        var label: String
        var title: String
        var value: Points?
    }

    static func draw(caption: String, points: [Point], thresholds: [BarChart.Threshold], language: Language) -> String {
        let (left, top, right, bottom) = (44, 16, 110, 30)
        var canvas = SVGCanvas(width: 680, height: 260)
        let plotWidth = canvas.width - left - right
        let plotHeight = canvas.height - top - bottom
        let values = points.compactMap { $0.value?.hundredths }
        // From a round ten below the lowest figure to a round ten above the highest: the
        // differences between years stay visible, and the nearby thresholds with them.
        let low = max((values.min() ?? 0) / 1000 * 1000 - 1000, 0)
        let high = max(((values.max() ?? 10000) + 999) / 1000 * 1000, low + 1000)
        let span = high - low
        let step = SVGCanvas.tickStep(span: span)
        func y(_ hundredths: Int) -> Int {
            top + plotHeight - SVGCanvas.scale(hundredths - low, span: span, pixels: plotHeight)
        }
        for tick in stride(from: low, through: high, by: step) {
            canvas.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: tick == low ? "#000" : "#ddd")
            canvas.text(
                Points(hundredths: tick).formatted(language), x: left - 6, y: y(tick) + 4, anchor: "end", size: 12)
        }
        for threshold in thresholds where threshold.value.hundredths >= low && threshold.value.hundredths <= high {
            let at = y(threshold.value.hundredths)
            let label = "\(threshold.label) \(threshold.value.formatted(language))"
            canvas.line(x1: left, y1: at, x2: left + plotWidth, y2: at, stroke: "#444", dashed: true, title: label)
            canvas.text(label, x: left + plotWidth + 6, y: at + 4, size: 12)
        }
        guard !points.isEmpty else { return canvas.finish(caption: caption) }
        let gap = plotWidth / points.count
        func x(_ i: Int) -> Int { left + gap / 2 + i * gap }
        var segment: [(Int, Int)] = []
        for (i, point) in points.enumerated() {
            canvas.text(SVGCanvas.clipped(point.label, 12), x: x(i), y: top + plotHeight + 16, anchor: "middle")
            if let value = point.value {
                segment.append((x(i), y(value.hundredths)))
            } else {
                if segment.count > 1 { canvas.polyline(segment, stroke: "#1f3a63") }
                segment = []
            }
        }
        if segment.count > 1 { canvas.polyline(segment, stroke: "#1f3a63") }
        for (i, point) in points.enumerated() {
            guard let value = point.value else { continue }
            let title = "\(point.title): \(value.formatted(language))"
            canvas.circle(x: x(i), y: y(value.hundredths), radius: 5, fill: "#1f3a63", title: title)
            canvas.text(value.formatted(language), x: x(i), y: y(value.hundredths) - 9, anchor: "middle", size: 12)
        }
        return canvas.finish(caption: caption)
    }
}
