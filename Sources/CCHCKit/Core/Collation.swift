/// Ordering names for people: a stable, normalisation-independent order.
public enum Collation {
    /// Whether `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let x = Text.nfc(a)
        let y = Text.nfc(b)
        return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
    }
}
