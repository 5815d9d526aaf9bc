/// Office documents read by `import` and `framework import` (.docx, .xlsx, .odt, .ods).
extension Messages {
    /// Why a document's tables could not be read, in one line.
    static func office(_ error: OfficeError) -> Message {
        switch error {
        case .oldOrEncrypted:
            return Message(
                vi: "tệp Word/Excel kiểu cũ (.doc/.xls) hoặc có mật khẩu: hãy lưu lại dưới dạng .docx/.xlsx, "
                    + "không đặt mật khẩu",
                en: "an old binary Word/Excel file (.doc/.xls) or a password-protected one: "
                    + "save it as .docx/.xlsx (lưu lại dưới dạng .docx/.xlsx), without a password")
        case .notOffice:
            return Message(
                vi: "một tệp nén ZIP không phải tài liệu Word, Excel hay OpenDocument",
                en: "a ZIP archive that is not a Word, Excel or OpenDocument file")
        case .archive(let zip): return archive(zip)
        case .xml(let part, let line, let column, let xml):
            // The XML reader's own detail is technical and stays as it reads.
            return Message(
                vi: "phần \(part) bị hỏng ở \(line):\(column): \(xml.message)",
                en: "\(part):\(line):\(column): \(xml.message)")
        case .tooLarge(let what):
            return Message(
                vi: "tài liệu quá lớn đối với một bảng điểm: \(what)",
                en: "the document is too large for a score table: \(what)")
        }
    }

    /// A broken or hostile archive.
    static func archive(_ error: ZipError) -> Message {
        switch error {
        case .truncated:
            return Message(
                vi: "tệp nén bị cắt cụt hoặc hỏng (thiếu thư mục trung tâm)",
                en: "the archive is truncated or damaged (its central directory is missing)")
        case .corrupt(let detail):
            return Message(vi: "tệp nén bị hỏng: \(detail)", en: "the archive is damaged: \(detail)")
        case .multiVolume:
            return Message(vi: "tệp nén bị chia thành nhiều tệp", en: "the archive is split over several files")
        case .encrypted(let part):
            return Message(vi: "phần \(part) bị mã hóa", en: "the part \(part) is encrypted")
        case .unsupportedMethod(let part, let method):
            return Message(
                vi: "phần \(part) dùng cách nén \(method)", en: "the part \(part) uses compression method \(method)")
        case .crcMismatch(let part):
            return Message(
                vi: "phần \(part) bị hỏng (CRC-32 không khớp)",
                en: "the part \(part) is damaged (its CRC-32 does not match)")
        case .ratio(let part):
            return Message(
                vi: "phần \(part) giải nén ra lớn hơn \(ZipArchive.maxRatio) lần kích thước của nó (bom nén?)",
                en: "the part \(part) inflates more than \(ZipArchive.maxRatio) times its size (a zip bomb?)")
        case .budget(let part):
            return Message(
                vi: "phần \(part) làm các phần giải nén vượt quá \(ZipArchive.maxInflated >> 20) MiB",
                en: "the part \(part) would take the inflated parts past \(ZipArchive.maxInflated >> 20) MiB")
        case .inflate(let part, let inflate):
            return Message(
                vi: "phần \(part) bị hỏng: dữ liệu nén không hợp lệ (\(inflate.description))",
                en: "the part \(part) is damaged: \(inflate.description)")
        case .missing(let part): return Message(vi: "thiếu phần \(part)", en: "the part \(part) is missing")
        }
    }

    static let noCriteriaTable = Message(
        vi: "không thấy bảng tiêu chí (bảng có các cột STT | Lĩnh vực, tiêu chí | Điểm tối đa | …)",
        en: "no criteria table found (a table with the columns STT | Lĩnh vực, tiêu chí | Điểm tối đa | …)")
    static let noUnit = Message(
        vi: "không rõ đơn vị: dùng --unit, hoặc ghi \"Đơn vị: …\" trên bảng tiêu chí",
        en: "no unit named: give --unit, or write \"Unit: …\" above the criteria table")
    static let noYear = Message(
        vi: "không rõ năm: dùng --year, hoặc ghi \"Năm: 2025\" trên bảng tiêu chí",
        en: "no year named: give --year, or write \"Year: 2025\" above the criteria table")
    static let noLostTable = Message(
        vi: "không thấy bảng nội dung bị mất điểm (bảng có các cột … | Số điểm trừ | …)",
        en: "no lost-points table found (a table with the columns … | Số điểm trừ | …)")
    static let noFrameworkTable = Message(
        vi: "không thấy bảng bộ chỉ số (bảng có các cột STT | Nội dung | Điểm tối đa | …)",
        en: "no framework table found (a table with the columns STT | Nội dung | Điểm tối đa | …)")
}
