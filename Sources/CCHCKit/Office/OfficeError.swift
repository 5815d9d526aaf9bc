/// Why the tables of an office document could not be read; each is one line for the user.
public enum OfficeError: Error, Equatable, Sendable {
    /// An OLE compound file: an old `.doc`/`.xls`, or an encrypted Office file.
    case oldOrEncrypted
    /// A ZIP archive that holds no Word, Excel or OpenDocument part.
    case notOffice
    /// The archive itself is broken or hostile.
    case archive(ZipError)
    /// A part's XML is broken or hostile: the part, where in it, and what.
    case xml(part: String, line: Int, column: Int, XMLError)
    /// The document holds more than the caps allow.
    case tooLarge(String)

    /// The message, without the file name: `the part word/document.xml is damaged: …`.
    public var description: String {
        switch self {
        case .oldOrEncrypted:
            return "an old binary Word/Excel file (.doc/.xls) or a password-protected one: "
                + "save it as .docx/.xlsx (lưu lại dưới dạng .docx/.xlsx), without a password"
        case .notOffice: return "a ZIP archive that is not a Word, Excel or OpenDocument file"
        case .archive(let error): return error.description
        case .xml(let part, let line, let column, let error): return "\(part):\(line):\(column): \(error.message)"
        case .tooLarge(let what): return "the document is too large for a score table: \(what)"
        }
    }
}
