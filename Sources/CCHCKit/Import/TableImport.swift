/// Turns an office's tables into a scorecard: the criteria table, and optionally the
/// lost-points table, checked against a framework.
public enum TableImport {
    /// Who and which year the tables are about, and the framework to check them against.
    public struct Request: Sendable {
        /// The unit and the year; nil for those the file's title block gives (`Đơn vị: …`).
        public var unit: String?
        public var year: Int?
        public var framework: Framework
        /// What the scorecard's `framework` field will say: a built-in id or a path.
        public var frameworkReference: String
        /// The unit's district and province (`--district`, `--province`).
        public var district: String?
        public var province: String?
        /// Whether `--framework` chose the framework; if not, a form's title block naming a
        /// built-in framework chooses it, and one naming another framework is an error.
        public var frameworkGiven = true

        public init(unit: String?, year: Int?, framework: Framework, frameworkReference: String) {
            self.unit = unit
            self.year = year
            self.framework = framework
            self.frameworkReference = frameworkReference
        }
    }

    /// Reads both tables and builds the scorecard; nil when either table has an error. Every
    /// message is returned, the criteria table's first.
    ///
    /// - Parameters:
    ///   - criteria: the criteria table's file.
    ///   - lost: the lost-points table's file, if any; without it the scorecard has no `deductions`.
    ///   - language: how numbers in messages are written.
    public static func scorecard(
        criteria: SourceText, lost: SourceText?, request: Request, language: Language = .vi
    ) -> (Scorecard?, [Diagnostic]) {
        var c = DiagnosticCollector(source: criteria, language: language)
        var imported = CriteriaTable.Result()
        let tables = DocumentTables.read(criteria, into: &c)
        var title = TitleFields()
        if let index = DocumentTables.index(in: tables, words: criteriaHeaders) {
            let table = tables[index]
            c.places = table.places
            // A form's title block: the rows above the header, or tables before this one.
            let header = CriteriaColumns.find(in: table).headerRow ?? 0
            title = TitleFields(rows: tables[..<index].flatMap(\.rows) + table.rows[..<header])
            // The framework the title block names is the one read against, unless --framework says.
            if let named = title.framework, named != request.framework.id {
                if request.frameworkGiven {
                    c.warning(Messages.formFrameworkDiffers(named, used: request.framework.id), at: nil)
                } else if let builtIn = FrameworkStore.builtIns.first(where: { $0.id == named }) {
                    var named = request
                    named.framework = builtIn.framework
                    named.frameworkReference = builtIn.id
                    named.frameworkGiven = true
                    return scorecard(criteria: criteria, lost: lost, request: named, language: language)
                } else {
                    c.error(Messages.formFrameworkNotBuiltIn(named), at: nil)
                    return (nil, c.finished)
                }
            }
            imported = CriteriaTable.read(table, framework: request.framework, into: &c)
        } else if !tables.isEmpty {
            c.error(Messages.noCriteriaTable, at: nil)
        }
        // The flags win over the title block; a table without either is one error each.
        let unit = request.unit ?? title.unit
        let year = request.year ?? title.year
        if !tables.isEmpty, unit == nil { c.error(Messages.noUnit, at: nil) }
        if !tables.isEmpty, year == nil { c.error(Messages.noYear, at: nil) }
        var diagnostics = inFileOrder(c.finished)
        var failed = c.hasErrors
        var deductions: [Deduction]?
        // One document may hold both tables; a lost-points table given apart comes first.
        var lostTable: Table?
        var l = DiagnosticCollector(source: lost ?? criteria, language: language)
        if let lost {
            let lostTables = DocumentTables.read(lost, into: &l)
            lostTable = LostTable.find(in: lostTables)
            if lostTable == nil, !lostTables.isEmpty {
                l.error(Messages.noLostTable, at: nil)
            }
        } else if tables.count > 1 || tables.first?.places != nil {
            lostTable = LostTable.find(in: tables)
        }
        if let lostTable {
            l.places = lostTable.places
            deductions = LostTable.read(lostTable, framework: request.framework, into: &l)
            // A form's lost-points table left as it was written, headers only, lists nothing.
            if lost == nil, deductions?.isEmpty == true { deductions = nil }
        }
        diagnostics += inFileOrder(l.finished)
        failed = failed || l.hasErrors
        guard !failed, let unit, let year else { return (nil, diagnostics) }
        let scorecard = Scorecard(
            frameworkReference: request.frameworkReference, unit: unit, district: request.district ?? title.district,
            province: request.province ?? title.province,
            year: year, entries: imported.entries, deductions: deductions, published: imported.published)
        return (scorecard, diagnostics)
    }

    /// Header words that tell the criteria table in a document.
    static let criteriaHeaders = ["điểm tối đa", "tự đánh giá"]

    /// One file's messages by line and column, as a reader goes through the table (the sums
    /// are checked after the rows); messages without a place keep their order at the end.
    static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = (a.element.line ?? Int.max, a.element.column ?? 0, a.offset)
            let y = (b.element.line ?? Int.max, b.element.column ?? 0, b.offset)
            return x < y
        }.map(\.element)
    }

    /// A blank scorecard: every criterion of the framework, no stage scored.
    public static func blank(_ request: Request) -> Scorecard {
        Scorecard(
            frameworkReference: request.frameworkReference, unit: request.unit ?? "", district: request.district,
            province: request.province,
            year: request.year ?? 0,
            entries: request.framework.criteria.map { ScoreEntry(id: $0.id, scores: StageScores(), offset: 0) },
            deductions: nil, published: nil)
    }
}
