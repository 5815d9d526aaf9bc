extension ReportDocument {
    /// A table of typed cells, with the rules a writer needs to lay it out: each column's alignment,
    /// wrapping, width and what to drop when the line is narrow, and each row's role and depth.
    public struct Table: Sendable {
        /// A stable name for programs and writers: `criteria`, `lost`, `domains`, `units`…
        public var id: String
        /// The table's name for people: a workbook's sheet name (`Tiêu chí`, `Mất điểm`), a page's
        /// table heading.
        public var name: String
        public var columns: [Column]
        public var rows: [Row]
        /// Said instead of the rows when there are none (`Không mất điểm nào.`).
        public var emptyText: String?
        /// Said after the table when a narrow writer dropped columns (`xem đủ với --format csv`).
        public var droppedNote: String?
        /// The order in which writers for people show the columns, by key, when it differs from
        /// the data's order (a deduction's points before its content); columns not named keep
        /// their data order after those named.
        public var peopleOrder: [String]?
        /// Whether the header row is written.
        public var showsHeader: Bool
        /// Spaces before every line of the table in text.
        public var indent: Int
        /// The depth whose rows text does not indent: a row deeper than it has its first cell
        /// indented two spaces a level (a framework's catalogue lists criteria unindented under
        /// their domains, 1; a score table indents them, 0).
        public var flatDepth: Int

        public init(
            id: String, name: String, columns: [Column], rows: [Row] = [], peopleOrder: [String]? = nil,
            emptyText: String? = nil, droppedNote: String? = nil, showsHeader: Bool = true, indent: Int = 0,
            flatDepth: Int = 0
        ) {
            self.id = id
            self.name = name
            self.peopleOrder = peopleOrder
            self.columns = columns
            self.rows = rows
            self.emptyText = emptyText
            self.droppedNote = droppedNote
            self.showsHeader = showsHeader
            self.indent = indent
            self.flatDepth = flatDepth
        }

        /// The position of the column with this key.
        public func column(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }
    }

    /// A column: its header for people, its key for data, and how it is laid out.
    public struct Column: Sendable {
        /// The name a data format uses (`max`, `final`, `responsible`): CSV's header, JSON's key.
        public var key: String
        /// The header people read (`Tối đa`, `CTHĐ`); may be empty.
        public var header: String
        public var alignment: Alignment
        public var width: Width
        /// What a narrow writer does with the column.
        public var narrow: Narrow
        public var audience: Audience
        /// Shown to people only with `ReportDocument.detail` (a deduction's remediation).
        public var detailOnly: Bool
        /// On a terminal the header starts over the columns with empty headers before it
        /// (`Lĩnh vực, tiêu chí` over the ids and the titles).
        public var headerSpansLeft: Bool

        public init(
            _ key: String, _ header: String, alignment: Alignment = .left, width: Width = .fit(),
            narrow: Narrow = .keep,
            for audience: Audience = .all, detailOnly: Bool = false, headerSpansLeft: Bool = false
        ) {
            self.headerSpansLeft = headerSpansLeft
            self.key = key
            self.header = header
            self.alignment = alignment
            self.width = width
            self.narrow = narrow
            self.audience = audience
            self.detailOnly = detailOnly
        }

        public enum Alignment: Sendable { case left, right }

        /// How wide a column is in text.
        public enum Width: Sendable, Equatable {
            /// As wide as its widest cell or header, at least `min`, at most `max` (a longer cell is
            /// cut with `…`); never wrapped.
            case fit(min: Int = 0, max: Int? = nil)
            /// Text that wraps: as wide as its widest cell up to what the line leaves (`min` at the
            /// least), or with `fill` always all that the line leaves.
            case wrap(min: Int = 0, max: Int? = nil, fill: Bool = false)
        }

        /// What a writer short of width does with a column.
        public enum Narrow: Sendable, Equatable {
            /// Always shown.
            case keep
            /// Left out when the line is too narrow, lowest `priority` first (then the table's
            /// `droppedNote` is said).
            case drop(priority: Int)
            /// Written as a paragraph `label: value` under the cell of the nearest wrapping column
            /// to its left (a deduction's reason under its content), `indent` spaces further in;
            /// an empty cell is left out.
            case stack(label: String?, indent: Int = 0)
        }
    }

    /// A row: its cells, one per column, and what the row is.
    public struct Row: Sendable {
        /// What the row is for data (`domain`, `criterion`, `total`, `lost`…): CSV's `kind` column.
        public var kind: String
        public var role: Role
        /// Depth in the framework's tree: 0 for a domain, 1 for a criterion, 2 for a sub-criterion.
        /// Text indents the first column by two spaces a level; a workbook sums a row's children
        /// (the rows after it with a greater depth) for a group row.
        public var depth: Int
        /// Set in bold.
        public var bold: Bool
        public var cells: [Cell]
        /// Lines said under the row, indented (the deductions beside a changed criterion).
        public var notes: [String]
        public var audience: Audience
        /// Shown to people only with `ReportDocument.detail` (the criteria under each domain).
        public var detailOnly: Bool
        /// A penalty domain: a form's total, whose penalty cells are filled in positive, takes it away.
        public var subtracts = false
        /// A bonus or penalty domain: outside the max, which the total's max sums without it.
        public var outsideMax = false

        public init(
            _ kind: String, role: Role = .leaf, depth: Int = 0, bold: Bool = false, cells: [Cell], notes: [String] = [],
            for audience: Audience = .all, detailOnly: Bool = false
        ) {
            self.kind = kind
            self.role = role
            self.depth = depth
            self.bold = bold
            self.cells = cells
            self.notes = notes
            self.audience = audience
            self.detailOnly = detailOnly
        }

        /// What a row is in the table's structure.
        public enum Role: Sendable, Equatable {
            /// A group whose figures are the sums of the rows under it (a domain).
            case group
            /// A row with its own figures (a criterion, a unit, a year).
            case leaf
            /// The sum of every group (the `Tổng` row).
            case total
            /// A caption that starts a part of the table (`Chưa xếp hạng:`); its first cell is said
            /// on its own line after a blank one.
            case section
        }
    }

    /// One typed cell. Writers format it: text and pages as people write numbers (`89,75`,
    /// `-3,75`, `—` for a figure that is absent), data formats as numbers (`89.75`, empty).
    public enum Cell: Sendable, Equatable {
        /// Nothing at all, in every format.
        case blank
        /// A figure that does not exist (an unscored stage): `—` for people, empty or `null` for data.
        case absent
        case text(String)
        /// Words for people only (`Tổng`, `thiếu 3 tiêu chí`): empty for data. On a terminal a
        /// label never widens its column nor is cut: it runs past it.
        case label(String)
        /// Points, such as a score or a maximum.
        case points(Points)
        /// A change, always written with its sign (`+1,5`, `-3,75`).
        case change(Points)
        /// A whole number: a count, a year.
        case count(Int)
        /// A rank, with the number ranked when known (`6/22`).
        case rank(Int, of: Int?)

        /// Points, or `absent`.
        public static func points(_ p: Points?) -> Cell { p.map(Cell.points) ?? .absent }
        /// A change, or `absent`.
        public static func change(_ p: Points?) -> Cell { p.map(Cell.change) ?? .absent }
    }
}
