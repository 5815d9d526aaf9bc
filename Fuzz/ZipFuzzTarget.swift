// The libFuzzer entry point for the ZIP reader and the office documents in it
// (FUZZ_TARGET=ZipFuzzTarget bash Scripts/fuzz.sh).

/// Reads the input as an archive, inflating every part within the archive's budget, then as an
/// office document (detection, XML parts, tables); errors are expected, crashes are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if var zip = try? ZipArchive(bytes) {
        for entry in zip.entries { _ = try? zip.read(entry) }
    }
    if let tables = try? OfficeDocument.tables(bytes) {
        for table in tables { _ = Table(table, source: SourceText(name: "fuzz.docx", bytes: []), language: .vi) }
    }
    return 0
}
