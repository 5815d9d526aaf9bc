/// The forms a result can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// For people: aligned columns, at most 100 wide.
    case text
    /// One JSON document with fixed keys, points as numbers.
    case json
    /// RFC 4180 with a byte-order mark, a `kind` first column.
    case csv
    /// GitHub-flavoured Markdown tables.
    case markdown
}
