/// The tables of an OpenDocument file (`content.xml`): a text document's `table:table`s,
/// nested ones included, in the order they open, or a spreadsheet's sheets. Repeated rows and
/// columns are expanded when they hold text (within `TableBuilder`'s caps) and skipped when
/// empty; covered cells are empty; a number cell gives its `office:value`, not its shown text;
/// tracked deletions and annotations are dropped.
struct OpenDocumentTables: XMLHandler {
    private struct Open {
        var builder: TableBuilder
        var index: Int
        var row = 0
        var column = 0
        var rowRepeat = 1
        /// The current row's cells: column, text and how often it repeats.
        var cells: [(column: Int, text: String, times: Int)] = []
        var cell: String?
        var value: String?
        var cellRepeat = 1
    }

    private let sheets: Bool
    private(set) var collector = TableCollector()
    private var open: [Open] = []
    private var paragraphs = 0

    static func read(_ parts: inout ArchiveParts, sheets: Bool) throws(OfficeError) -> [OfficeTable] {
        var handler = OpenDocumentTables(sheets: sheets)
        try parts.read("content.xml", into: &handler)
        return handler.collector.tables.compactMap { $0 }
    }

    init(sheets: Bool) { self.sheets = sheets }

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(XMLError) {
        if collector.skipsStart() { return }
        switch name {
        case "text:tracked-changes", "office:annotation", "text:note-citation": collector.skip()
        case "table:table":
            let sheet = sheets ? attributes["table:name"] : nil
            let (builder, index) = try collector.open { n in sheet.map { .sheet($0) } ?? .table(n) }
            open.append(Open(builder: builder, index: index))
        case "table:table-row":
            guard !open.isEmpty else { return }
            open[open.count - 1].column = 0
            open[open.count - 1].cells = []
            open[open.count - 1].rowRepeat = Self.count(attributes["table:number-rows-repeated"])
        case "table:table-cell", "table:covered-table-cell":
            guard !open.isEmpty else { return }
            open[open.count - 1].cellRepeat = Self.count(attributes["table:number-columns-repeated"])
            open[open.count - 1].cell = name == "table:table-cell" ? "" : nil
            open[open.count - 1].value = Self.value(attributes)
        case "text:p", "text:h": paragraphs += 1
        case "text:s": append(String(repeating: " ", count: min(Self.count(attributes["text:c"]), 100)))
        case "text:tab", "text:line-break": append(" ")
        default: break
        }
    }

    mutating func end(_ name: String) throws(XMLError) {
        if collector.skipsEnd() { return }
        switch name {
        case "text:p", "text:h":
            paragraphs -= 1
            append(" ")
        case "table:table-cell", "table:covered-table-cell":
            guard var top = open.popLast() else { return }
            let text = top.value ?? top.cell ?? ""
            if !TableBuilder.collapse(text).isEmpty {
                top.cells.append((column: top.column, text: text, times: top.cellRepeat))
            }
            top.column += top.cellRepeat
            top.cell = nil
            top.value = nil
            open.append(top)
        case "table:table-row":
            guard var top = open.popLast() else { return }
            // An empty row repeated a million times (LibreOffice fills a sheet's end so) costs nothing.
            let times = top.cells.isEmpty ? 1 : top.rowRepeat
            for _ in 0..<times {
                top.row += 1
                for cell in top.cells {
                    for k in 0..<cell.times {
                        try collector.set(&top.builder, row: top.row, column: cell.column + k, cell.text)
                    }
                }
            }
            top.row += top.rowRepeat - times
            open.append(top)
        case "table:table":
            guard var top = open.popLast() else { return }
            collector.close(&top.builder, at: top.index)
        default: break
        }
    }

    mutating func text(_ text: String) {
        if paragraphs > 0, !collector.isSkipping { append(text) }
    }

    var wantsText: Bool { paragraphs > 0 && !collector.isSkipping && open.last?.cell != nil }

    private mutating func append(_ text: String) {
        guard !open.isEmpty, open[open.count - 1].cell != nil else { return }
        open[open.count - 1].cell? += text
    }

    /// A typed cell's stored value: the decimal text of a number, a date, a boolean.
    private static func value(_ attributes: [XMLAttribute]) -> String? {
        switch attributes["office:value-type"] {
        case "float", "percentage", "currency": return attributes["office:value"].map(SpreadsheetValue.number)
        case "date": return attributes["office:date-value"]
        case "time": return attributes["office:time-value"]
        case "boolean": return attributes["office:boolean-value"].map { $0 == "true" ? "TRUE" : "FALSE" }
        default: return nil
        }
    }

    /// A repeat count: at least 1; up to the rows a sheet may have (expanding stops at the caps).
    private static func count(_ value: String?) -> Int {
        min(max(Int(value ?? "1") ?? 1, 1), TableBuilder.maxRows)
    }
}
