/// Why the tables of an office document could not be read; each is one line for the user
/// (`Messages.office`).
public enum OfficeError: Error, Equatable, Sendable {
    /// An OLE compound file: an old `.doc`/`.xls`, or an encrypted Office file.
    case oldOrEncrypted
    /// A ZIP archive that holds no Word, Excel or OpenDocument part.
    case notOffice
    /// The archive itself is broken or hostile.
    case archive(ZipError)
    /// A part's XML is broken or hostile: the part, where in it, and what.
    case xml(part: String, line: Int, column: Int, XMLError)
    /// A sheet the workbook lists has no part in the archive: its name and the part.
    case sheetMissing(sheet: String, part: String)
    /// The document holds more than the caps allow.
    case tooLarge(Message)
}
