/// The help: `cchc --help`, `cchc help COMMAND`, `cchc COMMAND --help`.
extension Messages {
    /// The help's section headings.
    enum Heading {
        static let overview = Message(vi: "TỔNG QUAN", en: "OVERVIEW")
        static let usage = Message(vi: "CÁCH DÙNG", en: "USAGE")
        static let arguments = Message(vi: "THAM SỐ", en: "ARGUMENTS")
        static let options = Message(vi: "TÙY CHỌN", en: "OPTIONS")
        static let subcommands = Message(vi: "LỆNH", en: "SUBCOMMANDS")
    }

    /// The help of each command and option.
    enum Help {
        static let tool = Message(
            vi: "Tính chính xác Chỉ số cải cách hành chính (Chỉ số CCHC) của một xã, và chỉ ra điểm đã mất ở đâu.",
            en: "Computes a commune's administrative reform index (Chỉ số cải cách hành chính, the PAR Index) "
                + "exactly, and tells where the points went.")
        static let version = Message(vi: "Hiện phiên bản.", en: "Show the version.")
        static let help = Message(vi: "Hiện trợ giúp.", en: "Show help information.")
        static let helpCommand = Message(vi: "Hiện trợ giúp của một lệnh.", en: "Show help for a subcommand.")
        static let seeHelp = Message(
            vi: "Xem 'cchc help <subcommand>' để có trợ giúp chi tiết.",
            en: "See 'cchc help <subcommand>' for detailed help.")
        /// The last line of a group's help: `See 'cchc help framework <subcommand>'…`.
        static func seeGroupHelp(_ group: String) -> Message {
            Message(
                vi: "Xem 'cchc help \(group) <subcommand>' để có trợ giúp chi tiết.",
                en: "See 'cchc help \(group) <subcommand>' for detailed help.")
        }
        static let frameworkGroup = Message(
            vi: "Xem danh mục của một bộ chỉ số, hoặc chuyển bảng tiêu chí của một quyết định thành tệp bộ chỉ số.",
            en: "Show a framework's catalogue, or turn a decision's criteria table into a framework file.")

        // Options several commands share.
        static let lang = Message(
            vi: "Ngôn ngữ đầu ra: vi (mặc định, điểm viết 89,75) hoặc en (89.75); biến môi trường "
                + "CCHC_LANG đặt ngôn ngữ mặc định.",
            en: "Language of the output: vi (default, points written 89,75) or en (89.75); the environment "
                + "variable CCHC_LANG sets the default.")
        static let stage = Message(
            vi: "Giai đoạn quyết định xếp loại và danh sách mất điểm: final (mặc định, điểm của Chủ tịch Hội "
                + "đồng thẩm định), appraised (thẩm định) hoặc self (tự đánh giá).",
            en: "The stage that drives the band and the lost list: final (default, the council chair's), "
                + "appraised or self.")
        static let stageOfTotals = Message(
            vi: "Giai đoạn có tổng điểm được dùng: giai đoạn cuối của bộ chỉ số (mặc định, thường là final, điểm "
                + "của Chủ tịch Hội đồng thẩm định), appraised (thẩm định) hoặc self (tự đánh giá).",
            en: "The stage whose totals are used: the framework's last (default, final for most: the council "
                + "chair's), appraised or self.")
        static let framework = Message(
            vi: "Tệp bộ chỉ số (hoặc mã bộ chỉ số có sẵn) dùng thay cho bộ chỉ số ghi trong bảng điểm.",
            en: "A framework file (or built-in id) to use instead of the scorecard's own.")
        static let format = Message(
            vi: "text (mặc định), json, csv (RFC 4180, UTF-8 có BOM) hoặc markdown.",
            en: "text (default), json, csv (RFC 4180, UTF-8 with a byte-order mark) or markdown.")

        // score
        static let score = Message(
            vi: "Tính điểm một bảng điểm: bảng các lĩnh vực, tổng điểm và xếp loại, và các nội dung bị mất điểm.",
            en: "Score a scorecard: the domain table, the total and band, and the lost points.")
        static let scoreFile = Message(
            vi: "Một tệp cchc-scorecard/1, hoặc - để đọc đầu vào chuẩn.",
            en: "A cchc-scorecard/1 file, or - for standard input.")
        static let detail = Message(
            vi: "Liệt kê thêm từng tiêu chí dưới lĩnh vực của nó, và hướng khắc phục của từng dòng trừ điểm.",
            en: "Also list every criterion under its domain, and each deduction's remediation.")
        static let byResponsible = Message(
            vi: "Nhóm điểm mất theo người phụ trách (một người, hoặc một bộ phận).",
            en: "Group the lost points by whoever is responsible (a person, or a department).")
        static let scoreDiscussion = Message(
            vi: "In đơn vị, tám lĩnh vực với điểm tối đa, điểm tự đánh giá, điểm thẩm định, điểm CTHĐ và điểm "
                + "mất, xếp loại theo giai đoạn đã chọn và khoảng cách tới mức xếp loại kế tiếp, rồi danh sách "
                + "nội dung bị mất điểm, lớn nhất trước, với người phụ trách của từng dòng. Cảnh báo in ra đầu "
                + "ra lỗi chuẩn; kết quả vẫn giữ nguyên.",
            en: "Prints the unit, the eight domains with max, self-assessed, appraised and final scores and "
                + "the points lost, the band of the chosen stage and how far the next band is, then the "
                + "lost-points list, largest first, with who is responsible for each row. Warnings go to "
                + "standard error; the result still stands.")

        // diff
        static let diff = Message(
            vi: "So sánh hai giai đoạn của một bảng điểm, hoặc một giai đoạn của hai bảng điểm.",
            en: "Compare two stages of one scorecard, or one stage of two scorecards.")
        static let diffFile = Message(
            vi: "Một bảng điểm: so sánh các giai đoạn của nó; hoặc tệp cũ hơn trong hai tệp.",
            en: "A scorecard: its stages are compared, or the older of two files.")
        static let diffNew = Message(
            vi: "Bảng điểm thứ hai: hai tệp được so sánh trên một giai đoạn (--stage).",
            en: "A second scorecard: the two files are compared on one stage (--stage).")
        static let diffFrom = Message(
            vi: "Với một tệp: giai đoạn trước (mặc định: self).",
            en: "With one file: the earlier stage (default: self).")
        static let diffTo = Message(
            vi: "Với một tệp: giai đoạn sau (mặc định: appraised).",
            en: "With one file: the later stage (default: appraised).")
        static let diffStage = Message(
            vi: "Với hai tệp: giai đoạn được so sánh (mặc định: final).",
            en: "With two files: the stage compared (default: final).")
        static let exitCode = Message(
            vi: "Thoát với mã 1 khi có khác biệt, như git diff --exit-code.",
            en: "Exit with status 1 when anything differs, as git diff --exit-code does.")
        static let diffDiscussion = Message(
            vi: "Liệt kê mọi tiêu chí có điểm khác nhau, theo lĩnh vực, với điểm hai bên và mức thay đổi (ghi "
                + "cả dấu: +1,5, -3,75), tổng từng lĩnh vực và tổng thay đổi; các dòng trừ điểm của tiêu chí "
                + "thay đổi đứng cạnh nó. Điểm thiếu ở một bên được ghi là thiếu, không tính là 0.",
            en: "Lists every criterion whose score differs, grouped by domain, with both scores and the "
                + "change (written with its sign: +1,5, -3,75), domain subtotals and the total change; the "
                + "deduction rows of each changed criterion stand beside it. A score missing on one side is "
                + "shown as missing, not as zero.")

        // check
        static let check = Message(
            vi: "Kiểm tra bảng điểm cho CI: mỗi tệp hợp lệ và tổng điểm khớp số liệu công bố.",
            en: "Check scorecards for CI: each file is valid and its totals match what was published.")
        static let checkFiles = Message(
            vi: "Các tệp bảng điểm; tệp nào cũng được kiểm tra, dù các tệp khác ra sao.",
            en: "Scorecard files; every one is checked, whatever the others hold.")
        static let strict = Message(
            vi: "Cảnh báo cũng tính là sai (giai đoạn chưa chấm đủ, dòng trừ điểm không khớp).",
            en: "Warnings fail too (incomplete stages, deductions that do not add up).")
        static let checkFormat = Message(
            vi: "text (mặc định: mỗi tệp một dòng), json (một tài liệu; mỗi lỗi, cảnh báo là một đối tượng có "
                + "file, line, column, id, severity, message) hoặc github (lệnh ::error, ::warning cho GitHub "
                + "Actions).",
            en: "text (default: a line per file), json (one document; every error and warning an object with "
                + "file, line, column, id, severity, message) or github (::error and ::warning commands for GitHub "
                + "Actions).")
        static let checkDiscussion = Message(
            vi: "In mỗi tệp một dòng ra đầu ra chuẩn: đúng, sai (một tổng tính được khác số liệu công bố) hoặc "
                + "không hợp lệ; chi tiết in ra đầu ra lỗi chuẩn. Mã thoát: 2 nếu có tệp không đọc được hoặc "
                + "không hợp lệ, nếu không thì 1 nếu có tệp sai, còn lại 0.",
            en: "Prints one line per file on standard output: ok, wrong (a computed total differs from the "
                + "published one) or invalid; the details go to standard error. Exit status: 2 if any file "
                + "could not be read or is invalid, else 1 if any is wrong, else 0.")

        // rank
        static let rank = Message(
            vi: "Xếp hạng các đơn vị của một huyện trong một năm theo tổng điểm của một giai đoạn (bảng của Hội "
                + "đồng thẩm định).",
            en: "Rank a district's units for one year by a stage's total (the appraisal council's table).")
        static let rankFiles = Message(
            vi: "Bảng điểm cùng một năm và một bộ chỉ số, mỗi đơn vị một tệp.",
            en: "Scorecards of one year and one framework, one per unit.")
        static let rankDiscussion = Message(
            vi: "Xếp mọi đơn vị theo tổng điểm của giai đoạn đã chọn, cao nhất trước, kèm xếp loại và điểm từng "
                + "lĩnh vực; tổng bằng nhau thì cùng hạng (1, 2, 2, 4) và xếp theo thứ tự chữ cái tiếng Việt. "
                + "Đơn vị chưa chấm đủ giai đoạn đó được liệt kê riêng. Cuối bảng có số đơn vị, trung bình và "
                + "trung vị của các tổng đã xếp hạng, và đơn vị cao nhất của từng lĩnh vực. Không có đơn vị "
                + "nào chấm đủ thì báo cáo là một dòng nói điều đó (JSON, CSV giữ nguyên dạng, mỗi hạng null).",
            en: "Ranks every unit by the chosen stage's total, highest first, with its band and each "
                + "domain's score; equal totals share a rank (1, 2, 2, 4) and are listed in Vietnamese "
                + "alphabetical order. Units whose stage is not fully scored are listed apart. The footer "
                + "gives the count, mean and median of the ranked totals and the best unit of each domain. "
                + "When no unit is fully scored, the report is one line saying so (JSON and CSV keep their "
                + "shape, every rank null).")

        // trend
        static let trend = Message(
            vi: "Diễn biến tổng điểm của một đơn vị qua các năm, năm cũ nhất trước, với mức thay đổi, hạng và "
                + "biểu đồ nhỏ.",
            en: "Show one unit's totals over the years, oldest first, with changes, ranks and a sparkline.")
        static let trendFiles = Message(
            vi: "Bảng điểm của một đơn vị, mỗi năm một tệp, theo thứ tự bất kỳ.",
            en: "Scorecards of one unit, one per year, in any order.")
        static let trendDiscussion = Message(
            vi: "Năm nào giai đoạn đã chọn chưa chấm đủ thì dùng số liệu công bố và ghi rõ như vậy: một bảng "
                + "điểm có thể chỉ giữ số liệu công bố (danh sách tiêu chí trống) cho năm đã mất chi tiết. Lĩnh "
                + "vực được ghép theo mã, nên bộ chỉ số có thể đổi giữa các năm.",
            en: "A year whose chosen stage is not fully scored uses its published figure and says so: a "
                + "scorecard may hold only the published figures (an empty criteria list) for a year whose "
                + "details are lost. Domains are matched by id, so the framework may change between years.")

        // import and init
        static let importCommand = Message(
            vi: "Chuyển bảng tiêu chí (và bảng nội dung bị mất điểm) của báo cáo thành bảng điểm.",
            en: "Turn a report's criteria table (and lost-points table) into a scorecard.")
        static let importTable = Message(
            vi: "Bảng tiêu chí: văn bản phân cách bằng tab (.tsv, .txt) hoặc CSV, hoặc - để đọc đầu vào chuẩn.",
            en: "The criteria table: tab-separated text (.tsv, .txt) or CSV, or - for standard input.")
        static let lost = Message(
            vi: "Bảng nội dung bị mất điểm, cùng các dạng tệp ấy.",
            en: "The lost-points table (Nội dung bị mất điểm), in the same kinds.")
        static let importDiscussion = Message(
            vi: "Đọc bảng như khi dán từ Word hay Excel: phân cách bằng tab hoặc CSV (dấu phẩy hoặc chấm phẩy), "
                + "có hoặc không có BOM, dòng tiêu đề, dòng trống, thẻ <b>/<i>, mã có dấu chấm cuối, dấu thập "
                + "phân phẩy hoặc chấm. Mỗi dòng tiêu chí được đối chiếu với bộ chỉ số; dòng lĩnh vực và dòng "
                + "tổng được đối chiếu với các tiêu chí dưới nó (cảnh báo khi khác) và số của dòng tổng thành số "
                + "liệu công bố. Ghi ra một tài liệu cchc-scorecard/1 mà score và check đọc được ngay. Không ghi "
                + "gì khi một bảng có lỗi (mã thoát 2).",
            en: "Reads the tables as they are pasted from Word or Excel: tab-separated or CSV (comma or "
                + "semicolon), with or without a byte-order mark, header rows, blank lines, <b>/<i> markup, "
                + "ids ending in a dot, decimal commas or points. Every criterion row is checked against the "
                + "framework; domain rows and the total row are checked against the criteria under them (a "
                + "warning when they differ) and the total row's figures become the published ones. Writes a "
                + "cchc-scorecard/1 document that score and check read as it is. Nothing is written when a "
                + "table has an error (exit 2).")
        static let unit = Message(
            vi: "Đơn vị (xã) của bảng điểm: \"UBND xã Bình Thành\".",
            en: "The unit (commune) the scorecard is for: \"UBND xã Bình Thành\".")
        static let year = Message(vi: "Năm được đánh giá: 2023.", en: "The year assessed: 2023.")
        static let importUnit = Message(
            vi: "Đơn vị (xã) của bảng điểm; mặc định là dòng \"Đơn vị: …\" trên bảng tiêu chí (như init ghi).",
            en: "The unit (commune) the scorecard is for; by default the \"Unit: …\" line above the criteria "
                + "table (as init writes it).")
        static let importYear = Message(
            vi: "Năm được đánh giá; mặc định là dòng \"Năm: …\" trên bảng tiêu chí.",
            en: "The year assessed; by default the \"Year: …\" line above the criteria table.")
        static let initFormat = Message(
            vi: "json (mặc định, tệp cchc-scorecard/1), xlsx (Excel) hoặc docx (Word): bảng để điền rồi import.",
            en: "json (default, a cchc-scorecard/1 file), xlsx (Excel) or docx (Word): a table to fill in, then "
                + "import.")
        static let district = Message(
            vi: "Huyện của đơn vị: \"Định Hóa\".", en: "The unit's district: \"Định Hóa\".")
        static let unitProvince = Message(
            vi: "Tỉnh của đơn vị: \"Thái Nguyên\".", en: "The unit's province: \"Thái Nguyên\".")
        static func newFramework(default id: String) -> Message {
            Message(
                vi: "Mã bộ chỉ số có sẵn hoặc tệp cchc-framework/1 (mặc định \(id)).",
                en: "A built-in framework id or a cchc-framework/1 file (default \(id)).")
        }
        static let force = Message(vi: "Ghi đè tệp đầu ra nếu đã có.", en: "Overwrite the output file if it exists.")
        static let initCommand = Message(
            vi: "Ghi một bảng điểm trống cho một đơn vị và một năm, đủ mọi tiêu chí, sẵn sàng để điền.",
            en: "Write a blank scorecard for a unit and a year, every criterion listed, ready to fill in.")
        static let initDiscussion = Message(
            vi: "Liệt kê mọi tiêu chí của bộ chỉ số với ba giai đoạn (self, appraised, final) để null, kèm tên "
                + "và điểm tối đa trong \"extra\" để người điền biết mỗi mã là gì. score và check đọc được ngay, "
                + "kèm cảnh báo rằng các giai đoạn chưa được chấm.",
            en: "Lists every criterion of the framework with its three stages (self, appraised, final) "
                + "null, and its title and max under \"extra\" so that whoever fills it in sees what each id "
                + "means. score and check read it as it is, warning that the stages are not scored yet.")

        // frameworks
        static let frameworks = Message(
            vi: "Liệt kê các bộ chỉ số có sẵn, với cấp, tỉnh, năm áp dụng và văn bản ban hành.",
            en: "List the built-in frameworks, with their level, province, years and source.")
        static let frameworkShow = Message(
            vi: "In danh mục của một bộ chỉ số: lĩnh vực, tiêu chí, điểm tối đa, bộ phận phụ trách và xếp loại.",
            en: "Print a framework's catalogue: domains, criteria, maxima, departments and bands.")
        static let frameworkArgument = Message(
            vi: "Mã bộ chỉ số có sẵn, hoặc một tệp cchc-framework/1.",
            en: "A built-in framework id, or a cchc-framework/1 file.")
        static let frameworkFormat = Message(
            vi: "text (mặc định), json (một tệp cchc-framework/1), csv hoặc markdown.",
            en: "text (default), json (a cchc-framework/1 file), csv or markdown.")

        // framework import
        static let frameworkImport = Message(
            vi: "Chuyển bảng tiêu chí của một quyết định thành tệp cchc-framework/1.",
            en: "Turn a decision's criteria table into a cchc-framework/1 file.")
        static let frameworkTable = Message(
            vi: "Bảng tiêu chí: văn bản phân cách bằng tab (.tsv, .txt) hoặc CSV, hoặc - để đọc đầu vào chuẩn.",
            en: "The criteria table: tab-separated text (.tsv, .txt) or CSV, or - for standard input.")
        static let frameworkID = Message(
            vi: "Mã của bộ chỉ số: \"thai-nguyen-xa-2025\".", en: "The framework's id: \"thai-nguyen-xa-2025\".")
        static let frameworkTitle = Message(vi: "Tên của bộ chỉ số.", en: "The framework's title.")
        static let bands = Message(
            vi: "Các mức xếp loại, cao nhất trước: \"90 Xuất sắc, 80 Tốt, 70 Khá, 50 Trung bình, 0 Yếu\" (mặc định "
                + "không có).",
            en: "Its bands, highest first: \"90 Xuất sắc, 80 Tốt, 70 Khá, 50 Trung bình, 0 Yếu\" (default none).")
        static let years = Message(
            vi: "Các năm áp dụng: 2025, hoặc 2025,2026.", en: "The years it applies to: 2025, or 2025,2026.")
        static let level = Message(vi: "Cấp: xã, phường, huyện, sở.", en: "The level: xã, phường, huyện, sở.")
        static let province = Message(vi: "Tỉnh ban hành.", en: "The province that issued it.")
        static let source = Message(
            vi: "Văn bản ban hành: \"Quyết định số 123/QĐ-UBND…\".",
            en: "The decision that issued it: \"Quyết định số 123/QĐ-UBND…\".")
        static let frameworkImportDiscussion = Message(
            vi: "Các cột được nhận theo tiêu đề: số thứ tự (STT, TT), nội dung (Lĩnh vực, tiêu chí; Nội dung), "
                + "điểm tối đa (Điểm tối đa, Điểm chuẩn) và bộ phận phụ trách (Ngành, Phụ trách, Cơ quan). Một số La "
                + "Mã, hoặc một số không có dấu chấm khi không có số La Mã, mở đầu một lĩnh vực; 1.1 nằm dưới 1, và "
                + "theo kiểu đánh số toàn quốc một số trơn nằm dưới lĩnh vực gần nhất. \"(nếu có)\" làm một dòng "
                + "thành không bắt buộc; lĩnh vực tên Điều tra xã hội học (hoặc Khảo sát…) chứa tiêu chí điều tra, "
                + "Điểm thưởng (Điểm cộng) là điểm thưởng và Điểm trừ là điểm trừ. Điểm tối đa của mỗi nhóm được "
                + "đối chiếu với các dòng của nó, và dòng tổng với các lĩnh vực. Không ghi gì khi bảng có lỗi (mã "
                + "thoát 2).",
            en: "Columns are found by their header: the number (STT, TT), the content (Lĩnh vực, tiêu chí; "
                + "Nội dung), the max (Điểm tối đa, Điểm chuẩn) and the department (Ngành, Phụ trách, Cơ "
                + "quan). A Roman numeral, or a number without a dot when there are none, starts a domain; "
                + "1.1 goes under 1, and in the national style a plain number goes under the last domain. "
                + "\"(nếu có)\" makes a row optional; a domain titled Điều tra xã hội học (or Khảo sát…) holds "
                + "survey criteria, Điểm thưởng (Điểm cộng) is a bonus and Điểm trừ a penalty. Every group's "
                + "max is checked against its rows, and the total row against the domains. Nothing is "
                + "written when the table has an error (exit 2).")

        // `-o FILE` of every command, and the words of `--format`'s help.
        static let anyOutput = Message(
            vi: "Ghi kết quả vào tệp này thay vì đầu ra chuẩn: ghi trọn một lần, không bao giờ ghi đè một tệp "
                + "đầu vào, chỉ ghi đè tệp đã có khi có --force (một thiết bị như /dev/null được ghi như thường).",
            en: "Write the result to this file instead of standard output: atomically, never over an input, "
                + "an existing file only with --force (a device such as /dev/null is written as it is).")

        /// A few words for one `--format` choice: its name, and what it is where the name does
        /// not say it (a new format needs no line here to be listed).
        static func formatName(_ format: OutputFormat) -> Message {
            switch format {
            case .text: return Message(vi: "text (mặc định)", en: "text (default)")
            case .csv:
                return Message(vi: "csv (RFC 4180, UTF-8 có BOM)", en: "csv (RFC 4180, UTF-8 with a byte-order mark)")
            case .html: return Message(vi: "html (một trang để in)", en: "html (a page to print)")
            case .xlsx: return .same("xlsx (Excel)")
            case .docx: return .same("docx (Word)")
            default: return .same(format.rawValue)
            }
        }

        /// `a, b or c.`
        static func choices(_ items: [Message]) -> Message {
            guard let last = items.last else { return .none }
            let head = items.dropLast()
            guard !head.isEmpty else { return last + .same(".") }
            return Message(
                vi: head.map(\.vi).joined(separator: ", ") + " hoặc " + last.vi + ".",
                en: head.map(\.en).joined(separator: ", ") + " or " + last.en + ".")
        }
    }
}
