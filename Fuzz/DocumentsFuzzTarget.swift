// The libFuzzer entry point for the document writers, compiled with the library's sources by
// `FUZZ_TARGET=DocumentsFuzzTarget bash Scripts/fuzz.sh` (one module, so internal types are in
// reach). Not part of the package.

/// Builds a random report document from the input, within what the model allows (heading levels
/// from 1, depths, counts and band positions from 0, ranks from 1; any text, any points), and
/// renders it in every format: no writer may crash, and the HTML page and every XML part of the workbook and the Word document must
/// be well-formed XML (as `XMLReader` reads it) inside an archive `ZipArchive` reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzInput(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    let document = input.document()
    for format in OutputFormat.allCases where format.writer.supports(document.kind) {
        let bytes = format.writer.write(document, options: WriterOptions())
        switch format {
        case .html:
            let page = String(decoding: bytes, as: UTF8.self)
            let prefix = "<!DOCTYPE html>\n"
            guard page.hasPrefix(prefix), XMLText.isWellFormed(Array(page.utf8.dropFirst(prefix.utf8.count))) else {
                fatalError("the page is not well-formed")
            }
        case .xlsx, .docx:
            guard var archive = try? ZipArchive(bytes) else { fatalError("the archive does not read back") }
            for entry in archive.entries {
                guard let part = try? archive.read(entry), XMLText.isWellFormed(part) else {
                    fatalError("\(entry.name) is not well-formed")
                }
            }
        default: break
        }
    }
    return 0
}

/// Takes choices, numbers and texts from the fuzzer's bytes; zeros once they run out.
private struct FuzzInput {
    var bytes: [UInt8]
    var at = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func byte() -> UInt8 {
        defer { at += 1 }
        return at < bytes.count ? bytes[at] : 0
    }

    mutating func int(_ below: Int) -> Int { Int(byte()) % max(below, 1) }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// Points within what a reader accepts (±10⁹ points), often small.
    mutating func points() -> Points {
        var value = 0
        for _ in 0..<(int(5) + 1) { value = value &* 256 &+ Int(byte()) }
        value %= 100_000_000_000
        return Points(hundredths: bool() ? -value : value)
    }

    /// A text of up to 40 bytes taken as UTF-8 (invalid sequences repaired), with markup,
    /// control characters and Vietnamese among what the bytes may spell.
    mutating func text() -> String {
        let words = ["", "<b>", "&amp;", "]]>", "\"'", "Mạc Thị Lan", "\u{0}", "\u{1F}", "\u{FFFE}", "1.1", "%@"]
        if bool() { return words[int(words.count)] }
        let count = int(40)
        let start = min(at, bytes.count)
        let end = min(at + count, bytes.count)
        at += count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    mutating func cell() -> ReportDocument.Cell {
        switch int(8) {
        case 0: return .blank
        case 1: return .absent
        case 2: return .text(text())
        case 3: return .label(text())
        case 4: return .points(points())
        case 5: return .change(points())
        case 6: return .count(int(256))
        default: return .rank(int(255) + 1, of: bool() ? int(255) + 1 : nil)
        }
    }

    mutating func table() -> ReportDocument.Table {
        let keys = [
            "id", "title", "max", "self", "appraised", "final", "lost", "department", "code", "content",
            "points", "reason", "remediation", "responsible_text",
        ]
        var columns: [ReportDocument.Column] = []
        for _ in 0..<int(10) {
            let width: ReportDocument.Column.Width = bool() ? .wrap(min: int(10)) : .fit(max: bool() ? int(30) : nil)
            let narrow: ReportDocument.Column.Narrow = [.keep, .drop(priority: int(3)), .stack(label: text())][int(3)]
            columns.append(
                .init(
                    keys[int(keys.count)], text(), alignment: bool() ? .left : .right, width: width, narrow: narrow,
                    detailOnly: int(4) == 0))
        }
        var rows: [ReportDocument.Row] = []
        for _ in 0..<int(24) {
            let role: ReportDocument.Row.Role = [.group, .leaf, .total, .section][int(4)]
            rows.append(
                .init(
                    text(), role: role, depth: int(5), bold: bool(),
                    cells: (0..<int(12)).map { _ in cell() }, notes: bool() ? [text(), text()] : [],
                    detailOnly: int(4) == 0))
        }
        let ids = ["criteria", "lost", "units", "years", "domains", text()]
        return .init(id: ids[int(ids.count)], name: text(), columns: columns, rows: rows, emptyText: text())
    }

    mutating func chart() -> ReportDocument.Chart {
        let kinds: [ReportDocument.Chart.Kind] = [.groupedBars, .signedBars, .horizontalBars, .line]
        let series = (0..<int(5)).map { _ in text() }
        let categories = (0..<int(30)).map { _ in
            ReportDocument.Chart.Category(
                label: text(), values: (0..<int(5)).map { _ in bool() ? points() : nil }, max: bool() ? points() : nil,
                band: bool() ? (index: int(8), label: text()) : nil)
        }
        let thresholds = (0..<int(6)).map { _ in ReportDocument.Chart.Threshold(label: text(), value: points()) }
        return .init(kind: kinds[int(4)], title: text(), series: series, categories: categories, thresholds: thresholds)
    }

    mutating func document() -> ReportDocument {
        let kinds = ReportDocument.Kind.allCases
        let title =
            bool()
            ? ReportDocument.TitleBlock(
                unit: text(), district: bool() ? text() : nil, province: text(), year: int(256) + 1900,
                frameworkID: text(), frameworkTitle: bool() ? text() : nil) : nil
        var document = ReportDocument(
            kind: kinds[int(kinds.count)], language: bool() ? .vi : .en, title: title, detail: bool())
        for _ in 0..<int(8) {
            switch int(5) {
            case 0: document.blocks.append(.init(.heading(text(), level: int(4) + 1)))
            case 1:
                document.blocks.append(.init(.fields(.init([(text(), text()), (text(), text())], isTitle: bool()))))
            case 2: document.blocks.append(.init(.paragraph(.init([text(), text()], emphasis: bool()))))
            case 3: document.blocks.append(.init(.table(table())))
            default: document.blocks.append(.init(.chart(chart())))
            }
        }
        return document
    }
}
