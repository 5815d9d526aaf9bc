/// Turns the criteria table of a province's decision into a framework (SPEC §6, `framework
/// import`): columns found by header, nesting from the numbers, optional, survey, bonus and
/// penalty rows recognised from their titles, every group's max checked against its rows.
public enum FrameworkTable {
    /// What the command line says about the framework; the table gives the tree.
    public struct Request: Sendable {
        public var id: String
        public var title: String
        public var bands: [Band]
        public var about: Framework.About

        public init(id: String, title: String, bands: [Band] = [], about: Framework.About = .init()) {
            self.id = id
            self.title = title
            self.bands = bands
            self.about = about
        }
    }

    /// The header words of each column, matched in lower case at the start of a header cell, or
    /// inside it for the longer ones.
    static let headers: [(column: Column, words: [String])] = [
        (.number, ["stt", "tt", "số tt", "số thứ tự"]),
        (.title, ["lĩnh vực", "nội dung", "tiêu chí", "tên tiêu chí"]),
        (.max, ["điểm tối đa", "điểm chuẩn", "điểm tối đa (điểm)", "thang điểm"]),
        (.department, ["ngành", "phụ trách", "cơ quan", "bộ phận"]),
    ]

    enum Column: Hashable { case number, title, max, department }

    /// One criterion row of the table, before the tree is built.
    struct Row {
        var id: String
        var title: String
        var max: Points?
        var department: String?
        var parent: String?
        var isDomain: Bool
        /// The other columns' cells, by header (Ghi chú, Cách chấm điểm…).
        var extra: [(key: String, value: String)]
        var cells: (id: TableCell, max: TableCell)
    }

    /// Reads the table and builds the framework; nil when the table has an error.
    public static func framework(_ source: SourceText, request: Request, language: Language = .vi)
        -> (Framework?, [Diagnostic])
    {
        var c = DiagnosticCollector(source: source, language: language)
        var framework: Framework?
        let tables = DocumentTables.read(source, into: &c)
        if let table = DocumentTables.find(tables, words: ["điểm tối đa", "điểm chuẩn"]) {
            c.places = table.places
            framework = build(table, request, &c)
        } else if !tables.isEmpty {
            c.error(Messages.noFrameworkTable, at: nil)
        }
        return (c.hasErrors ? nil : framework, TableImport.inFileOrder(c.finished))
    }

    static func build(_ table: Table, _ request: Request, _ c: inout DiagnosticCollector) -> Framework? {
        guard let (headerIndex, columns) = findHeader(table) else {
            c.error(
                Messages.noFrameworkHeader,
                at: table.rows.first?.cells.first?.offset)
            return nil
        }
        let body = table.rows[(headerIndex + 1)...]
        // Columns not read (Ghi chú, Cách chấm điểm, Tài liệu kiểm chứng) go to each row's `extra`.
        let known = Set(columns.values)
        let others = table.rows[headerIndex].cells.enumerated().filter {
            !known.contains($0.offset) && !$0.element.isEmpty
        }
        .map { (column: $0.offset, header: $0.element.text) }
        // Roman numerals anywhere mean the national style: domains I…VIII, criteria numbered
        // across the framework, sub-criteria `5.1` under criterion `5`.
        let national = body.contains { row in columns[.number].flatMap { roman(row[$0]) } != nil }
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        var totalRow: TableRow?
        var lastDomain: String?
        for tableRow in body {
            let numberCell = columns[.number].map { tableRow[$0] } ?? TableCell(text: "", offset: tableRow.end)
            let titleCell = columns[.title].map { tableRow[$0] } ?? TableCell(text: "", offset: tableRow.end)
            let maxCell = columns[.max].map { tableRow[$0] } ?? TableCell(text: "", offset: tableRow.end)
            if isTotal(numberCell.text) || isTotal(titleCell.text) {
                if totalRow == nil { totalRow = tableRow }
                continue
            }
            var id: String
            var isDomain = false
            var parent: String?
            if let numeral = roman(numberCell) {
                id = numeral
                isDomain = true
            } else if let number = ImportCells.id(numberCell) {
                id = number
                if let dot = number.lastIndex(of: ".") {
                    parent = String(number[..<dot])
                } else if national {
                    parent = lastDomain
                } else {
                    isDomain = true
                }
            } else {
                if !numberCell.isEmpty || !titleCell.isEmpty {
                    c.warning(
                        numberCell.isEmpty
                            ? Messages.rowSkippedNoNumber : Messages.rowSkippedNotNumber(numberCell.text),
                        at: numberCell.offset)
                }
                continue
            }
            let subject = isDomain ? Messages.domain(id) : Messages.criterion(id)
            if let first = seen[id] {
                c.error(Messages.listedTwice(firstAt: table.position(of: first)).about(subject), at: numberCell.offset)
                continue
            }
            seen[id] = numberCell.offset
            if let parent, seen[parent] == nil {
                c.error(Messages.noParentRow(parent).about(subject), at: numberCell.offset)
                continue
            }
            if !isDomain, parent == nil {
                c.error(Messages.beforeAnyDomain.about(subject), at: numberCell.offset)
                continue
            }
            if isDomain { lastDomain = id }
            var max: Points?
            if maxCell.isEmpty {
                c.error(Messages.maxBlank.about(subject), at: maxCell.offset)
            } else {
                max = ImportCells.points(maxCell, subject, "max", into: &c)
                if let m = max, m <= .zero {
                    c.error(Messages.maxNotPositive(m).about(subject), at: maxCell.offset)
                }
            }
            let department = columns[.department].map { tableRow[$0].text }.flatMap { $0.isEmpty ? nil : $0 }
            let extra = others.compactMap { column, header -> (key: String, value: String)? in
                let text = tableRow[column].text
                return text.isEmpty ? nil : (header, text)
            }
            rows.append(
                Row(
                    id: id, title: titleCell.text.isEmpty ? id : titleCell.text, max: max, department: department,
                    parent: parent, isDomain: isDomain, extra: extra, cells: (numberCell, maxCell)))
        }
        if rows.isEmpty {
            c.error(Messages.noRowsUnderHeader, at: table.rows[headerIndex].cells.first?.offset)
            return nil
        }
        let domains = tree(rows, &c)
        if let totalRow, let maxColumn = columns[.max] {
            let cell = totalRow[maxColumn]
            let sum = domains.filter { $0.kind == .regular }.reduce(Points.zero) { $0 + $1.max }
            if let written = ImportCells.points(cell, Messages.totalRow, "max", into: &c), written != sum {
                c.error(Messages.totalMaxDiffers(written, sum: sum).about(Messages.totalRow), at: cell.offset)
            }
        }
        guard !c.hasErrors else { return nil }
        return Framework(
            id: request.id, title: request.title, bands: request.bands, domains: domains, about: request.about)
    }

    /// The rows as a tree, each group's max checked against its children's sum.
    private static func tree(_ rows: [Row], _ c: inout DiagnosticCollector) -> [Domain] {
        var children: [String: [Row]] = [:]
        for row in rows { if let parent = row.parent { children[parent, default: []].append(row) } }
        func node(_ row: Row, parent: Criterion?) -> Criterion {
            let depth = parent.map { $0.depth + 1 } ?? 0
            let title = Text.nfc(row.title).lowercased()
            var kind = parent?.kind ?? .regular
            if parent == nil {
                if title.contains("điểm thưởng") || title.contains("điểm cộng") { kind = .bonus }
                if title.contains("điểm trừ") { kind = .penalty }
            }
            let survey =
                (parent?.survey ?? false)
                || (parent == nil && (title.contains("điều tra xã hội học") || title.hasPrefix("khảo sát")))
            let optional = (parent?.optional ?? false) || isOptional(title)
            var n = Criterion(
                id: row.id, title: row.title, max: row.max ?? .zero, department: row.department, optional: optional,
                survey: survey, kind: kind, domainID: parent?.domainID ?? row.id, parentID: parent?.id, depth: depth)
            n.extra = row.extra
            if depth >= FrameworkReader.maxDepth {
                c.error(
                    Messages.tooManyLevels(FrameworkReader.maxDepth).about(Messages.criterion(row.id)),
                    at: row.cells.id.offset)
                return n
            }
            n.criteria = (children[row.id] ?? []).map { node($0, parent: n) }
            if !n.criteria.isEmpty, let max = row.max {
                let sum = n.criteria.reduce(Points.zero) { $0 + $1.max }
                if sum != max {
                    let what = depth == 0 ? Messages.domain(row.id) : Messages.criterion(row.id)
                    c.error(
                        Messages.maxDiffersFromSum(max, sum: sum, subCriteria: depth > 0).about(what),
                        at: row.cells.max.offset)
                }
            }
            return n
        }
        return rows.filter(\.isDomain).map { node($0, parent: nil) }
    }

    /// `(nếu có)` at the end of a title, in any case and composition.
    static func isOptional(_ lowercasedTitle: String) -> Bool {
        var t = Substring(lowercasedTitle)
        while let last = t.last, last == " " || last == "." || last == ":" { t = t.dropLast() }
        return t.hasSuffix("(nếu có)")
    }

    /// The first of the first rows that names the number, title and max columns, and where each is.
    static func findHeader(_ table: Table) -> (Int, [Column: Int])? {
        for (i, row) in table.rows.prefix(10).enumerated() {
            var columns: [Column: Int] = [:]
            for (j, cell) in row.cells.enumerated() {
                let text = Text.nfc(cell.text).lowercased()
                for (column, words) in headers where columns[column] == nil {
                    let matches = words.contains { word in
                        text == word || text.hasPrefix(word + " ") || text.hasPrefix(word + ",")
                            || (word.count > 3 && text.hasPrefix(word))
                    }
                    if matches {
                        columns[column] = j
                        break
                    }
                }
            }
            if columns[.number] != nil, columns[.title] != nil, columns[.max] != nil { return (i, columns) }
        }
        return nil
    }

    /// `Tổng`, `Tổng cộng`, `Tổng số điểm`: a total row.
    static func isTotal(_ text: String) -> Bool {
        let t = Text.nfc(text).lowercased()
        return t.hasPrefix("tổng") || t == "total"
    }

    /// A Roman numeral as written, upper case and without its trailing dot (`ii.` → `II`).
    static func roman(_ cell: TableCell) -> String? {
        guard ImportCells.roman(cell) != nil else { return nil }
        var text = Substring(cell.text.uppercased())
        while text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }

    /// Reads `--bands "90 Xuất sắc, 80 Tốt, 0 Yếu"`: each band a minimum and a label, separated
    /// by commas or semicolons, highest first.
    public static func bands(_ text: String) -> Result<[Band], BandsError> {
        var bands: [Band] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let words = piece.split(separator: " ", maxSplits: 1)
            guard words.count == 2, case .success(let min) = Points.parse(text: String(words[0])), min >= .zero else {
                return .failure(BandsError(piece: String(piece.trimmingWhitespace)))
            }
            let label = Text.name(String(words[1]))
            if let last = bands.last, min >= last.min {
                return .failure(BandsError(piece: String(piece.trimmingWhitespace)))
            }
            bands.append(Band(min: min, label: label))
        }
        return bands.isEmpty ? .failure(BandsError(piece: text)) : .success(bands)
    }

    /// A `--bands` piece that is not `MIN LABEL` in descending order.
    public struct BandsError: Error, Sendable {
        public var piece: String
    }
}
