/// Writes any report document in one format. One writer per format, registered in
/// `OutputFormat`; a writer renders the parts of a document meant for its `audience`.
public protocol ReportWriter {
    /// Whom the format serves: which blocks, columns and rows it renders.
    static var audience: ReportDocument.Audience { get }
    /// Whether the format can render a kind of report (a Word appendix exists only for `score`).
    static func supports(_ kind: ReportDocument.Kind) -> Bool
    /// The document's bytes in this format.
    static func write(_ document: ReportDocument, options: WriterOptions) -> [UInt8]
}

extension ReportWriter {
    public static func supports(_ kind: ReportDocument.Kind) -> Bool { true }
}

/// What a writer may need to know beyond the document.
public struct WriterOptions: Sendable {
    /// Bold on a terminal, or plain.
    public var style: TextStyle
    public init(style: TextStyle = .plain) { self.style = style }
}

extension ReportDocument {
    /// The blocks for an audience, in order.
    func blocks(for audience: Audience) -> [Block] {
        blocks.filter { !$0.audience.isDisjoint(with: audience) }
    }
}

extension ReportDocument.Table {
    /// The columns an audience sees, in its order: writers for people follow `peopleOrder`.
    func columns(for audience: ReportDocument.Audience, detail: Bool) -> [Int] {
        var shown = columns.indices.filter { i in
            let c = columns[i]
            return !c.audience.isDisjoint(with: audience) && (!c.detailOnly || detail || audience.contains(.data))
        }
        if let order = peopleOrder, audience.isDisjoint(with: .data) {
            let named = order.compactMap { key in shown.first { columns[$0].key == key } }
            shown = named + shown.filter { !named.contains($0) }
        }
        return shown
    }

    /// The rows an audience sees.
    func rows(for audience: ReportDocument.Audience, detail: Bool) -> [ReportDocument.Row] {
        rows.filter {
            !$0.audience.isDisjoint(with: audience) && (!$0.detailOnly || detail || audience.contains(.data))
        }
    }
}

extension ReportDocument.Cell {
    /// The cell as people read it: `89,75`, `+1,5`, `—` for an absent figure, `6/22`.
    func text(_ language: Language) -> String {
        switch self {
        case .blank: return ""
        case .absent: return "—"
        case .text(let s), .label(let s): return s
        case .points(let p): return p.formatted(language)
        case .change(let p): return p.signed(language)
        case .count(let n): return String(n)
        case .rank(let r, let of): return of.map { "\(r)/\($0)" } ?? String(r)
        }
    }

    /// The cell as data: `89.75`, `-3.75`, empty for what is absent or only a label.
    var data: String {
        switch self {
        case .blank, .absent, .label: return ""
        case .text(let s): return s
        case .points(let p), .change(let p): return p.json
        case .count(let n): return String(n)
        case .rank(let r, _): return String(r)
        }
    }
}
