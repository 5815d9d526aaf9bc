/// Reading input files and writing output files.
extension Messages {
    static let noSuchFile = Message(vi: "không có tệp này", en: "no such file")
    static let permissionDenied = Message(vi: "không có quyền đọc", en: "permission denied")
    static let isFolder = Message(vi: "là một thư mục, không phải tệp", en: "is a folder, not a file")
    static let pathNotFolder = Message(
        vi: "một phần của đường dẫn không phải thư mục", en: "a part of the path is not a folder")
    static let notPlainFile = Message(
        vi: "không phải tệp thường (một thiết bị hay một ống dẫn?)", en: "is not a plain file (a device or a pipe?)")

    /// An error the system names only by its number.
    static func cannotRead(code: Int32) -> Message {
        Message(vi: "không đọc được (lỗi \(code))", en: "cannot read (error \(code))")
    }

    /// An error with the system's own (English) words.
    static func cannotRead(_ reason: String) -> Message {
        Message(vi: "không đọc được: \(reason)", en: "cannot read: \(reason)")
    }

    /// A file over the size limit; `size` when it is known before reading.
    static func tooLarge(sizeMiB: Int?, limitMiB: Int) -> Message {
        // Just over the limit, a whole number of MiB would read as the limit itself.
        guard let size = sizeMiB, size > limitMiB else {
            return Message(
                vi: "tệp lớn hơn mọi bảng điểm (giới hạn \(limitMiB) MiB)",
                en: "the file is larger than any scorecard (limit \(limitMiB) MiB)")
        }
        return Message(
            vi: "tệp nặng \(size) MiB, lớn hơn mọi bảng điểm (giới hạn \(limitMiB) MiB)",
            en: "the file is \(size) MiB, larger than any scorecard (limit \(limitMiB) MiB)")
    }

    static let existsUseForce = Message(
        vi: "đã có tệp này; thêm --force để ghi đè", en: "exists; use --force to overwrite")
    static let isInput = Message(
        vi: "là tệp đầu vào của lệnh này; hãy ghi ra tệp khác", en: "is an input of this command; write to another file"
    )
    static let cannotWriteNoFolder = Message(
        vi: "không ghi được: không có thư mục này", en: "cannot write: no such folder")
    static let cannotWritePermission = Message(
        vi: "không ghi được: không có quyền ghi", en: "cannot write: permission denied")
    static let cannotWriteNoSpace = Message(
        vi: "không ghi được: thiết bị hết chỗ trống", en: "cannot write: no space left on the device")
    static let cannotWriteReadOnly = Message(
        vi: "không ghi được: hệ thống tệp chỉ đọc", en: "cannot write: read-only file system")

    /// A write error the system names only by its number.
    static func cannotWrite(code: Int32) -> Message {
        Message(vi: "không ghi được (lỗi \(code))", en: "cannot write (error \(code))")
    }

    /// A write error with the system's own (English) words.
    static func cannotWrite(_ reason: String) -> Message {
        Message(vi: "không ghi được: \(reason)", en: "cannot write: \(reason)")
    }

    /// `FILE: written (54 criteria)`.
    static func written(_ summary: Message) -> Message {
        Message(vi: "đã ghi (\(summary.vi))", en: "written (\(summary.en))")
    }
}
