/// A report as a neutral document: what it says, in order, and nothing about how it looks.
///
/// Each report (`score`, `score --by responsible`, `diff`, `rank`, `trend`, `framework show`,
/// `check`) builds one document once; one writer per format (`ReportWriter`) renders any
/// document, as swift-markdown renders one `Markup` tree through one visitor per output.
/// Points stay typed (`Cell.points`) until a writer formats them, so that text writes `89,75`,
/// CSV writes `89.75` and a workbook stores the number.
public struct ReportDocument: Sendable {
    /// Which report this is: a writer may name a file, a sheet or a page after it.
    public var kind: Kind
    /// The language of every word in the document; writers format points with it.
    public var language: Language
    /// Who and what the report is about (a page's title block, a workbook's properties, the
    /// `unit` and `year` of every CSV row); `nil` when the report is not about one unit.
    public var title: TitleBlock?
    /// Whether rows and columns marked `detailOnly` are shown to people (`score --detail`).
    /// Formats for machines (CSV, JSON, a workbook) always carry them.
    public var detail: Bool
    /// The content, in reading order.
    public var blocks: [Block]
    /// Makes the report's own JSON text, when its shape (nested objects, keys SPEC §4 fixes) is
    /// not a set of tables: the JSON writer writes it as it is. Made only when asked for, since
    /// the other formats never need it. `nil` for a report whose tables say everything.
    public var json: (@Sendable () -> String)?
    /// A blank to fill in (`cchc init --format xlsx`): a workbook makes each group's and the
    /// total's stage cells `SUM`s of the empty cells under them, which the clerk fills.
    public var isForm = false

    public init(
        kind: Kind, language: Language, title: TitleBlock? = nil, detail: Bool = false, blocks: [Block] = [],
        json: (@Sendable () -> String)? = nil
    ) {
        self.json = json
        self.kind = kind
        self.language = language
        self.title = title
        self.detail = detail
        self.blocks = blocks
    }

    /// The reports `cchc` writes.
    public enum Kind: String, Sendable, CaseIterable {
        case score, responsible, diff, rank, trend, framework, check
    }

    /// Every table of the document, in order, wherever it stands.
    public var tables: [Table] {
        blocks.compactMap { if case .table(let t) = $0.content { return t } else { return nil } }
    }

    /// The table with this id (`criteria`, `lost`…), if the document has one.
    public func table(_ id: String) -> Table? { tables.first { $0.id == id } }
}

extension ReportDocument {
    /// Who and what a report is about: what a printed report's title block and a Word appendix's
    /// title line say (SPEC §7).
    public struct TitleBlock: Sendable, Equatable {
        public var unit: String?
        public var district: String?
        public var province: String?
        public var year: Int?
        /// The framework's id (`thai-nguyen-xa-2023`) and its title.
        public var frameworkID: String?
        public var frameworkTitle: String?

        public init(
            unit: String? = nil, district: String? = nil, province: String? = nil, year: Int? = nil,
            frameworkID: String? = nil, frameworkTitle: String? = nil
        ) {
            self.unit = unit
            self.district = district
            self.province = province
            self.year = year
            self.frameworkID = frameworkID
            self.frameworkTitle = frameworkTitle
        }
    }

    /// For whom a part of a document is. Each writer serves one audience; it renders the parts
    /// whose audience includes it. Most parts are for everyone.
    public struct Audience: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Text on a terminal, in at most 100 columns.
        public static let terminal = Audience(rawValue: 1)
        /// Light markup pasted into an issue or a wiki: Markdown.
        public static let markup = Audience(rawValue: 2)
        /// Documents to print or hand in: HTML, Word, a workbook.
        public static let print = Audience(rawValue: 4)
        /// Data for programs: CSV, JSON.
        public static let data = Audience(rawValue: 8)
        /// People, whatever they read.
        public static let people: Audience = [.terminal, .markup, .print]
        public static let all: Audience = [.terminal, .markup, .print, .data]
    }

    /// One part of a document, and for whom it is.
    public struct Block: Sendable {
        public var content: Content
        public var audience: Audience

        public init(_ content: Content, for audience: Audience = .all) {
            self.content = content
            self.audience = audience
        }

        /// What a block holds.
        public enum Content: Sendable {
            /// A heading; level 1 is the report's title, 2 a section.
            case heading(String, level: Int)
            /// Labelled values, one a line (`Đơn vị: UBND xã Bình Thành`).
            case fields(Fields)
            /// Running text.
            case paragraph(Paragraph)
            case table(Table)
            /// A chart: drawn by page writers that can, ignored by text and data writers.
            case chart(Chart)
        }
    }

    /// Labelled values, one a line, labels aligned.
    public struct Fields: Sendable {
        public var items: [(label: String, value: String)]
        /// The fields restate the document's `TitleBlock`: a writer that draws its own title block
        /// leaves them out.
        public var isTitle: Bool

        public init(_ items: [(label: String, value: String)], isTitle: Bool = false) {
            self.items = items
            self.isTitle = isTitle
        }
    }

    /// Running text: each entry of `lines` starts a line and is wrapped to the width.
    public struct Paragraph: Sendable {
        public var lines: [String]
        /// Stands out: bold on a terminal (a band line); Markdown's headings carry its structure.
        public var emphasis: Bool
        /// No blank line between it and the next block (a table's title line on a terminal).
        public var keepWithNext: Bool
        /// Written as it is, spaces kept, never wrapped (a sparkline whose gaps are years).
        public var verbatim: Bool
        /// Spaces before the continuation lines of a wrapped line on a terminal.
        public var hangingIndent: Int

        public init(
            _ lines: [String], emphasis: Bool = false, keepWithNext: Bool = false, verbatim: Bool = false,
            hangingIndent: Int = 0
        ) {
            self.hangingIndent = hangingIndent
            self.lines = lines
            self.emphasis = emphasis
            self.keepWithNext = keepWithNext
            self.verbatim = verbatim
        }
    }
}
