/// The bar charts of the reports, drawn as inline SVG: grouped columns (each domain's stages
/// against its max), signed bars (each domain's change) and horizontal bars (units by index,
/// coloured by band, with the band thresholds; or lost points by person).
enum BarChart {
    /// One named series of a grouped chart, with its colour.
    struct Series: Sendable {
        var name: String
        var colour: String
    }

    /// One group of columns: a short label under it, the full title, its max, a value per series.
    struct Group: Sendable {
        var label: String
        var title: String
        var max: Points?
        var values: [Points?]
    }

    /// One horizontal bar.
    struct Bar: Sendable {
        var label: String
        var title: String
        var value: Points?
        var colour: String
    }

    /// A threshold marked across the bars (a band's lower bound).
    struct Threshold: Sendable {
        var value: Points
        var label: String
    }

    /// Columns per group, side by side, one per series, and a dashed line at the group's max.
    static func grouped(caption: String, series: [Series], groups: [Group], maxLabel: String, language: Language)
        -> String
    {
        let (left, top, right, bottom) = (48, 34, 12, 30)
        var canvas = SVGCanvas(width: 680, height: 270)
        let plotWidth = canvas.width - left - right
        let plotHeight = canvas.height - top - bottom
        let highest = groups.flatMap { [$0.max] + $0.values }.compactMap { $0?.hundredths }.max() ?? 0
        let step = SVGCanvas.tickStep(span: max(highest, 100))
        let span = (max(highest, 1) + step - 1) / step * step
        axis(&canvas, span: span, step: step, left: left, top: top, width: plotWidth, height: plotHeight, language)
        for (i, s) in series.enumerated() {
            let x = left + i * 130
            canvas.rect(x: x, y: 8, width: 12, height: 12, fill: s.colour)
            canvas.text(s.name, x: x + 16, y: 19)
        }
        if groups.contains(where: { $0.max != nil }) {
            let x = left + series.count * 130
            canvas.line(x1: x, y1: 14, x2: x + 18, y2: 14, stroke: "#000", width: 2, dashed: true)
            canvas.text(maxLabel, x: x + 24, y: 19)
        }
        guard !groups.isEmpty else { return canvas.finish(caption: caption) }
        let groupWidth = plotWidth / groups.count
        let barWidth = max(groupWidth * 3 / 4 / max(series.count, 1), 1)
        let baseline = top + plotHeight
        for (g, group) in groups.enumerated() {
            let x0 = left + g * groupWidth + groupWidth / 8
            for (s, value) in group.values.enumerated() where s < series.count {
                guard let value else { continue }
                let h = SVGCanvas.scale(value.hundredths, span: span, pixels: plotHeight)
                let title = "\(group.title) · \(series[s].name): \(value.formatted(language))"
                canvas.rect(
                    x: x0 + s * barWidth, y: baseline - h, width: barWidth - 1, height: h, fill: series[s].colour,
                    title: title)
            }
            if let limit = group.max {
                let y = baseline - SVGCanvas.scale(limit.hundredths, span: span, pixels: plotHeight)
                canvas.line(
                    x1: x0 - 3, y1: y, x2: x0 + barWidth * series.count + 2, y2: y, stroke: "#000", width: 2,
                    dashed: true, title: "\(group.title) · \(maxLabel): \(limit.formatted(language))")
            }
            canvas.text(
                SVGCanvas.clipped(group.label, 10), x: left + g * groupWidth + groupWidth / 2, y: baseline + 16,
                anchor: "middle")
        }
        return canvas.finish(caption: caption)
    }

    /// One bar per item from a zero line in the middle: gains to the right, losses to the left.
    static func signed(caption: String, bars: [Bar], language: Language) -> String {
        let (labelWidth, top, rowHeight) = (230, 12, 24)
        var canvas = SVGCanvas(width: 680, height: top + rowHeight * max(bars.count, 1) + 24)
        let half = (canvas.width - labelWidth - 20) / 2
        let zero = labelWidth + 10 + half
        let highest = bars.compactMap { $0.value?.hundredths.magnitude }.max().map { Int($0) } ?? 0
        let step = SVGCanvas.tickStep(span: max(highest, 100), count: 3)
        // Half a step of room past the longest bar, for its figure.
        let span = (max(highest, 1) + step / 2 + step - 1) / step * step
        let bottom = top + rowHeight * max(bars.count, 1)
        for tick in stride(from: -span, through: span, by: step) {
            let x = zero + SVGCanvas.scale(tick, span: span, pixels: half)
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: "#ddd")
            canvas.text(
                Points(hundredths: tick).signed(language), x: x, y: bottom + 14, anchor: "middle", size: 12)
        }
        canvas.line(x1: zero, y1: top - 4, x2: zero, y2: bottom, stroke: "#000")
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            canvas.text(SVGCanvas.clipped(bar.label, 30), x: labelWidth, y: y + 16, anchor: "end")
            guard let value = bar.value else { continue }
            let w = SVGCanvas.scale(value.hundredths, span: span, pixels: half)
            canvas.rect(
                x: zero, y: y + 4, width: w, height: rowHeight - 8, fill: bar.colour,
                title: "\(bar.title): \(value.signed(language))")
            canvas.text(
                value.signed(language), x: zero + w + (w < 0 ? -4 : 4), y: y + 16, anchor: w < 0 ? "end" : "start",
                size: 12)
        }
        return canvas.finish(caption: caption)
    }

    /// One horizontal bar per item from zero to its value, up to `limit` (or the largest value),
    /// with thresholds marked as dashed lines labelled at the top.
    static func horizontal(
        caption: String, bars: [Bar], thresholds: [Threshold], limit: Points?, legend: [Series], language: Language
    ) -> String {
        let (labelWidth, rowHeight) = (200, 22)
        let top = thresholds.isEmpty ? 12 : 44  // room for the thresholds' labels, on two lines
        let legendHeight = legend.isEmpty ? 0 : 22
        var canvas = SVGCanvas(width: 680, height: top + rowHeight * max(bars.count, 1) + 26 + legendHeight)
        let plotWidth = canvas.width - labelWidth - 60
        let x0 = labelWidth + 8
        let highest = bars.compactMap { $0.value?.hundredths }.max() ?? 0
        let step = SVGCanvas.tickStep(span: max(highest, limit?.hundredths ?? 0, 100))
        let span = limit.map { max($0.hundredths, highest, 1) } ?? (max(highest, 1) + step - 1) / step * step
        let bottom = top + rowHeight * max(bars.count, 1)
        for tick in stride(from: 0, through: span, by: step) {
            let x = x0 + SVGCanvas.scale(tick, span: span, pixels: plotWidth)
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: "#ddd")
            canvas.text(Points(hundredths: tick).formatted(language), x: x, y: bottom + 14, anchor: "middle", size: 12)
        }
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            canvas.text(SVGCanvas.clipped(bar.label, 26), x: labelWidth, y: y + 15, anchor: "end")
            guard let value = bar.value else { continue }
            let w = SVGCanvas.scale(max(value.hundredths, 0), span: span, pixels: plotWidth)
            canvas.rect(
                x: x0, y: y + 3, width: w, height: rowHeight - 6, fill: bar.colour,
                title: "\(bar.title): \(value.formatted(language))")
            canvas.text(value.formatted(language), x: x0 + w + 4, y: y + 15, size: 12)
        }
        // Labels alternate between two lines, so that near thresholds (80 and 90) do not overlap.
        let marked = thresholds.filter { $0.value.hundredths > 0 && $0.value.hundredths <= span }
        for (i, threshold) in marked.sorted(by: { $0.value < $1.value }).enumerated() {
            let x = x0 + SVGCanvas.scale(threshold.value.hundredths, span: span, pixels: plotWidth)
            let label = "\(threshold.label) \(threshold.value.formatted(language))"
            let y = i % 2 == 0 ? top - 6 : top - 22
            canvas.line(x1: x, y1: y, x2: x, y2: bottom, stroke: "#444", dashed: true, title: label)
            canvas.text(label, x: x, y: y - 4, anchor: "middle", size: 12)
        }
        var x = x0
        for item in legend {
            canvas.rect(x: x, y: bottom + 24, width: 12, height: 12, fill: item.colour)
            canvas.text(item.name, x: x + 16, y: bottom + 34, size: 12)
            x += 24 + 8 * item.name.count
        }
        return canvas.finish(caption: caption)
    }

    /// The vertical axis: a grid line and a label at each step.
    private static func axis(
        _ canvas: inout SVGCanvas, span: Int, step: Int, left: Int, top: Int, width: Int, height: Int,
        _ language: Language
    ) {
        for tick in stride(from: 0, through: span, by: step) {
            let y = top + height - SVGCanvas.scale(tick, span: span, pixels: height)
            canvas.line(x1: left, y1: y, x2: left + width, y2: y, stroke: tick == 0 ? "#000" : "#ddd")
            canvas.text(Points(hundredths: tick).formatted(language), x: left - 6, y: y + 5, anchor: "end", size: 12)
        }
    }
}
