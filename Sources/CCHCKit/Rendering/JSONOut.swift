/// A JSON document to write, with keys in a fixed order: renderers build one and print it.
public indirect enum JSONOut: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, written as given (`93.75`).
    case number(String)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    public static func == (a: JSONOut, b: JSONOut) -> Bool { a.render() == b.render() }

    /// Points as a JSON number, or `null`.
    static func points(_ p: Points?) -> JSONOut { p.map { .number($0.json) } ?? .null }
    /// A string, or `null`.
    static func text(_ s: String?) -> JSONOut { s.map { .string($0) } ?? .null }
    /// A whole number, or `null`.
    static func int(_ i: Int?) -> JSONOut { i.map { .number(String($0)) } ?? .null }

    /// The document, indented by two spaces, ending with a newline.
    public func render() -> String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): out += JSONText.string(s)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            let inner = indent + "  "
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner + JSONText.string(key) + ": "
                value.write(into: &out, indent: inner)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }
}
