import Foundation

@testable import CCHCKit

/// The hostile-input corpus of `Tests/Hostile/`: what each case is and how its input is made,
/// mostly "the fixture with one change". The files on disk are generated from this table (so
/// that the corpus is readable and can seed the fuzzer), and a test fails when they drift.
enum HostileCorpus {
    /// One case: a folder `Tests/Hostile/<name>/` with `input.json`, maybe `framework.json`, and
    /// `expected` (the exit code, then the first line on standard error).
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// One line for the corpus README: what is wrong with the input.
        var about: String
        /// The files of the case, by name; `input.json` is the one the commands read.
        var files: [String: [UInt8]]

        var description: String { name }
    }

    static let folder = Package.root + "/Tests/Hostile"

    /// Every case, in the order the README lists them.
    static let cases: [Case] = {
        do {
            return try make()
        } catch {
            return []
        }
    }()

    private static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func make() throws -> [Case] {
        let fixture = try Package.fixtureText()
        var out: [Case] = []
        func add(_ name: String, _ about: String, _ bytes: [UInt8], framework: [UInt8]? = nil) {
            var files = ["input.json": bytes]
            if let framework { files["framework.json"] = framework }
            out.append(Case(name: name, about: about, files: files))
        }
        /// The fixture with exactly one piece of text replaced.
        func changed(_ old: String, _ new: String) throws -> [UInt8] {
            let parts = fixture.components(separatedBy: old)
            guard parts.count == 2 else { throw CorpusError(message: "the fixture has \(parts.count - 1) of \(old)") }
            return utf8(parts.joined(separator: new))
        }

        // Not JSON text at all.
        add("empty", "an empty file", [])
        add("whitespace-only", "only spaces, tabs and line breaks", utf8("  \n\t\r\n   \n"))
        add("not-json", "a line of prose, as typed in a word processor", utf8("Tổng điểm: 89,75 (Tốt)\n"))
        add("top-level-array", "the scorecard wrapped in an array", utf8("[\n" + fixture + "]\n"))
        add("top-level-number", "a bare number", utf8("89.75\n"))
        add(
            "truncated-mid-file", "cut off in the middle of a number, as a broken attachment is",
            utf8(String(fixture.prefix(upTo: try range(of: #""id": "3.1", "self": 3."#, in: fixture).upperBound))))
        add("truncated-at-end", "the last closing brace missing", utf8(String(fixture.dropLast(2)) + "\n"))
        add("trailing-garbage", "text after the document's closing brace", utf8(fixture + "}\n,\n"))
        add(
            "decimal-comma-number", "a score written 9,5 without quotes",
            try changed(
                #""id": "1.9", "self": 1.5, "appraised": 1.5, "final": 1 }"#,
                #""id": "1.9", "self": 1.5, "appraised": 1.5, "final": 0,5 }"#))
        add(
            "single-quotes", "keys in single quotes",
            try changed(#""format": "cchc-scorecard/1""#, "'format': 'cchc-scorecard/1'"))

        // Not UTF-8.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in fixture.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        add("utf16-bom", "the fixture saved as UTF-16 with a byte-order mark", utf16)
        // "UBND xã Bình Thành" in Windows-1258: ã is a + combining tilde (0xDE), ì and à are 0xEC, 0xE0.
        let cp1258: [UInt8] = utf8("UBND xa") + [0xDE] + utf8(" B") + [0xEC] + utf8("nh Th") + [0xE0] + utf8("nh")
        add(
            "windows-1258", "the unit name saved as Windows-1258",
            try splice(fixture, replacing: "UBND xã Bình Thành", with: cp1258))
        add(
            "latin-1", "the district name saved as Latin-1 (ó is the byte 0xF3)",
            try splice(fixture, replacing: "Định Hóa", with: utf8("Dinh H") + [0xF3] + utf8("a")))
        add(
            "utf8-bom-then-latin-1", "a byte-order mark, then a Latin-1 byte",
            [0xEF, 0xBB, 0xBF] + (try splice(fixture, replacing: "Thái Nguyên", with: utf8("Th") + [0xE1] + utf8("i"))))
        add(
            "nul-bytes", "64 NUL bytes before the fixture, as a crashed editor leaves",
            Array(repeating: 0, count: 64) + utf8(fixture))
        var utf16NoMark: [UInt8] = []
        for unit in fixture.utf16 { utf16NoMark += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        add("utf16-no-bom", "the fixture saved as UTF-16 without a byte-order mark", utf16NoMark)
        add(
            "xlsx", "the start of an Excel file (a ZIP archive) sent instead",
            [
                0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xEE, 0x9D,
                0x68,
            ]
                + utf8("[Content_Types].xml"))

        // Strings.
        add(
            "raw-control-character", "a raw control character (0x01) inside a string",
            try changed("UBND xã Bình Thành", "UBND xã\u{01}Bình Thành"))
        add(
            "raw-line-break", "a line break pasted inside a string",
            try changed("Không có sáng kiến cấp tỉnh", "Không có sáng kiến\ncấp tỉnh"))
        add(
            "lone-surrogate", "a lone surrogate escape \\ud800",
            try changed("UBND xã Bình Thành", #"UBND \ud800 Bình Thành"#))
        add(
            "bad-escape", "an escape that JSON does not have", try changed("UBND xã Bình Thành", #"UBND\xã Bình Thành"#)
        )
        add(
            "duplicate-key", "a key repeated in one object",
            try changed(
                #""id": "1.9", "self": 1.5, "appraised": 1.5, "final": 1 }"#,
                #""id": "1.9", "self": 1.5, "appraised": 1.5, "final": 1, "final": 1.5 }"#))
        add(
            "duplicate-key-in-duplicate", "a key repeated inside the value of a repeated key (the first value counts)",
            try changed(
                #""published": { "self": 97.5, "appraised": 93.75, "final": 89.75, "rank": 1, "of": 23 }"#,
                #""published": { "self": 97.5, "appraised": 93.75, "final": 89.75, "rank": 1, "of": 23 },"#
                    + "\n  " + #""published": { "rank": "một", "rank": 1 }"#))
        add(
            "unknown-framework-escaped", "a framework id that is not built in, typed decomposed in escapes (a\\u0301)",
            try changed(#""framework": "thai-nguyen-xa-2023""#, #""framework": "tha\u0301i-nguyen""#))

        // Nesting and numbers.
        add("deep-nesting", "100,000 nested [", utf8(String(repeating: "[", count: 100_000)))
        add(
            "deep-nesting-objects", "the unit nested in 100 objects",
            try changed(
                #""UBND xã Bình Thành""#,
                String(repeating: #"{"a":"#, count: 100) + "1" + String(repeating: "}", count: 100)))
        add(
            "number-huge-exponent", "a score 1e999999",
            try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": 1e999999"#))
        add(
            "number-negative-zero", "deduction points -0, which is 0 (points must be above 0)",
            try changed(
                #""Không có sáng kiến cấp tỉnh", "points": 0.5"#, #""Không có sáng kiến cấp tỉnh", "points": -0"#))
        add(
            "number-exponent", "a score 1E2, which is 100, above the max 1,5",
            try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": 1E2"#))
        add(
            "number-400-digits", "a score of 400 digits",
            try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": "# + String(repeating: "9", count: 400)))
        add(
            "number-400-decimals", "a score with 400 decimal places",
            try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": 1."# + String(repeating: "3", count: 400)))
        add("number-leading-zero", "a score 05", try changed(#""id": "2.3", "self": 2"#, #""id": "2.3", "self": 02"#))
        add("number-plus-sign", "a score +1", try changed(#""id": "2.4", "self": 1"#, #""id": "2.4", "self": +1"#))

        // Scores of the wrong kind.
        add("string-nan", "a score \"NaN\"", try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": "NaN""#))
        add(
            "string-infinity", "a score \"Infinity\"",
            try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": "Infinity""#))
        add(
            "string-two-commas", "a score \"9,5,5\"",
            try changed(#""id": "4.2", "self": 10"#, #""id": "4.2", "self": "9,5,5""#))
        add(
            "string-three-decimals", "a score \"9.555\"",
            try changed(#""id": "4.2", "self": 10"#, #""id": "4.2", "self": "9.555""#))
        add("string-empty", "a score \"\"", try changed(#""id": "4.2", "self": 10"#, #""id": "4.2", "self": """#))
        add("boolean-score", "a score true", try changed(#""id": "4.2", "self": 10"#, #""id": "4.2", "self": true"#))
        add(
            "array-score", "a score [9, 5]",
            try changed(#""id": "4.2", "self": 10"#, #""id": "4.2", "self": [9, 5]"#))

        // The document's shape.
        add("criteria-object", "criteria as an object keyed by id", utf8(try criteriaByID(fixture)))
        add(
            "criterion-not-object", "a criterion written as a bare number",
            try changed(#"{ "id": "2.4", "self": 1, "appraised": 1, "final": 1 }"#, "1"))
        add("missing-format", "no format field", try changed("  \"format\": \"cchc-scorecard/1\",\n", ""))
        add("missing-unit", "no unit field", try changed("  \"unit\": \"UBND xã Bình Thành\",\n", ""))
        add("missing-year", "no year field", try changed("  \"year\": 2023,\n", ""))
        add(
            "missing-criteria", "no criteria field",
            try between(fixture, from: "  \"criteria\": [", to: "  \"deductions\""))
        add("year-string", "year as a string", try changed(#""year": 2023"#, #""year": "2023""#))
        add("year-fraction", "year 2023.5", try changed(#""year": 2023"#, #""year": 2023.5"#))
        add(
            "format-framework", "a framework's format tag in a scorecard",
            try changed(#""format": "cchc-scorecard/1""#, #""format": "cchc-framework/1""#))
        add(
            "format-unknown", "format version 2",
            try changed(#""format": "cchc-scorecard/1""#, #""format": "cchc-scorecard/2""#))
        add(
            "unknown-field", "a mistyped field name",
            try changed(#""id": "1.1", "self": 1.5, "appraised""#, #""id": "1.1", "self": 1.5, "apraised""#))
        add("unknown-document-field", "a mistyped top-level field", try changed(#""province""#, #""provice""#))
        add(
            "extra-not-object", "extra as a string",
            try changed(#""year": 2023,"#, #""year": 2023, "extra": "ghi chú","#))

        // Against the framework.
        add(
            "unknown-framework", "a framework id that is not built in",
            try changed(#""framework": "thai-nguyen-xa-2023""#, #""framework": "thai-nguyen-xa-2024""#))
        add(
            "missing-framework-file", "a framework file that does not exist",
            try changed(#""framework": "thai-nguyen-xa-2023""#, #""framework": "no-such-framework.json""#))
        add("id-not-in-framework", "an id the framework does not have", try changed(#""id": "8.5""#, #""id": "8.6""#))
        add("duplicate-id", "the same id twice", try changed(#""id": "1.2""#, #""id": "1.1""#))
        add("negative-score", "a score below 0", try changed(#""id": "2.4", "self": 1"#, #""id": "2.4", "self": -1"#))
        add(
            "score-above-max", "a final score above the criterion's max",
            try changed(
                #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 1.5"#,
                #""id": "7.13", "self": 1.5, "appraised": 1.5, "final": 2"#))
        add(
            "three-decimals", "a score with three decimal places",
            try changed(#""id": "1.1", "self": 1.5"#, #""id": "1.1", "self": 1.125"#))
        add(
            "points-zero", "a deduction of 0 points",
            try changed(
                #""Không có sáng kiến cấp tỉnh", "points": 0.5"#, #""Không có sáng kiến cấp tỉnh", "points": 0"#))
        add(
            "points-missing", "a deduction without points",
            try changed(#""Có xử lý vi phạm về đất đai", "points": 0.5,"#, #""Có xử lý vi phạm về đất đai","#))
        add(
            "deduction-code-no-criterion", "a deduction code under no criterion",
            try changed(#""code": "8.5.2""#, #""code": "9.5.2""#))
        add("published-rank-beyond", "published rank 24 of 23", try changed(#""rank": 1"#, #""rank": 24"#))

        // A framework file that breaks the rules, named by the scorecard.
        let framework = ThaiNguyenXa2023.json.replacingOccurrences(
            of: #""title": "Công tác chỉ đạo, điều hành CCHC", "max": 10"#,
            with: #""title": "Công tác chỉ đạo, điều hành CCHC", "max": 11"#)
        add(
            "framework-domain-max", "a framework file whose domain 1 max (11) is not the sum of its criteria (10)",
            try changed(#""framework": "thai-nguyen-xa-2023""#, #""framework": "framework.json""#),
            framework: utf8(framework))

        // Many problems: the messages stop at 20 and one line counts the rest.
        var many = "{\n  \"format\": \"cchc-scorecard/1\",\n  \"framework\": \"thai-nguyen-xa-2023\",\n"
        many += "  \"unit\": \"UBND xã Bình Thành\",\n  \"year\": 2023,\n  \"criteria\": [\n"
        many += (0..<500).map { #"    { "id": "9.\#($0)", "slef": -1, "final": "x" }"# }.joined(separator: ",\n")
        many += "\n  ]\n}\n"
        add("hundreds-of-errors", "500 criteria with three errors each", utf8(many))
        var duplicateKeys = "{\n" + (0..<300).map { _ in #"  "unit": "x","# }.joined(separator: "\n")
        duplicateKeys += "\n  \"format\": \"cchc-scorecard/1\"\n}\n"
        add("hundreds-of-duplicate-keys", "one key repeated 300 times", utf8(duplicateKeys))
        try addTreeCases(add)

        // Office documents given to `import` (the input is input.docx).
        func office(_ name: String, _ about: String, _ bytes: [UInt8]) {
            out.append(Case(name: name, about: about, files: ["input.docx": bytes]))
        }
        let bomb = try officeVector("bomb.docx")
        office("office-zip-bomb", "a .docx whose 20 MiB document.xml is packed in 30 KB (ratio 680)", bomb)
        office(
            "office-zip-bomb-lying-size", "the zip bomb with its central directory claiming 100,000 bytes",
            try lyingSize(bomb, part: "word/document.xml", size: 100_000))
        let nested =
            String(repeating: "<w:tbl><w:tr><w:tc>", count: 100)
            + String(repeating: "</w:tc></w:tr></w:tbl>", count: 100)
        office("office-nested-tables", "a .docx of 100 tables nested in each other's cells (300 levels)", docx(nested))
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            """
        office(
            "office-billion-laughs", "a .docx whose document.xml defines nested entities",
            docx("<w:p>&d;</w:p>", prolog: laughs))
        office(
            "office-deep-element", "a .docx with 100,000 elements nested",
            docx(String(repeating: "<w:p>", count: 100_000) + String(repeating: "</w:p>", count: 100_000)))
        var crc = docx("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1,5</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
        if let at = crc.indices.first(where: { crc[$0] == UInt8(ascii: "5") }) { crc[at] = UInt8(ascii: "0") }
        office("office-crc-error", "a .docx whose document.xml has one byte changed (1,5 → 1,0)", crc)
        let whole = docx("<w:p/>")
        let cut = whole.count - 22 - 30
        office(
            "office-truncated-central-directory", "a .docx with 30 bytes of its central directory cut out",
            Array(whole[0..<cut] + whole[(cut + 30)...]))
        office(
            "office-ole", "an old binary .doc (an OLE file) renamed .docx",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        var plain = ZipWriter()
        plain.add("readme.txt", utf8("not a document\n"))
        office("office-not-a-document", "a ZIP archive holding only a text file", plain.finish())
        return out
    }

    /// A Word document whose body is `body`, its parts stored.
    private static func docx(_ body: String, prolog: String = "") -> [UInt8] {
        var zip = ZipWriter()
        zip.add(
            "[Content_Types].xml",
            utf8(
                #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override "#
                    + #"PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument."#
                    + #"wordprocessingml.document.main+xml"/></Types>"#))
        zip.add(
            "word/document.xml",
            utf8(
                prolog + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
                    + "<w:body>" + body + "</w:body></w:document>"))
        return zip.finish()
    }

    /// A committed archive of Tests/Office/zip/ (made by Scripts/make-inflate-vectors.py).
    private static func officeVector(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Package.root + "/Tests/Office/zip/" + name)))
    }

    /// The archive with the central directory's uncompressed size of `part` set to `size`.
    private static func lyingSize(_ zip: [UInt8], part: String, size: UInt32) throws -> [UInt8] {
        var bytes = zip
        let name = utf8(part)
        guard
            let entry = bytes.indices.first(where: { p in
                p + 46 + name.count <= bytes.count && bytes[p..<(p + 4)].elementsEqual([0x50, 0x4B, 1, 2])
                    && bytes[(p + 46)..<(p + 46 + name.count)].elementsEqual(name)
            })
        else { throw CorpusError(message: "no central entry \(part)") }
        for i in 0..<4 { bytes[entry + 24 + i] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(i))) }
        return bytes
    }

    /// SPEC §6's fields, wrong: each a vi-du scorecard or its three-level framework with one change.
    private static func addTreeCases(_ add: (String, String, [UInt8], [UInt8]?) -> Void) throws {
        let tree = try Package.fixtureText("vi-du/framework.json")
        let anBinh = try Package.fixtureText("vi-du/an-binh-2025.json")
        let binhMinh = try Package.fixtureText("vi-du/binh-minh-2025.json")
        func one(_ text: String, _ old: String, _ new: String) throws -> [UInt8] {
            let parts = text.components(separatedBy: old)
            guard parts.count == 2 else {
                throw CorpusError(message: "the vi-du file has \(parts.count - 1) of \(old)")
            }
            return utf8(parts.joined(separator: new))
        }
        let framework = utf8(tree)
        add(
            "tree-group-scored", "a group of a three-level framework scored directly (1 holds 1.1 and 1.2)",
            try one(anBinh, #"{ "id": "1.1", "self": 1,"#, #"{ "id": "1", "self": 1,"#), framework)
        add(
            "tree-na-on-required", "\"na\" on a criterion that is not optional",
            try one(binhMinh, #"{ "id": "3", "self": 6, "appraised": 6, "final": 6 }"#, #"{ "id": "3", "na": true }"#),
            framework)
        add(
            "tree-na-not-boolean", "\"na\": \"yes\" instead of true",
            try one(binhMinh, #"{ "id": "2", "na": true }"#, #"{ "id": "2", "na": "yes" }"#), framework)
        add(
            "tree-na-and-scored", "a criterion marked na and scored too",
            try one(binhMinh, #"{ "id": "2", "na": true }"#, #"{ "id": "2", "na": true, "final": 1 }"#), framework)
        add(
            "tree-survey-above-100", "a survey result of 186,5 %",
            try one(anBinh, #""survey": 86.5"#, #""survey": 186.5"#), framework)
        add(
            "tree-survey-three-decimals", "a survey result with three decimals",
            try one(anBinh, #""survey": 86.5"#, #""survey": 86.505"#), framework)
        add(
            "tree-survey-huge", "a survey result of 10^300",
            try one(anBinh, #""survey": 86.5"#, #""survey": 1e300"#), framework)
        add(
            "tree-survey-on-stage-leaf", "a survey result on a criterion scored by stages",
            try one(anBinh, #"{ "id": "9", "self": 14,"#, #"{ "id": "9", "survey": 50, "self": 14,"#), framework)
        add(
            "tree-stage-on-survey-leaf", "a stage score on a survey criterion",
            try one(anBinh, #""survey": 86.5"#, #""survey": 86.5, "final": 17"#), framework)
        var allOptional = tree
        for domain in [#"hành", "max": 10"#, #"chính", "max": 20"#, #"phương", "max": 40"#] {
            allOptional = String(decoding: try one(allOptional, domain, domain + #", "optional": true"#), as: UTF8.self)
        }
        let leaves = ["1.1", "1.2", "2", "3", "4.1", "4.2", "5.1", "5.2", "6", "7", "8.1", "8.2", "9"]
        add(
            "tree-all-not-applicable", "every regular criterion marked na: no applicable max to divide by",
            utf8(
                #"{"format": "cchc-scorecard/1", "framework": "framework.json", "unit": "X", "year": 2025, "criteria": ["#
                    + leaves.map { #"{ "id": "\#($0)", "na": true }"# }.joined(separator: ", ") + "]}\n"),
            utf8(allOptional))
        add(
            "tree-framework-group-sum", "a framework whose criterion 1 (max 4) holds 1.1 and 1.2 (1 + 2)", utf8(anBinh),
            try one(tree, #""title": "Kế hoạch CCHC", "max": 3"#, #""title": "Kế hoạch CCHC", "max": 4"#))
        add(
            "tree-framework-duplicate-id", "a framework with the id 3 in two places of its tree", utf8(anBinh),
            try one(tree, #"{ "id": "9", "title": "Quốc phòng"#, #"{ "id": "3", "title": "Quốc phòng"#))
        add(
            "tree-framework-kind-below-domain", "\"kind\": \"penalty\" on a criterion, not its domain", utf8(anBinh),
            try one(
                tree, #""title": "Bị phê bình vì chậm báo cáo", "max": 3"#,
                #""title": "Bị phê bình vì chậm báo cáo", "max": 3, "kind": "penalty""#))
        add(
            "tree-framework-unknown-kind", "\"kind\": \"extra\" on a domain", utf8(anBinh),
            try one(tree, #""kind": "bonus""#, #""kind": "extra""#))
        add(
            "tree-framework-five-levels", "a framework five levels deep", utf8(anBinh),
            try one(
                tree, #"{ "id": "1.1", "title": "Ban hành kế hoạch đúng thời hạn", "max": 1,"#,
                #"{ "id": "1.1", "title": "Ban hành kế hoạch đúng thời hạn", "max": 1, "criteria": [ { "id": "1.1.1", "title": "a", "max": 1, "criteria": [ { "id": "1.1.1.1", "title": "b", "max": 1 } ] } ],"#
            ))
        add(
            "tree-framework-stage-unknown", "a framework whose stages name \"draft\"", utf8(anBinh),
            try one(tree, #""years": [2024, 2025],"#, #""years": [2024, 2025], "stages": ["self", "draft"],"#))
        add(
            "tree-framework-stages-out-of-order", "a framework whose stages run final, self", utf8(anBinh),
            try one(tree, #""years": [2024, 2025],"#, #""years": [2024, 2025], "stages": ["final", "self"],"#))
        add(
            "tree-framework-years-text", "a framework whose years are text", utf8(anBinh),
            try one(tree, #""years": [2024, 2025],"#, #""years": ["2024"],"#))
        add(
            "tree-stage-not-in-framework", "a self score in a scorecard of the one-stage qd-766-2022",
            try one(
                try Package.fixtureText("766/diem-mac-2024.json"), #"{ "id": "5", "final": 10 }"#,
                #"{ "id": "5", "self": 10, "final": 10 }"#), nil)
    }

    /// The fixture with `criteria` written as an object keyed by id: `"1.1": { "self": 1.5, … }`.
    private static func criteriaByID(_ text: String) throws -> String {
        let start = try range(of: #""criteria": ["#, in: text)
        let end = try range(of: "\n  ],\n  \"deductions\"", in: text)
        let block = String(text[start.upperBound..<end.lowerBound])
            .replacing(#/\{ "id": "([0-9.]+)", /#) { #""\#($0.1)": { "# }
        return String(text[..<start.lowerBound]) + #""criteria": {"# + block + "\n  },\n  \"deductions\""
            + String(text[end.upperBound...])
    }

    /// The fixture's bytes with one piece of text replaced by raw bytes (another encoding).
    private static func splice(_ text: String, replacing old: String, with new: [UInt8]) throws -> [UInt8] {
        let r = try range(of: old, in: text)
        return utf8(String(text[..<r.lowerBound])) + new + utf8(String(text[r.upperBound...]))
    }

    /// The text with the part from `from` up to (not including) `to` removed.
    private static func between(_ text: String, from: String, to: String) throws -> [UInt8] {
        let start = try range(of: from, in: text).lowerBound
        let end = try range(of: to, in: text).lowerBound
        return utf8(String(text[..<start]) + String(text[end...]))
    }

    private static func range(of part: String, in text: String) throws -> Range<String.Index> {
        guard let r = text.range(of: part) else { throw CorpusError(message: "the fixture has no \(part)") }
        return r
    }

    struct CorpusError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
