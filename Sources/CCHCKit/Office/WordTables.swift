/// The tables of a Word document's body (`w:tbl`), nested ones included, in the order they
/// open. A cell's paragraphs, line breaks and tabs become spaces; a cell spanning columns
/// (`w:gridSpan`) or continuing a vertical merge (`w:vMerge`) leaves the cells it covers empty;
/// tracked insertions are kept, deletions (`w:del`, `w:moveFrom`) dropped; the shown result of a
/// field is kept and its instruction dropped; content controls (`w:sdt`) are read through.
struct WordTables: XMLHandler {
    private struct Open {
        var builder: TableBuilder
        var index: Int
        var row = 0
        var column = 0
        var cell: String?
        var span = 1
        var continued = false
    }

    private(set) var collector = TableCollector()
    private var open: [Open] = []
    private var inText = false

    static func read(_ parts: inout ArchiveParts, _ main: String) throws(OfficeError) -> [OfficeTable] {
        var handler = WordTables()
        try parts.read(main, into: &handler)
        return handler.collector.tables.compactMap { $0 }
    }

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(XMLError) {
        if collector.skipsStart() { return }
        switch name {
        case "w:del", "w:moveFrom", "w:instrText", "mc:Fallback": collector.skip()
        case "w:tbl":
            let (builder, index) = try collector.open { .table($0) }
            open.append(Open(builder: builder, index: index))
        case "w:tr":
            guard !open.isEmpty else { return }
            open[open.count - 1].row += 1
            open[open.count - 1].column = 0
        case "w:gridBefore":
            guard !open.isEmpty else { return }
            open[open.count - 1].column += Self.count(attributes["w:val"])
        case "w:tc":
            guard !open.isEmpty else { return }
            open[open.count - 1].cell = ""
            open[open.count - 1].span = 1
            open[open.count - 1].continued = false
        case "w:gridSpan":
            guard !open.isEmpty else { return }
            open[open.count - 1].span = Self.count(attributes["w:val"])
        case "w:vMerge":
            guard !open.isEmpty else { return }
            open[open.count - 1].continued = attributes["w:val"] != "restart"
        case "w:t": inText = true
        case "w:tab", "w:br", "w:cr": append(" ")
        case "w:noBreakHyphen": append("-")
        default: break
        }
    }

    mutating func end(_ name: String) throws(XMLError) {
        if collector.skipsEnd() { return }
        switch name {
        case "w:t": inText = false
        case "w:p": append(" ")
        case "w:tc":
            guard var top = open.popLast(), let text = top.cell else { return }
            if !top.continued { try collector.set(&top.builder, row: top.row, column: top.column, text) }
            top.column += top.span
            top.cell = nil
            open.append(top)
        case "w:tbl":
            guard var top = open.popLast() else { return }
            collector.close(&top.builder, at: top.index)
        default: break
        }
    }

    mutating func text(_ text: String) {
        if inText, !collector.isSkipping { append(text) }
    }

    var wantsText: Bool { inText && !collector.isSkipping && open.last?.cell != nil }

    private mutating func append(_ text: String) {
        guard !open.isEmpty, open[open.count - 1].cell != nil else { return }
        open[open.count - 1].cell? += text
    }

    /// A column count from an attribute: at least 1, at most the columns a table may have.
    private static func count(_ value: String?) -> Int {
        min(max(Int(value ?? "1") ?? 1, 1), TableBuilder.maxColumns)
    }
}
