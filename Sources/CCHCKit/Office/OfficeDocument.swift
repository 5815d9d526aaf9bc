/// Reading the tables out of an office document, whatever its kind, told by its content: an OLE
/// file, a ZIP archive holding Word, Excel or OpenDocument parts, or neither (plain text).
public enum OfficeDocument {
    /// The document's tables in document order (a workbook's sheets in workbook order), or nil
    /// when the bytes are not an office file at all (a text table).
    ///
    /// - Throws: `OfficeError` when they are one that cannot be read, with what to do.
    public static func tables(_ bytes: [UInt8]) throws(OfficeError) -> [OfficeTable]? {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oldOrEncrypted }
        guard bytes.starts(with: [0x50, 0x4B, 3, 4]) || bytes.starts(with: [0x50, 0x4B, 5, 6]) else { return nil }
        var parts: ArchiveParts
        do {
            parts = ArchiveParts(try ZipArchive(bytes))
        } catch {
            throw .archive(error)
        }
        if parts.has("mimetype") {
            let mimetype = String(decoding: try parts.bytes("mimetype"), as: UTF8.self)
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.text") {
                return try OpenDocumentTables.read(&parts, sheets: false)
            }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
                return try OpenDocumentTables.read(&parts, sheets: true)
            }
        }
        guard parts.has("[Content_Types].xml") else { throw .notOffice }
        var types = ContentTypes()
        try parts.read("[Content_Types].xml", into: &types)
        if let main = types.main(of: ["wordprocessingml", "ms-word"]) { return try WordTables.read(&parts, main) }
        if let main = types.main(of: ["spreadsheetml", "ms-excel"]) { return try SheetTables.read(&parts, main) }
        throw .notOffice
    }
}

/// The parts of an archive, read and parsed with their errors told as the user needs them.
struct ArchiveParts {
    private var zip: ZipArchive

    init(_ zip: ZipArchive) { self.zip = zip }

    func has(_ name: String) -> Bool { zip.entry(name) != nil }

    mutating func bytes(_ name: String) throws(OfficeError) -> [UInt8] {
        do {
            return try zip.read(name)
        } catch {
            throw .archive(error)
        }
    }

    /// Parses a part, reporting its XML to `handler`; an error names the part, line and column.
    mutating func read<H: XMLHandler>(_ name: String, into handler: inout H) throws(OfficeError) {
        let data = try bytes(name)
        do {
            try XMLReader.read(data, into: &handler)
        } catch {
            let (line, column) = SourceText(name: name, bytes: data).location(of: error.offset)
            throw .xml(part: name, line: line, column: column, error)
        }
    }

    /// The relationships of a part, their targets made paths inside the archive.
    mutating func relationships(of part: String) throws(OfficeError) -> Relationships {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? part
        let name = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        var rels = Relationships()
        guard has(name) else { return rels }
        try read(name, into: &rels)
        rels.targets = rels.targets.mapValues { Self.resolve($0, from: folder) }
        return rels
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}

/// `[Content_Types].xml`: which part is the document's main one.
struct ContentTypes: XMLHandler {
    var overrides: [(part: String, type: String)] = []

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) {
        guard name == "ct:Override", let part = attributes["PartName"], let type = attributes["ContentType"] else {
            return
        }
        overrides.append((part: String(part.drop { $0 == "/" }), type: type))
    }
    mutating func end(_ name: String) {}
    mutating func text(_ text: String) {}
    var wantsText: Bool { false }

    /// The main part of a Word (`wordprocessingml`) or Excel (`spreadsheetml`) document.
    func main(of kinds: [String]) -> String? {
        overrides.first { o in o.type.hasSuffix(".main+xml") && kinds.contains { o.type.contains($0) } }?.part
    }
}

/// A `.rels` part: relationship id → target, and the first target of each type (its last word:
/// `sharedStrings`, `styles`).
struct Relationships: XMLHandler {
    var targets: [String: String] = [:]
    var types: [String: String] = [:]

    mutating func start(_ name: String, _ attributes: [XMLAttribute]) {
        guard name == "rel:Relationship", attributes["TargetMode"] != "External", let id = attributes["Id"],
            let target = attributes["Target"]
        else { return }
        targets[id] = target
        if let type = attributes["Type"]?.split(separator: "/").last, types[String(type)] == nil {
            types[String(type)] = id
        }
    }
    mutating func end(_ name: String) {}
    mutating func text(_ text: String) {}
    var wantsText: Bool { false }
}
