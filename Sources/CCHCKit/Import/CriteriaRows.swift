/// The criteria table's rows sorted by what they are, read one at a time: criterion rows, domain
/// and group rows (the source's own arithmetic), the `Tổng` row, and lines that are none of these
/// (the header, notes, a mistyped id, the rest of a row a line break cut), each reported here.
struct CriteriaRows {
    /// One criterion row, and whether a line break cut it in two (an error already said so).
    struct CriterionRow {
        var criterion: Criterion
        var row: TableRow
        var broken = false
    }

    /// The domain and group rows, each with the domain or group it sums.
    private(set) var domains: [(Domain, TableRow)] = []
    /// The criterion rows, in the table's order.
    private(set) var criteria: [CriterionRow] = []
    /// The first `Tổng` row.
    private(set) var total: TableRow?
    /// Each criterion read, with its id cell's offset.
    private(set) var seen: [String: Int] = [:]

    private let table: Table
    private let columns: CriteriaColumns
    private let framework: Framework
    /// The framework's ids no row gives, tried first when a first cell looks like a mistyped id.
    private let missingIDs: Set<String>
    /// Whether an id, a domain or the total has been read: lines before it are the header.
    private var started = false
    /// A criterion or domain row as a line that is no row of its own continues it: what it is
    /// about, the row, and its index in `criteria` when it is a criterion's.
    private typealias LastRow = (subject: Message, row: TableRow, criterion: Int?)
    /// The criterion or domain row just read.
    private var last: LastRow?
    /// Whether the lines now read are the rest of a row a line break cut, already reported.
    private var rest = false

    /// Reads every row of `table` but its header, reporting in `c` the rows it cannot take.
    init(_ table: Table, columns: CriteriaColumns, framework: Framework, into c: inout DiagnosticCollector) {
        self.table = table
        self.columns = columns
        self.framework = framework
        let ids = table.rows.compactMap { ImportCells.id($0[columns.id]) }
        missingIDs = Set(framework.criteria.map(\.id)).subtracting(ids)
        for (index, row) in table.rows.enumerated() where index != columns.headerRow {
            read(row, into: &c)
        }
    }

    private mutating func read(_ row: TableRow, into c: inout DiagnosticCollector) {
        let previous = last
        last = nil
        if rest, !isRow(row) { return }
        rest = false
        if ImportCells.isTotal(row, columns: [columns.id, columns.title]) {
            if total == nil { total = row }
            started = true
            return
        }
        let first = row[columns.id]
        if let domain = romanDomain(first) {
            domains.append((domain, row))
            last = (Messages.domain(domain.id), row, nil)
            started = true
            return
        }
        guard let id = ImportCells.id(first) else {
            // Rows before the first id are the header; later ones are notes or stray lines,
            // a mistyped id (`7.l1`), or the rest of the row above cut by a line break.
            if started { readUnnumbered(row, after: previous, into: &c) }
            return
        }
        started = true
        readNumbered(id, row, into: &c)
    }

    /// The domain a Roman numeral names, written `I` (national style) or `1` (prefix style).
    private func romanDomain(_ first: TableCell) -> Domain? {
        guard let number = ImportCells.roman(first) else { return nil }
        return framework.domains.first { $0.id == number || $0.id == FrameworkTable.roman(first) }
    }

    /// A row with an id: a group's (checked against the leaves under it), a criterion's, or an
    /// error when the framework has no such criterion or an earlier row gave it.
    private mutating func readNumbered(_ id: String, _ row: TableRow, into c: inout DiagnosticCollector) {
        let first = row[columns.id]
        if let group = framework.criterion(id), !group.isLeaf {
            domains.append((group, row))
            last = (group.depth == 0 ? Messages.domain(id) : Messages.criterion(id), row, nil)
            return
        }
        guard let criterion = framework.criterion(id) else {
            let hint =
                c.showsMore
                ? Suggestion.hint(
                    for: id, in: framework.criteria.map(\.id), quoted: false, maxDistance: 2, preferring: missingIDs)
                : .none
            c.error((Messages.notInFramework(framework.id) + hint).about(Messages.criterion(id)), at: first.offset)
            return
        }
        if let earlier = seen[id] {
            c.error(
                Messages.listedTwice(firstAt: table.position(of: earlier)).about(Messages.criterion(id)),
                at: first.offset)
            return
        }
        seen[id] = first.offset
        last = (Messages.criterion(id), row, criteria.count)
        criteria.append(CriterionRow(criterion: criterion, row: row))
    }

    /// A line after the first id whose first cell is no id: the rest of the row above when a
    /// line break cut it (one error, and the lines after it that are no row are its rest too),
    /// otherwise a line skipped with a warning, which suggests the id a mistyped one stands for.
    private mutating func readUnnumbered(
        _ row: TableRow, after previous: LastRow?, into c: inout DiagnosticCollector
    ) {
        let first = row[columns.id]
        let hint = typoHint(first.text)
        if hint == .none, let previous {
            let restCell = row.cells.first { !$0.isEmpty } ?? first
            c.error(
                Messages.rowBrokenAcrossLines(restAt: table.position(of: restCell.offset)).about(previous.subject),
                at: previous.row[columns.id].offset)
            if let i = previous.criterion { criteria[i].broken = true }
            rest = true
            return
        }
        c.warning(
            first.isEmpty ? Messages.rowSkippedFirstEmpty : Messages.rowSkippedNotID(first.text) + hint,
            at: first.offset)
    }

    /// Whether a row is one of its own: an id, a Roman numeral or the total in its place.
    private func isRow(_ row: TableRow) -> Bool {
        let first = row[columns.id]
        return ImportCells.id(first) != nil || ImportCells.roman(first) != nil
            || ImportCells.isTotal(row, columns: [columns.id, columns.title])
    }

    /// ` (có phải 7.11?)` after a first cell that looks like a mistyped id (`7.l1`, `1,1`), the
    /// ids the table leaves out tried first; nothing for other text.
    private func typoHint(_ text: String) -> Message {
        var text = Substring(text)
        while text.hasSuffix(".") { text = text.dropLast() }
        guard text.count <= 10, text.contains(where: \.isNumber), text.contains(where: { $0 == "." || $0 == "," })
        else { return .none }
        return Suggestion.hint(
            for: String(text), in: framework.criteria.map(\.id), quoted: false, maxDistance: 1, preferring: missingIDs)
    }
}
