/// `cchc framework import TABLE --id ID --title TITLE`: a decision's criteria table as a
/// framework file.
enum FrameworkImportCommand: Command {
    static let spec = CommandSpec(
        name: "framework import",
        abstract: "Turn a decision's criteria table into a cchc-framework/1 file.",
        arguments: [
            .init(
                name: "table",
                help: "The criteria table: tab-separated text (.tsv, .txt) or CSV, or - for standard input.")
        ],
        options: [
            .init("id", value: "id", required: true, help: "The framework's id: \"thai-nguyen-xa-2025\"."),
            .init("title", value: "title", required: true, help: "The framework's title."),
            .init(
                "bands", value: "bands",
                help: "Its bands, highest first: \"90 Xuất sắc, 80 Tốt, 70 Khá, 50 Trung bình, 0 Yếu\" (default none)."),
            .init("years", value: "years", help: "The years it applies to: 2025, or 2025,2026."),
            .init("level", value: "level", help: "The level: xã, phường, huyện, sở."),
            .init("province", value: "name", help: "The province that issued it."),
            .init("source", value: "text", help: "The decision that issued it: \"Quyết định số 123/QĐ-UBND…\"."),
        ],
        discussion: """
            Columns are found by their header: the number (STT, TT), the content (Lĩnh vực, tiêu chí; \
            Nội dung), the max (Điểm tối đa, Điểm chuẩn) and the department (Ngành, Phụ trách, Cơ \
            quan). A Roman numeral, or a number without a dot when there are none, starts a domain; \
            1.1 goes under 1, and in the national style a plain number goes under the last domain. \
            "(nếu có)" makes a row optional; a domain titled Điều tra xã hội học (or Khảo sát…) holds \
            survey criteria, Điểm thưởng (Điểm cộng) is a bonus and Điểm trừ a penalty. Every group's \
            max is checked against its rows, and the total row against the domains. Nothing is \
            written when the table has an error (exit 2).
            """)

    static func run(_ arguments: ParsedArguments, environment: Environment) -> Outcome {
        func usage(_ message: String) -> Outcome {
            Tool.usageError(message, usage: spec.usage, help: "cchc \(spec.name) --help")
        }
        let id = Text.name(arguments.value("id") ?? "")
        let title = Text.name(arguments.value("title") ?? "")
        guard !id.isEmpty, !title.isEmpty else { return usage("'--id' and '--title' must not be empty") }
        var request = FrameworkTable.Request(id: id, title: title)
        if let text = arguments.value("bands") {
            switch FrameworkTable.bands(text) {
            case .success(let bands): request.bands = bands
            case .failure(let e):
                return usage("invalid band '\(e.piece)' for '--bands' (expected \"MIN LABEL\", highest first)")
            }
        }
        if let text = arguments.value("years") {
            for word in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
                guard word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(word),
                    (1900...2200).contains(year)
                else { return usage("invalid value '\(text)' for '--years' (expected years such as 2025,2026)") }
                request.about.years.append(year)
            }
        }
        request.about.level = arguments.value("level").map(Text.name)
        request.about.province = arguments.value("province").map(Text.name)
        request.about.source = arguments.value("source").map(Text.name)
        // `-o FILE` is written by `Tool`, which refused an existing one before this ran.
        let output = arguments.value(CommandSpec.output.name)
        var outcome = Outcome()
        let path = arguments.positionals.first ?? "-"
        let source: SourceText
        do {
            source = try SourceFile.read(path)
        } catch {
            outcome.report([error.diagnostic])
            outcome.code = .invalidInput
            return outcome
        }
        let (built, diagnostics) = FrameworkTable.framework(source, request: request)
        outcome.report(diagnostics)
        // What is written is read back as any framework file is: nothing invalid leaves.
        let text = built.map(FrameworkJSON.render)
        var checked: Framework?
        if let text {
            let (framework, problems) = FrameworkReader.read(
                SourceText(name: output ?? "<output>", bytes: Array(text.utf8)))
            outcome.report(problems)
            checked = framework
        }
        guard let framework = checked, let text else {
            let errors = Diagnostic.errorCount(diagnostics)
            outcome.printError("nothing written: \(errors) \(errors == 1 ? "error" : "errors") in the table\n")
            outcome.code = .invalidInput
            return outcome
        }
        outcome.print(text)
        outcome.summary =
            "\(framework.domains.count) domains, \(framework.criteria.count) scored criteria, "
            + "\(framework.max.formatted()) points"
        return outcome
    }
}
