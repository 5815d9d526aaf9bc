// The libFuzzer entry point for the inflater (FUZZ_TARGET=InflateFuzzTarget bash Scripts/fuzz.sh).

/// Inflates the input as raw DEFLATE under a 64 KiB limit: an error or at most 64 KiB, never a
/// crash, a hang or a read past the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let out = try? Inflater.inflate(bytes, limit: 1 << 16), out.count > 1 << 16 { fatalError("over the limit") }
    return 0
}
