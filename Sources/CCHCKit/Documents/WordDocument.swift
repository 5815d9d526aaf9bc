/// A Word document to be written: sections of paragraphs and tables, A4, Times New Roman 13.
struct WordDocument: Sendable {
    /// A paragraph: one run of text, or several lines when the text holds line breaks.
    struct Paragraph: Sendable {
        var text: String
        var bold = false
        var italic = false
        var centered = false
    }

    /// How a cell's text stands in its column.
    enum Alignment: Sendable { case left, center, right }

    /// One table cell; a line break in its text is a line break in Word. `indent` steps in from
    /// the left (a criterion under its domain is one step, a sub-criterion two).
    struct Cell: Sendable {
        var text: String
        var alignment: Alignment = .left
        var indent = 0
    }

    /// One row; a header row repeats on each page, a bold row is a domain or a total.
    struct Row: Sendable {
        var cells: [Cell]
        var bold = false
        var header = false
    }

    /// A table: its columns' relative widths, shared out over the page's text width.
    struct Table: Sendable {
        var weights: [Int]
        var rows: [Row]
    }

    enum Block: Sendable {
        case paragraph(Paragraph)
        case table(Table)
    }

    /// A run of blocks on pages of one orientation.
    struct Section: Sendable {
        var landscape = false
        var blocks: [Block]
    }

    var sections: [Section]
}
