/// The drawing primitives of the charts: an inline SVG document built from integer coordinates,
/// every text escaped, every figure also given as a `<title>` a reader hovers or a screen reader
/// speaks.
struct SVGCanvas {
    let width: Int
    let height: Int
    private var body = ""

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The finished `<svg>` element, its `aria-label` and first `<title>` the chart's caption.
    func finish(caption: String) -> String {
        let label = XMLText.escape(caption)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(label)\" class=\"chart\">"
            + "<title>\(label)</title>\n\(body)</svg>"
    }

    /// A filled rectangle; `title` is its figure in words. Negative sizes are drawn from the
    /// other corner.
    mutating func rect(
        x: Int, y: Int, width w: Int, height h: Int, fill: String, title: String? = nil,
        stroke: String? = nil
    ) {
        let (x0, w0) = w < 0 ? (x + w, -w) : (x, w)
        let (y0, h0) = h < 0 ? (y + h, -h) : (y, h)
        var element = "<rect x=\"\(x0)\" y=\"\(y0)\" width=\"\(w0)\" height=\"\(h0)\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        body += titled(element, title, name: "rect")
    }

    /// A straight line; `dashed` for thresholds and maxima.
    mutating func line(
        x1: Int, y1: Int, x2: Int, y2: Int, stroke: String, width w: Int = 1, dashed: Bool = false,
        title: String? = nil
    ) {
        var element =
            "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(stroke)\" stroke-width=\"\(w)\""
        if dashed { element += " stroke-dasharray=\"4 3\"" }
        body += titled(element, title, name: "line")
    }

    /// Joined line segments through the points.
    mutating func polyline(_ points: [(Int, Int)], stroke: String) {
        let list = points.map { "\($0.0),\($0.1)" }.joined(separator: " ")
        body += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"3\"/>\n"
    }

    /// A dot, with its figure as its title.
    mutating func circle(x: Int, y: Int, radius: Int, fill: String, title: String) {
        body += titled("<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(radius)\" fill=\"\(fill)\"", title, name: "circle")
    }

    /// A text; `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ text: String, x: Int, y: Int, anchor: String = "start", size: Int = 14, bold: Bool = false,
        fill: String = "#222"
    ) {
        var element = "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if bold { element += " font-weight=\"bold\"" }
        body += element + ">\(XMLText.escape(text))</text>\n"
    }

    private func titled(_ element: String, _ title: String?, name: String) -> String {
        guard let title else { return element + "/>\n" }
        return element + "><title>\(XMLText.escape(title))</title></\(name)>\n"
    }

    /// The text shortened to `limit` characters with an ellipsis, for a label in a narrow place
    /// (the whole text is in the table beside the chart and in the bar's title).
    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(limit - 1, 1))) + "…"
    }

    /// A round step for axis ticks so that `span` hundredths hold at most about `count` of them.
    static func tickStep(span: Int, count: Int = 5) -> Int {
        var unit = 1
        while true {
            for factor in [1, 2, 5] where unit * factor * count >= span { return unit * factor }
            if unit > Int.max / 100 { return unit }
            unit *= 10
        }
    }

    /// `value` (in the same unit as `span`) scaled onto `pixels`, with no floating point.
    static func scale(_ value: Int, span: Int, pixels: Int) -> Int {
        guard span > 0 else { return 0 }
        let clamped = min(max(value, -span), span)
        return clamped * pixels / span
    }
}
