// The libFuzzer entry point for the JSON reader and the decoders over it alone (no scoring, no
// rendering), so that a run reaches millions of inputs: compiled with the library's sources by
// `FUZZ_TARGET=DecoderFuzzTarget bash Scripts/fuzz.sh`. Not part of the package.

/// Feeds one input to the JSON reader and to the scorecard and framework decoders, and reads
/// back what a reader may ask of the flat index: every value's kind, text and position.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = SourceText(name: "fuzz.json", bytes: bytes)
    if let (root, duplicates) = try? JSONParser.parse(bytes) {
        for d in duplicates { _ = d.offset.map(source.location) }
        walk(root, depth: 0)
    }
    let loaded = ScorecardReader.read(source, frameworks: FrameworkStore())
    for d in loaded.diagnostics { _ = d.description }
    let (_, diagnostics) = FrameworkReader.read(source)
    for d in diagnostics { _ = d.description }
    return 0
}

/// Every value under `value`, each asked for what the readers ask.
private func walk(_ value: JSONValue, depth: Int) {
    _ = value.offset
    _ = value.isNull
    _ = value.points
    _ = value.stringValue.map(Text.nfc)
    switch value.kind {
    case .array(let items): for item in items { walk(item, depth: depth + 1) }
    case .object(let object):
        for member in object.members {
            precondition(object[member.key] != nil, "a member's own key finds a value")
            walk(member.value, depth: depth + 1)
        }
        _ = object.fields(["id", "self", "final"], besides: "extra")
    default: break
    }
}
