/// How text output is decorated: plain, or with ANSI bold for a terminal.
public struct TextStyle: Sendable {
    /// Whether to use ANSI escapes.
    public var color: Bool

    public init(color: Bool) { self.color = color }

    /// No decoration: files, pipes and `NO_COLOR`.
    public static let plain = TextStyle(color: false)

    func bold(_ line: String) -> String { color ? "\u{1B}[1m" + line + "\u{1B}[0m" : line }
}
