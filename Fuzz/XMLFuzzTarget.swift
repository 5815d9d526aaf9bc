// The libFuzzer entry point for the XML reader (FUZZ_TARGET=XMLFuzzTarget bash Scripts/fuzz.sh).

/// Reads the input as each kind of part an office document has: Word's body, a worksheet with
/// its shared strings and styles, OpenDocument content, content types and relationships.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var word = WordTables()
    _ = try? XMLReader.read(bytes, into: &word)
    var strings = SharedStringsPart()
    _ = try? XMLReader.read(bytes, into: &strings)
    var styles = StylesPart()
    _ = try? XMLReader.read(bytes, into: &styles)
    var sheet = SheetPart(name: "S", context: SheetContext(from1904: false, strings: strings.strings), cells: 0)
    if (try? XMLReader.read(bytes, into: &sheet)) != nil { _ = try? sheet.finish() }
    var open = OpenDocumentTables(sheets: true)
    _ = try? XMLReader.read(bytes, into: &open)
    var types = ContentTypes()
    _ = try? XMLReader.read(bytes, into: &types)
    var rels = Relationships()
    _ = try? XMLReader.read(bytes, into: &rels)
    return 0
}
