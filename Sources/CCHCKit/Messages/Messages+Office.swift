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
            return Message(
                vi: "phần \(part) bị hỏng ở \(line):\(column): \(xml.message.vi)",
                en: "\(part):\(line):\(column): \(xml.message.en)")
        case .sheetMissing(let sheet, let part):
            return Message(
                vi: "trang tính \"\(Text.clipped(sheet))\" không có phần \(Text.clipped(part)) trong tệp: tệp bị hỏng; "
                    + "hãy mở và lưu lại bằng Excel hoặc LibreOffice",
                en:
                    "the sheet \"\(Text.clipped(sheet))\" has no part \(Text.clipped(part)) in the file: it is damaged; "
                    + "open it and save it again in Excel or LibreOffice")
        case .tooLarge(let what):
            return Message(
                vi: "tài liệu quá lớn đối với một bảng điểm: \(what.vi)",
                en: "the document is too large for a score table: \(what.en)")
        }
    }

    /// A broken or hostile archive.
    /// An empty file named as an office document (`.docx` of 0 bytes).
    static func emptyOffice(_ kind: String) -> Message {
        Message(
            vi: "tệp trống (0 byte), không có tài liệu \(kind) nào: hãy lưu lại bằng \(kind)",
            en: "the file is empty (0 bytes), no \(kind) document: save it again in \(kind)")
    }

    /// A file named as an office document (`.docx`) whose content is not one: text renamed.
    static func namedButNotOffice(_ kind: String, _ ext: String) -> Message {
        Message(
            vi: "nội dung là văn bản, không phải tài liệu \(kind): hãy lưu lại bằng \(kind) hoặc đổi đuôi "
                + ".\(ext) thành .tsv",
            en: "the content is text, not \(kind == "Word" ? "a" : "an") \(kind) document: save it again in "
                + "\(kind) or rename .\(ext) to .tsv")
    }

    static func archive(_ error: ZipError) -> Message {
        switch error {
        case .truncated:
            return Message(
                vi: "tệp nén bị cắt cụt hoặc hỏng (thiếu thư mục trung tâm)",
                en: "the archive is truncated or damaged (its central directory is missing)")
        case .corrupt(let detail):
            return Message(vi: "tệp nén bị hỏng: \(detail.vi)", en: "the archive is damaged: \(detail.en)")
        case .multiVolume:
            return Message(vi: "tệp nén bị chia thành nhiều tệp", en: "the archive is split over several files")
        case .encrypted(let part):
            return Message(vi: "phần \(part) bị mã hóa", en: "the part \(part) is encrypted")
        case .unsupportedMethod(let part, let method):
            return Message(
                vi: "phần \(part) dùng cách nén \(method), chương trình không đọc được: hãy mở và lưu lại bằng Word, "
                    + "Excel hoặc LibreOffice",
                en: "the part \(part) uses compression method \(method), which cannot be read: open it and save "
                    + "it again in Word, Excel or LibreOffice")
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
            let detail = Self.inflate(inflate)
            return Message(vi: "phần \(part) bị hỏng: \(detail.vi)", en: "the part \(part) is damaged: \(detail.en)")
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
    /// The form's title block names a framework that is not built in, and no `--framework` is given.
    static func formFrameworkNotBuiltIn(_ id: String) -> Message {
        Message(
            vi:
                "bảng ghi \"Bộ chỉ số: \(id)\", không phải bộ chỉ số có sẵn: dùng --framework FILE, tệp bộ chỉ số \(id)",
            en: "the table names \"Framework: \(id)\", which is not built in: give --framework FILE, the file of \(id)")
    }
    /// `--framework` and the form's title block name different frameworks; the flag wins.
    static func formFrameworkDiffers(_ named: String, used: String) -> Message {
        Message(
            vi: "bảng ghi \"Bộ chỉ số: \(named)\" nhưng --framework là \(used): đọc theo \(used)",
            en: "the table names \"Framework: \(named)\" but --framework is \(used): read against \(used)")
    }
    static let noLostTable = Message(
        vi: "không thấy bảng nội dung bị mất điểm (bảng có các cột … | Số điểm trừ | …)",
        en: "no lost-points table found (a table with the columns … | Số điểm trừ | …)")
    static let noFrameworkTable = Message(
        vi: "không thấy bảng bộ chỉ số (bảng có các cột STT | Nội dung | Điểm tối đa | …)",
        en: "no framework table found (a table with the columns STT | Nội dung | Điểm tối đa | …)")

    /// Why a part's compressed data could not be inflated.
    static func inflate(_ error: InflateError) -> Message {
        switch error {
        case .truncated:
            return Message(vi: "dữ liệu nén kết thúc quá sớm", en: "the compressed data ends too early")
        case .badBlockType:
            return Message(
                vi: "dữ liệu nén có một kiểu khối không hợp lệ", en: "the compressed data has an invalid block type")
        case .badStoredLength:
            return Message(
                vi: "dữ liệu nén có một khối không nén mà độ dài bị hỏng",
                en: "the compressed data has a stored block whose length is corrupt")
        case .badCode:
            return Message(
                vi: "dữ liệu nén có một bảng mã Huffman không hợp lệ",
                en: "the compressed data has an invalid Huffman code")
        case .badSymbol:
            return Message(
                vi: "dữ liệu nén có một ký hiệu không hợp lệ", en: "the compressed data has an invalid symbol")
        case .distanceTooFar:
            return Message(
                vi: "dữ liệu nén trỏ về trước chỗ bắt đầu của nó",
                en: "the compressed data refers back before its start")
        case .tooLarge:
            return Message(
                vi: "phần này giải nén ra lớn hơn mức cho phép", en: "the part inflates to more than allowed")
        }
    }

    /// What is damaged in an archive's central directory or a local header.
    enum Zip {
        static let endRecordMisplaced = Message(
            vi: "bản ghi kết thúc ZIP64 nằm sai chỗ", en: "the ZIP64 end record is out of place")
        static func claimsParts(_ count: Int) -> Message {
            Message(vi: "tệp nén khai có \(count) phần", en: "it claims \(count) parts")
        }
        static let directoryOutside = Message(
            vi: "thư mục trung tâm nằm ngoài tệp", en: "the central directory lies outside the file")
        static let directoryCut = Message(vi: "thư mục trung tâm bị cắt cụt", en: "the central directory is cut short")
        static func localHeaderMissing(_ part: String) -> Message {
            Message(vi: "thiếu phần đầu cục bộ của \(part)", en: "the local header of \(part) is missing")
        }
        static func dataPastEnd(_ part: String) -> Message {
            Message(
                vi: "dữ liệu của \(part) vượt quá cuối tệp", en: "the data of \(part) runs past the end of the file")
        }
        static func sizeInconsistent(_ part: String) -> Message {
            Message(vi: "kích thước của \(part) không nhất quán", en: "the size of \(part) is inconsistent")
        }
        static func inflatesMore(_ part: String) -> Message {
            Message(
                vi: "\(part) giải nén ra lớn hơn kích thước đã khai",
                en: "\(part) inflates to more than its stated size")
        }
        static func inflatesLess(_ part: String) -> Message {
            Message(
                vi: "\(part) giải nén ra nhỏ hơn kích thước đã khai",
                en: "\(part) inflates to less than its stated size")
        }
        static func zip64FieldShort(_ part: String) -> Message {
            Message(vi: "trường ZIP64 của \(part) bị cắt cụt", en: "the ZIP64 field of \(part) is short")
        }
        static func noZip64Field(_ part: String) -> Message {
            Message(
                vi: "\(part) không có trường ZIP64 cho kích thước của nó",
                en: "\(part) has no ZIP64 field for its sizes")
        }
        static let zip64SizeOutOfRange = Message(
            vi: "một kích thước ZIP64 vượt giới hạn", en: "a ZIP64 size is out of range")
        static let zip64RecordCut = Message(vi: "một bản ghi ZIP64 bị cắt cụt", en: "a ZIP64 record is cut short")
    }

    /// What is wrong with a part's XML (the message says which part, and where in it).
    enum XML {
        static let utf16 = Message(
            vi: "XML ở dạng UTF-16, dạng mà tài liệu văn phòng không dùng",
            en: "the XML is in UTF-16, which office files do not use")
        static let noRoot = Message(vi: "không có phần tử gốc", en: "no root element")
        static func elementNotClosed(_ name: String) -> Message {
            Message(vi: "phần tử \(name) chưa đóng", en: "the element \(name) is not closed")
        }
        static let textOutsideRoot = Message(vi: "có chữ nằm ngoài phần tử gốc", en: "text outside the root element")
        static let processingInstruction = Message(vi: "chỉ thị xử lý", en: "a processing instruction")
        static let comment = Message(vi: "chú thích", en: "a comment")
        static let cdataSection = Message(vi: "đoạn CDATA", en: "a CDATA section")
        /// `what` (a comment, a CDATA section) runs to the end of the part.
        static func notClosed(_ what: Message) -> Message {
            Message(vi: "\(what.vi) chưa đóng", en: "\(what.en) is not closed")
        }
        static let cdataOutsideRoot = Message(
            vi: "đoạn CDATA nằm ngoài phần tử gốc", en: "CDATA outside the root element")
        static let doctype = Message(
            vi: "tài liệu văn phòng không được có DOCTYPE hay DTD",
            en: "a DOCTYPE or DTD is not allowed in an office document")
        static let secondRoot = Message(vi: "có phần tử gốc thứ hai", en: "a second root element")
        static let nameMissing = Message(vi: "thiếu tên", en: "a name is missing")
        static let nameTooLong = Message(vi: "tên quá dài", en: "a name is too long")
        static let tagNotClosed = Message(vi: "thẻ chưa đóng", en: "a tag is not closed")
        static let attributeWithoutValue = Message(vi: "thuộc tính không có giá trị", en: "an attribute has no value")
        static let attributeNotQuoted = Message(
            vi: "giá trị thuộc tính không nằm trong dấu ngoặc kép", en: "an attribute value is not quoted")
        static let lessThanInAttribute = Message(
            vi: "dấu < nằm trong giá trị thuộc tính", en: "a < inside an attribute value")
        static let attributeNotClosed = Message(
            vi: "giá trị thuộc tính chưa đóng", en: "an attribute value is not closed")
        static let tooManyAttributes = Message(vi: "quá nhiều thuộc tính", en: "too many attributes")
        static func tooDeep(_ levels: Int) -> Message {
            Message(vi: "các phần tử lồng sâu hơn \(levels) mức", en: "the elements nest deeper than \(levels) levels")
        }
        static let closingTagNotClosed = Message(vi: "thẻ đóng chưa đóng", en: "a closing tag is not closed")
        static func closingTagUnmatched(_ name: String) -> Message {
            Message(
                vi: "thẻ đóng \(name) không khớp phần tử nào đang mở",
                en: "the closing tag \(name) matches no open element")
        }
        static let loneAmpersand = Message(
            vi: "dấu & không mở đầu tham chiếu nào (viết &amp;)", en: "an & that starts no reference (write &amp;)")
        static func unknownEntity(_ reference: String) -> Message {
            Message(
                vi: "thực thể &\(reference); không thuộc năm thực thể của XML (không đọc DTD)",
                en: "the entity &\(reference); is not one of XML's five (no DTD is read)")
        }
        static func notACharacter(_ reference: String) -> Message {
            Message(
                vi: "tham chiếu ký tự &\(reference); không phải là một ký tự",
                en: "the character reference &\(reference); is not a character")
        }
        static func tooManyTables(_ limit: Int) -> Message {
            Message(vi: "hơn \(limit) bảng", en: "more than \(limit) tables")
        }
        static func tooManySharedStrings(_ limit: Int) -> Message {
            Message(vi: "hơn \(limit) chuỗi dùng chung", en: "more than \(limit) shared strings")
        }
        static func sharedStringMissing(_ index: Int) -> Message {
            Message(
                vi: "một ô trỏ tới chuỗi dùng chung số \(index), chuỗi này không có",
                en: "a cell names shared string \(index), which is missing")
        }
    }

    /// What makes a document too large for a score table.
    enum TooLarge {
        static let mergedRanges = Message(vi: "quá nhiều vùng gộp ô", en: "too many merged ranges")
        static func cellBeyond(column: Int, row: Int) -> Message {
            Message(
                vi: "có ô nằm ngoài cột \(column) hoặc dòng \(row)",
                en: "a cell lies beyond column \(column) or row \(row)")
        }
        static func cells(_ limit: Int) -> Message { Message(vi: "hơn \(limit) ô", en: "more than \(limit) cells") }
    }
}
