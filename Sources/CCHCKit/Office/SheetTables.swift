/// The sheets of an Excel workbook in workbook order, each one table: cells placed by their `r`
/// address (gaps kept), shared strings (rich runs joined, phonetic runs dropped), inline
/// strings, numbers from their decimal text, the cached values of formulas, booleans, and
/// merged ranges (the covered cells left empty). A number shown as a date reads as `yyyy-mm-dd`,
/// so that a score column rejects it.
enum SheetTables {
    static func read(_ parts: inout ArchiveParts, _ workbookPart: String) throws(OfficeError) -> [OfficeTable] {
        let rels = try parts.relationships(of: workbookPart)
        var workbook = WorkbookPart()
        try parts.read(workbookPart, into: &workbook)
        var context = SheetContext(from1904: workbook.from1904)
        if let id = rels.types["sharedStrings"], let part = rels.targets[id], parts.has(part) {
            var strings = SharedStringsPart()
            try parts.read(part, into: &strings)
            context.strings = strings.strings
        }
        if let id = rels.types["styles"], let part = rels.targets[id], parts.has(part) {
            var styles = StylesPart()
            try parts.read(part, into: &styles)
            context.dateStyles = styles.dateStyles
        }
        var tables: [OfficeTable] = []
        var cells = 0
        for (name, id) in workbook.sheets {
            // A listed sheet with no part is a broken workbook: said, never skipped for the next.
            guard let part = rels.targets[id], parts.has(part) else {
                throw .sheetMissing(sheet: name, part: rels.targets[id] ?? id)
            }
            var sheet = SheetPart(name: name, context: context, cells: cells)
            try parts.read(part, into: &sheet)
            cells = sheet.cells
            tables.append(try sheet.finish())
        }
        return tables
    }
}

/// What every sheet's cells are read with.
struct SheetContext {
    var from1904: Bool
    var strings: [String] = []
    /// For each cell style index, whether its number format shows a date.
    var dateStyles: [Bool] = []
}

/// `xl/workbook.xml`: the sheets' names and relationship ids, in workbook order.
struct WorkbookPart: XMLHandler {
    var sheets: [(name: String, id: String)] = []
    var from1904 = false

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) {
        if name == "x:sheet", let sheet = attributes["name"], let id = attributes["r:id"] {
            sheets.append((name: sheet, id: id))
        } else if name == "x:workbookPr" {
            from1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true"
        }
    }
    mutating func end(_ name: String) {}
    mutating func text(_ text: String) {}
    var wantsText: Bool { false }
}

/// `xl/sharedStrings.xml`: each `si`'s text, its runs joined, phonetic guides left out.
struct SharedStringsPart: XMLHandler {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phonetic = 0

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(XMLError) {
        switch name {
        case "x:si":
            guard strings.count < TableBuilder.maxCells else {
                throw XMLError(message: Messages.XML.tooManySharedStrings(TableBuilder.maxCells), offset: -1)
            }
            current = ""
        case "x:t": inText = true
        case "x:rPh": phonetic += 1
        default: break
        }
    }
    mutating func end(_ name: String) {
        switch name {
        case "x:si":
            strings.append(current ?? "")
            current = nil
        case "x:t": inText = false
        case "x:rPh": phonetic -= 1
        default: break
        }
    }
    mutating func text(_ text: String) {
        if inText, phonetic == 0 { current? += text }
    }

    var wantsText: Bool { inText && phonetic == 0 }
}

/// `xl/styles.xml`: which cell styles (`cellXfs`) show numbers as dates.
struct StylesPart: XMLHandler {
    var dateStyles: [Bool] = []
    private var formats: [Int: String] = [:]
    private var inCellStyles = false
    private var pending: [Int] = []

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) {
        switch name {
        case "x:numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }) { formats[id] = attributes["formatCode"] }
        case "x:cellXfs": inCellStyles = true
        case "x:xf" where inCellStyles: pending.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }
    mutating func end(_ name: String) {
        if name == "x:cellXfs" {
            inCellStyles = false
            dateStyles = pending.map { SpreadsheetValue.isDateFormat(id: $0, code: formats[$0]) }
        }
    }
    mutating func text(_ text: String) {}
    var wantsText: Bool { false }
}

/// One worksheet part.
struct SheetPart: XMLHandler {
    private var builder: TableBuilder
    private let context: SheetContext
    var cells: Int
    private var merges: [(first: (row: Int, column: Int), last: (row: Int, column: Int))] = []
    private var row = 0
    private var column = -1
    private var type = ""
    private var style = 0
    private var value: String?
    private var inline = ""
    private var inValue = false
    private var inText = false
    private var phonetic = 0

    init(name: String, context: SheetContext, cells: Int) {
        builder = TableBuilder(.sheet(name))
        self.context = context
        self.cells = cells
    }

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) throws(XMLError) {
        switch name {
        case "x:row":
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            column = -1
        case "x:c":
            if let address = attributes["r"], let (r, c) = Self.address(address) {
                row = r
                column = c
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = nil
            inline = ""
        case "x:v": inValue = true
        case "x:t": inText = true
        case "x:rPh": phonetic += 1
        case "x:mergeCell":
            if let ref = attributes["ref"] {
                let ends = ref.split(separator: ":").compactMap { Self.address(String($0)) }
                if ends.count == 2 { merges.append((first: ends[0], last: ends[1])) }
            }
        default: break
        }
    }

    mutating func end(_ name: String) throws(XMLError) {
        switch name {
        case "x:v": inValue = false
        case "x:t": inText = false
        case "x:rPh": phonetic -= 1
        case "x:c":
            let text: String
            switch type {
            case "s":
                guard let v = value, let index = Int(v.trimmingWhitespace) else {
                    text = ""
                    break
                }
                guard index >= 0, index < context.strings.count else {
                    throw XMLError(message: Messages.XML.sharedStringMissing(index), offset: -1)
                }
                text = context.strings[index]
            case "inlineStr": text = inline
            case "b": text = value.map { $0 == "1" ? "TRUE" : "FALSE" } ?? ""
            case "n":
                guard let v = value else {
                    text = ""
                    break
                }
                let isDate = style >= 0 && style < context.dateStyles.count && context.dateStyles[style]
                text =
                    isDate ? SpreadsheetValue.date(serial: v, from1904: context.from1904) : SpreadsheetValue.number(v)
            default: text = value ?? ""
            }
            do {
                try builder.set(row: row, column: max(column, 0), text, cells: &cells)
            } catch {
                throw XMLError(message: Messages.office(error), offset: -1)
            }
        default: break
        }
    }

    var wantsText: Bool { inValue || (inText && phonetic == 0) }

    mutating func text(_ text: String) {
        if inValue {
            value = (value ?? "") + text
        } else if inText, phonetic == 0 {
            inline += text
        }
    }

    /// The table, with the cells that merged ranges cover emptied (their first cell keeps its text).
    ///
    /// - Throws: `.tooLarge` when the ranges would take more than a few million steps.
    mutating func finish() throws(OfficeError) -> OfficeTable {
        var table = builder.finish()
        var steps = 0
        for merge in merges {
            // Rows come in ascending order: start at the first row of the range.
            var low = 0
            var high = table.rows.count
            while low < high {
                let mid = (low + high) / 2
                if table.rows[mid].number < merge.first.row { low = mid + 1 } else { high = mid }
            }
            var i = low
            while i < table.rows.count, table.rows[i].number <= merge.last.row {
                steps += 1
                let count = table.rows[i].cells.count
                if merge.first.column < count {
                    for c in merge.first.column...min(merge.last.column, count - 1)
                    where (table.rows[i].number, c) != merge.first {
                        table.rows[i].cells[c] = ""
                    }
                }
                i += 1
            }
            steps += 1
            guard steps <= 5_000_000 else { throw .tooLarge(Messages.TooLarge.mergedRanges) }
        }
        for i in table.rows.indices {
            while table.rows[i].cells.last?.isEmpty == true { table.rows[i].cells.removeLast() }
        }
        table.rows.removeAll { $0.cells.isEmpty }
        return table
    }

    /// `E57` → row 57, column 4 (0-based); nil when it is no cell address.
    static func address(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var letters = 0
        var row = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A where digits == 0:
                column = column * 26 + Int(byte - 0x40)
                letters += 1
            case 0x30...0x39 where letters > 0:
                row = row * 10 + Int(byte - 0x30)
                digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (row: row, column: column - 1)
    }
}
