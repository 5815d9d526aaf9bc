import Testing

@testable import CCHCKit

@Suite struct JSONParserTests {
    /// Parses and returns the problem with its line and column, or nil when the text is valid.
    func problem(_ text: String) -> (line: Int?, column: Int?, message: String)? {
        let bytes = Array(text.utf8)
        do {
            let duplicates = try JSONParser.parse(bytes) { $1 }
            guard let d = duplicates.first else { return nil }
            let at = d.offset.map { SourceText(name: "", bytes: bytes).location(of: $0) }
            return (at?.line, at?.column, d.message.en)
        } catch {
            let at = error.offset.map { SourceText(name: "", bytes: bytes).location(of: $0) }
            return (at?.line, at?.column, error.message.en)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String { "\(text.prefix(40)) (line \(sourceLine))" }
        let text: String
        let line: Int?
        let column: Int?
        let fragment: String
        let sourceLine: Int
        init(_ text: String, _ line: Int?, _ column: Int?, _ fragment: String, sourceLine: Int = #line) {
            self.text = text
            self.line = line
            self.column = column
            self.fragment = fragment
            self.sourceLine = sourceLine
        }
    }

    @Test(arguments: [
        Case("", nil, nil, "empty"),
        Case("  \n ", nil, nil, "only white space"),
        Case("{\"a\": 1,\n \"a\": 2}", 2, 2, "appears twice"),
        Case("{\"a\": 1", 1, 8, "not closed"),
        Case("[1, 2", 1, 6, "not closed"),
        Case("{\"a\": 1} x", 1, 10, "after the end"),
        Case("{\"a\": \"x\ny\"}", 1, 9, "line break inside a string"),
        Case("[\"\\ud800\"]", 1, 3, "lone surrogate"),
        Case("{\"self\": 9,5}", 1, 12, "decimal comma"),
        Case("[01]", 1, 2, "may not start with 0"),
        Case("[1.]", 1, 4, "after the decimal point"),
        Case("{\"tên\": \"Đ\", \"x\": }", 1, 19, "a value was expected"),
        Case("[tru]", 1, 2, "a value was expected"),
        Case("\u{FEFF}{\"a\": }", 1, 7, "a value was expected"),
        Case(String(repeating: "[", count: 100_000), 1, 65, "nesting deeper"),
    ])
    func errorsArePlaced(_ c: Case) throws {
        let p = try #require(problem(c.text), "line \(c.sourceLine)")
        #expect(p.line == c.line, "line \(c.sourceLine)")
        #expect(p.column == c.column, "line \(c.sourceLine)")
        #expect(p.message.contains(c.fragment), "line \(c.sourceLine): \(p.message)")
    }

    @Test func notUTF8IsPlacedAtTheByte() throws {
        let latin1: [UInt8] = Array("{\"unit\": \"B".utf8) + [0xEC] + Array("nh\"}".utf8)
        #expect(throws: JSONProblem.self) { try JSONParser.parse(latin1) { _, _ in } }
        do {
            try JSONParser.parse(latin1) { _, _ in }
        } catch {
            #expect(error.message.en.contains("not UTF-8 text: byte 0xEC"))
            // `{"unit": "B` is 11 bytes: the byte 0xEC is at offset 11, line 1 column 12.
            #expect(error.offset == 11)
        }
        do {
            try JSONParser.parse([0xFF, 0xFE, 0x7B, 0x00]) { _, _ in }
        } catch {
            #expect(error.message.en.contains("UTF-16"))
        }
    }

    @Test func valuesKeepTheirTextAndPositions() throws {
        let text = "{\n  \"a\": [1.50, \"Nguye\\u0302\\u0303n\", null, true],\n  \"b\": {}\n}"
        let source = SourceText(name: "", bytes: Array(text.utf8))
        try JSONParser.parse(source.bytes) { root, duplicates in
            #expect(duplicates.isEmpty)
            guard case .object(let o) = root.kind, case .array(let items)? = o["a"]?.kind else {
                Issue.record("not an object with an array")
                return
            }
            guard case .number(let n) = items[0].kind, case .string(let s) = items[1].kind else {
                Issue.record("wrong kinds")
                return
            }
            #expect(n == "1.50")
            #expect(s == "Nguyễn")
            #expect(items[2].isNull)
            guard case .bool(true) = items[3].kind else {
                Issue.record("not true")
                return
            }
            #expect(source.location(of: items[0].offset) == (2, 9))
            #expect(source.location(of: o.members[1].keyOffset) == (3, 3))
            guard case .object(let b)? = o["b"]?.kind else {
                Issue.record("b is not an object")
                return
            }
            #expect(b.members.isEmpty)
        }
    }

    /// The second pass reads checked text in place: a repeated key is skipped (the first value
    /// counts), strings with escapes and brackets inside are stepped over whole, and runs longer
    /// than the eight bytes the scanner looks at at once end where they should.
    @Test func theSecondPassSkipsWhatItShould() throws {
        let text = #"{"x": "a\"}]" , "x": 2, "long": "abcdefghijklmnop\\", "y" : [ {"z": "ễ}"} , -1.5e2 ], "w": false}"#
        try JSONParser.parse(Array(text.utf8)) { root, duplicates in
            #expect(duplicates.count == 1)
            guard case .object(let o) = root.kind else {
                Issue.record("not an object")
                return
            }
            #expect(o.members.map(\.key) == ["x", "long", "y", "w"])
            #expect(o["x"]?.stringValue == "a\"}]")
            #expect(o["long"]?.stringValue == "abcdefghijklmnop\\")
            let y = o["y"]?.elements ?? []
            #expect(y.count == 2)
            // -1.5e2 = -150 = -15000 hundredths.
            #expect((try? y.last?.points?.get()) == Points(hundredths: -15_000))
            guard case .bool(false)? = o["w"]?.kind else {
                Issue.record("w is not false")
                return
            }
        }
    }

    /// A key repeated inside the value of a repeated key is found before that key: both are
    /// skipped all the same, and the first value counts.
    @Test func aRepeatInsideARepeatIsSkipped() throws {
        let text = #"{"a": 1, "a": {"b": 1, "b": 2}, "c": 3}"#
        try JSONParser.parse(Array(text.utf8)) { root, duplicates in
            // The second "b" opens at offset 23, the second "a" at 9; the first "a"'s value is at 6.
            #expect(duplicates.map(\.offset) == [23, 9])
            guard case .object(let o) = root.kind else {
                Issue.record("not an object")
                return
            }
            #expect(o.members.map(\.key) == ["a", "c"])
            #expect(o["a"]?.offset == 6)
            #expect(o.fields(["a", "c"]) { _ in }[0] == 6)
        }
    }

    /// The checker's tables start with room for one container every 64 bytes: a text dense with
    /// containers outgrows it, and every start and end must still be where it is.
    @Test func denseContainersKeepTheirPlaces() throws {
        // `[` then 300 elements `[{}]` with commas between: element k starts at 1 + 5k (four bytes
        // and a comma each) and ends after 5 + 5k; its object starts at 2 + 5k and ends after
        // 4 + 5k. 1 + 300 × 4 + 299 + 1 = 1,501 bytes, room for 23 containers at first, 601 in all.
        let text = "[" + Array(repeating: "[{}]", count: 300).joined(separator: ",") + "]"
        #expect(text.utf8.count == 1_501)
        try JSONParser.parse(Array(text.utf8)) { root, _ in
            let tables = root.text.tables.pointee
            #expect(tables.containerStarts.count == 601)
            #expect(tables.containerStarts[0] == 0 && tables.containerEnds[0] == 1_501)
            // In the order they open: the root, then each element's array and its object.
            for k in 0..<300 {
                #expect(tables.containerStarts[1 + 2 * k] == Int32(1 + 5 * k))
                #expect(tables.containerEnds[1 + 2 * k] == Int32(5 + 5 * k))
                #expect(tables.containerStarts[2 + 2 * k] == Int32(2 + 5 * k))
                #expect(tables.containerEnds[2 + 2 * k] == Int32(4 + 5 * k))
            }
        }
    }

    /// The members the checker sorts out as it goes are the very ones the reading pass finds by
    /// scanning: in each element of a planned array, with repeated, unknown, `extra` and
    /// decomposed keys among them.
    @Test func capturedMembersAreTheScannedOnes() throws {
        let text = try Package.fixtureText().replacing(
            #"{ "id": "1.1", "self": 1.5"#,
            with: #"{ "id": "1.1", "x\u0301": 1, "extra": {}, "id": "9", "se\u006cf": 1.5, "ghi chú": "","#
                + #" "self": 1.5"#)
        let bytes = Array(text.utf8)
        func sorted(plan: Bool, reversed: Bool = false) throws -> [[String]] {
            let names = ScorecardReader.criterionFields
            let criteria: StaticString = "criteria"
            let planned: [(array: StaticString, fields: FieldNames)] = plan ? [(criteria, names)] : []
            return try JSONParser.parse(bytes, plan: planned) { root, _ in
                guard case .object(let doc) = root.kind, let criteria = doc["criteria"] else { return [] }
                return (reversed ? criteria.elements.reversed() : criteria.elements).map { element in
                    guard case .object(let o) = element.kind else { return [] }
                    var last = -1
                    #expect((o.text.captured.members(of: o.offset, by: names, last: &last) != nil) == plan)
                    var others: [JSONObject.Member] = []
                    let slots = o.fields(names) { others.append($0) }
                    return (0..<names.names.count).map { String(slots[$0]) }
                        + others.map { "\($0.key)@\($0.keyOffset)=\($0.value.offset)" }
                }
            }
        }
        let captured = try sorted(plan: true)
        #expect(captured.count == 54)
        #expect(captured == (try sorted(plan: false)))
        // Read last to first, each look-up goes against the hint of the one before: the same.
        #expect(captured.reversed() == (try sorted(plan: true, reversed: true)))
        // The first criterion: "x́" is unknown, "extra" is set aside, the second "id" is left out,
        // "se\u006cf" is "self" (escaped) and the later plain "self" a repeat.
        #expect(captured[0].contains { $0.hasPrefix("x\u{301}@") })
        #expect(captured[0].contains { $0.hasPrefix("ghi chú@") })
        #expect(captured[0][8] != "-1")
    }

    /// In a planned array's element the checker marks the names met instead of comparing each
    /// key with the ones before it: the repeats it finds are the ones it finds in any object. A
    /// name written again (escaped, or after sixteen keys) is a repeat; a key that is no name is
    /// compared with the other such keys, as text.
    @Test func repeatsInCapturedObjectsAreTheSame() throws {
        let many = (1...17).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let elements = [
            #"{"id": "1.1", "self": 1, "se\u006cf": 2, "id": "1.2"}"#,
            #"{"x\u0301": 1, "\u00fd": 2, "x\u0301": 3, "\u00fd": 4, "ý": 5, "self": 1}"#,
            "{" + many + #", "self": 1, "k3": 0, "final": 2, "self": 3, "s\u0065lf": 4, "k17": 5}"#,
            #"{"note": "a", "ghi chú": 1, "note": "b", "ghi chu\u0301": 2}"#,
        ]
        let text = #"{"criteria": ["# + elements.joined(separator: ", ") + "]}"
        func repeats(plan: Bool) throws -> [String] {
            let criteria: StaticString = "criteria"
            let planned: [(array: StaticString, fields: FieldNames)] =
                plan ? [(criteria, ScorecardReader.criterionFields)] : []
            return try JSONParser.parse(Array(text.utf8), plan: planned) { _, duplicates in
                duplicates.map { "\($0.offset ?? -1) \($0.message.text(.en))" }
            }
        }
        let found = try repeats(plan: true)
        #expect(found == (try repeats(plan: false)))
        // Per element: `self` escaped and `id`; `x́` and `ý` twice each, and ý as NFC text; `self`
        // (after the 17 keys), `k3`, `self` escaped, `k17`; `note`, and `ghi chú` decomposed.
        #expect(found.count == 2 + 3 + 4 + 2)
        #expect(found.filter { $0.contains("\"self\"") }.count == 3)
    }

    /// A planned array whose elements are all objects is read from the checker's table of the
    /// objects it captured, not scanned: its elements are the ones scanning finds, whatever the
    /// array holds, and any other array is scanned.
    @Test func plannedArraysOfObjectsAreReadFromTheTable() throws {
        let shapes: [(text: String, fromTable: Bool)] = [
            (#"{"criteria": [{"id": "1"}, {"id": "2", "x": [{"a": 1}]}, {}]}"#, true),
            (#"{"criteria": []}"#, true),
            (#"{"criteria": [{"id": "1"}, 7, {"id": "2"}]}"#, false),
            (#"{"criteria": [[{"id": "1"}], {"id": "2"}]}"#, false),
            (#"{"criteria": {"a": {"id": "1"}}}"#, false),
            (#"{"criteria": [{"id": "1"}], "x": [{"id": "9"}], "criteria": [{"id": "2"}, {"id": "3"}]}"#, true),
        ]
        for (text, fromTable) in shapes {
            func elements(plan: Bool) throws -> ([Int], Bool) {
                let criteria: StaticString = "criteria"
                let planned: [(array: StaticString, fields: FieldNames)] =
                    plan ? [(criteria, ScorecardReader.criterionFields)] : []
                return try JSONParser.parse(Array(text.utf8), plan: planned) { root, _ in
                    guard case .object(let doc) = root.kind, let array = doc["criteria"] else { return ([], false) }
                    return (array.elements.map(\.offset), array.text.captured.elements(of: array.offset) != nil)
                }
            }
            let (planned, tabled) = try elements(plan: true)
            #expect(planned == (try elements(plan: false)).0, "\(text)")
            #expect(tabled == fromTable, "\(text)")
        }
    }

    /// Every name is found by its bytes, also where names share a slot (sixteen names in 32 slots
    /// always do), and a key that is none of them is found as none; a literal is found by its
    /// address or, a copy of it elsewhere, by its bytes.
    @Test func fieldNamesFindEveryNameAndNoOther() {
        let names: FieldNames = [
            "id", "self", "appraised", "final", "na", "survey", "department", "note", "", "a", "b", "ab",
            "departments", "appraisedX", "x", "điểm",
        ]
        for (k, name) in names.names.enumerated() {
            #expect(Array(name.utf8).withUnsafeBufferPointer { names.position(of: $0) } == k, "\(name)")
        }
        for other in ["i", "ids", "department2", "appraise", "c", "ba", "điể", "Id"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { names.position(of: $0) } == nil, "\(other)")
        }
        #expect(names.position(of: "survey") == 5)
        #expect(names.position(of: "remark") == nil)
        // The readers' own lists, each hashed with a multiplier of its own.
        for list in [
            ScorecardReader.documentFields, ScorecardReader.criterionFields, ScorecardReader.deductionFields,
            ScorecardReader.publishedFields, FrameworkReader.documentFields, FrameworkReader.nodeFields,
        ] {
            for (k, name) in list.names.enumerated() {
                #expect(Array(name.utf8).withUnsafeBufferPointer { list.position(of: $0) } == k, "\(name)")
                #expect(Array((name + "s").utf8).withUnsafeBufferPointer { list.position(of: $0) } == nil, "\(name)")
            }
        }
    }

    /// A string's end is found eight bytes at a time and read off the bits of the word that holds
    /// it: wherever the quote, an escape, a byte beyond ASCII or a second string falls in the
    /// word, the texts read are the ones written.
    @Test func stringsEndWhereverTheStopFalls() throws {
        for before in 0..<18 {
            let a = String(repeating: "a", count: before)
            for (stop, decoded) in [("", ""), (#"\""#, "\""), (#"\n"#, "\n"), ("ệ", "ệ"), (#"\u00e9"#, "é")] {
                let text = "[\"\(a)\(stop)b\", \"\(a)\", [\"x\"], \"\(stop)\(a)\"]"
                let read = try JSONParser.parse(Array(text.utf8)) { root, _ in
                    root.elements.map { $0.stringValue ?? $0.elements.compactMap(\.stringValue).joined() }
                }
                #expect(read == [a + decoded + "b", a, "x", decoded + a], "\(before) \(stop)")
            }
        }
    }

    /// After its first byte beyond ASCII, a string is read a byte at a time, four plain bytes a
    /// step, without a bound check before the text's last quote, backslash or control; past it
    /// (or when the last 64 bytes hold none), with a bound at every step. Letters of two, three
    /// and four bytes, the three-byte ones the look-up leaves to the full check (E0, ED, EE), any
    /// number of plain bytes between them, with and without a line break or spaces after the
    /// document: each text reads back as written.
    @Test func lettersAreReadWhereverTheyFall() throws {
        // é C3 A9; ệ E1 BB 87; U+0800 E0 A0 80; U+D7FF ED 9F BF; U+E000 EE 80 80; 😀 F0 9F 98 80.
        for letter in ["é", "ệ", "\u{0800}", "\u{D7FF}", "\u{E000}", "😀"] {
            for gap in 0..<10 {
                let text = String(repeating: letter + String(repeating: "a", count: gap), count: 3) + letter
                for after in ["", "\n", String(repeating: " ", count: 70)] {
                    let json = "[\"\(text)\", \"\(letter)\\n\(letter)\"]" + after
                    let read = try JSONParser.parse(Array(json.utf8)) { root, _ in root.elements.map(\.stringValue) }
                    #expect(read == [text, letter + "\n" + letter], "\(letter) \(gap) \(after.count)")
                }
            }
        }
    }

    /// The offset and the English message of the problem in `bytes`, or nil when they parse.
    func problem(bytes: [UInt8]) -> (offset: Int?, message: String)? {
        do {
            try JSONParser.parse(bytes) { _, _ in }
            return nil
        } catch {
            return (error.offset, error.message.en)
        }
    }

    /// A broken sequence, a control or the end of the file where a string beyond ASCII is read
    /// with the look-up, or past the last stop, is found at the offset where it starts.
    @Test func brokenLettersArePlaced() throws {
        let a = Array("[\"a".utf8)  // `[` 0, `"` 1, `a` 2: what follows starts at offset 3
        let close = Array("\"]\n".utf8)
        let spaces = [UInt8](repeating: 0x20, count: 70)
        let cases: [(bytes: [UInt8], offset: Int, fragment: String, line: Int)] = [
            // The file ends inside ệ (E1 BB 87): E1 at 3.
            (a + [0xE1, 0xBB], 3, "not UTF-8 text: byte 0xE1", #line),
            // ệ is cut short by the closing quote, which is the last stop when no line break
            // follows: `[` `"` `a` E1 BB `"` `]`, the quote at 5.
            (a + [0xE1, 0xBB] + Array("\"]".utf8), 3, "byte 0xE1", #line),
            // é (C3 A9) is cut short by the quote: C3 at 3.
            (a + [0xC3] + close, 3, "byte 0xC3", #line),
            // An overlong form (E0 80 80, C0 80, C1 BF), a surrogate (ED A0 80), above U+10FFFF
            // (F4 90 80 80, F5), a continuation byte alone, ệ missing its last byte (E1 BB 41),
            // EE with one continuation byte: each at 3, after a well-formed ệ in the second case.
            (a + [0xE0, 0x80, 0x80] + close, 3, "byte 0xE0", #line),
            (a + [0xC0, 0x80] + close, 3, "byte 0xC0", #line),
            (a + [0xC1, 0xBF] + close, 3, "byte 0xC1", #line),
            (a + [0xED, 0xA0, 0x80] + close, 3, "byte 0xED", #line),
            (a + [0xF4, 0x90, 0x80, 0x80] + close, 3, "byte 0xF4", #line),
            (a + [0xF5, 0x80, 0x80, 0x80] + close, 3, "byte 0xF5", #line),
            (a + [0x80] + close, 3, "byte 0x80", #line),
            (a + [0xE1, 0xBB, 0x41] + close, 3, "byte 0xE1", #line),
            (a + [0xEE, 0x80] + close, 3, "byte 0xEE", #line),
            // ệ at 3–5, then E1 BB and the quote: E1 at 6.
            (a + [0xE1, 0xBB, 0x87, 0xE1, 0xBB] + close, 6, "byte 0xE1", #line),
            // ệ at 3–5, then a tab at 6: with a line break at the end, and with 70 spaces after
            // the document (no stop among the last 64 bytes).
            (a + [0xE1, 0xBB, 0x87, 0x09] + close, 6, "a tab inside a string", #line),
            (a + [0xE1, 0xBB, 0x87, 0x09] + close + spaces, 6, "a tab inside a string", #line),
            // ệ at 3–5, then `bc` and the line break that ends the file, at 8.
            (a + [0xE1, 0xBB, 0x87] + Array("bc\n".utf8), 8, "a line break inside a string", #line),
            // The same without the line break: the string that opens at 1 is not closed.
            (a + [0xE1, 0xBB, 0x87] + Array("bc".utf8), 1, "the string is not closed", #line),
            // ệ, then an invalid escape `\x` whose backslash is at 6.
            (a + [0xE1, 0xBB, 0x87] + Array("\\x".utf8) + close, 6, "an invalid escape", #line),
        ]
        for c in cases {
            let p = try #require(problem(bytes: c.bytes), "line \(c.line)")
            #expect(p.offset == c.offset, "line \(c.line)")
            #expect(p.message.contains(c.fragment), "line \(c.line): \(p.message)")
        }
    }

    /// Containers are found forward from the last one found, or searched again before it: read
    /// in any order, each nested array gives its own elements.
    @Test func containersAreFoundInAnyOrder() throws {
        let text = #"[[1, [2]], [3], {"a": [4, 5]}, [[6], [7, [8]]]]"#
        // Each element's numbers, depth first, written as text.
        func numbers(_ v: JSONValue) -> String {
            switch v.kind {
            case .number(let n): return n
            case .array(let items): return "[" + items.map(numbers).joined(separator: ",") + "]"
            case .object(let o): return "{" + o.members.map { numbers($0.value) }.joined(separator: ",") + "}"
            default: return "?"
            }
        }
        try JSONParser.parse(Array(text.utf8)) { root, _ in
            let items = root.elements
            let forward = items.map(numbers)
            #expect(forward == ["[1,[2]]", "[3]", "{[4,5]}", "[[6],[7,[8]]]"])
            #expect(items.reversed().map(numbers) == forward.reversed())
            #expect([2, 0, 3, 1].map { numbers(items[$0]) } == [2, 0, 3, 1].map { forward[$0] })
        }
    }
}
