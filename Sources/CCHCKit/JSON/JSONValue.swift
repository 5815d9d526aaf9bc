/// A JSON value with the byte offset where it starts in its source, so that a message about it
/// can name the line and column.
public struct JSONValue: Sendable {
    /// What the value is.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number, kept as its exact source text (`93.75`, `1E2`).
        case number(String)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public var kind: Kind
    /// Byte offset of the value's first byte in the source.
    public var offset: Int

    /// The name of the value's type, as a message says it: `a string`, `an array`.
    var typeName: Message { Messages.typeName(kind) }
}

/// A JSON object's members in source order, each key with its own offset.
public struct JSONObject: Sendable {
    /// One `"key": value` pair.
    public struct Member: Sendable {
        public var key: String
        public var keyOffset: Int
        public var value: JSONValue
    }

    public var members: [Member]

    /// The value of `key`, if present.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }
}
