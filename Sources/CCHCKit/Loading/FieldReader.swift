/// Typed access to one JSON object's fields, reporting each problem (unknown field, wrong
/// type, missing field) to a collector under a subject such as `criterion 7.13`.
struct FieldReader {
    /// The object's text and offset: a reader holds no reference, so that passing it around
    /// costs nothing.
    private let text: CheckedJSON
    let offset: Int
    /// The fields the reader knows, and for each the offset of its value or -1 (found in one pass).
    /// Never freed (see `FieldNames`): held without counting references, so that a reader copies
    /// as plain bytes and a look-up retains nothing.
    private let known: Unmanaged<FieldNames>
    private var slots = InlineArray<16, Int32>(repeating: -1)
    /// What the object is, as messages name it (`criterion`, `published`); `.document` for the document.
    let kind: Messages.Subject
    /// The field that names the object (its id or code), when it has one.
    private let nameKey: StaticString?

    /// Names the object in messages: `tiêu chí 7.13`, `dòng trừ điểm 3.1.2`, `số liệu công bố`; nil for
    /// the document. Made only when a message is, never for an object that has nothing wrong.
    var subject: Message? {
        kind.named(nameKey.flatMap { value($0)?.stringValue }.map { Text.clipped($0) })
    }

    /// The `format` value of a document of another kind than the one being read: an object
    /// tagged `format` and holding `key` (a framework's `domains`, a scorecard's `criteria`).
    static func otherKind(_ root: JSONValue, format: String, holding key: String) -> JSONValue? {
        guard case .object(let object) = root.kind, let value = object["format"], value.stringValue == format,
            object[key] != nil
        else { return nil }
        return value
    }

    /// Reads an object's fields; every key not in `known` (and not `extra`) is reported.
    ///
    /// - Parameters:
    ///   - kind: names the object in messages.
    ///   - key: the field whose string value names the object in messages (`id`): even the
    ///     messages about unknown fields, which are read before the field itself.
    init?(
        _ value: JSONValue, subject kind: Messages.Subject, namedBy key: StaticString? = nil,
        known: borrowing FieldNames, into collector: inout DiagnosticCollector
    ) {
        guard value.isObject else {
            collector.error(at: value.offset) {
                Messages.expectedObject(found: value.typeName).about(kind.named(nil) ?? Messages.document)
            }
            return nil
        }
        text = value.text
        offset = value.offset
        self.kind = kind
        self.known = Unmanaged.passUnretained(known)
        nameKey = key
        let object = JSONObject(text: value.text, offset: value.offset)
        // An element of a planned array holds only known fields, nearly always: nothing to report.
        if object.capturedFields(known, into: &slots) { return }
        let (slots, unknown, extra) = Self.fields(of: object, known)
        self.slots = slots
        for member in unknown {
            collector.error(at: member.keyOffset) {
                (Messages.unknownField(Text.clipped(member.key)) + Suggestion.hint(for: member.key, in: known.names))
                    .about(subject)
            }
        }
        if let extra, !extra.isObject {
            collector.error(Messages.extraNotObject(found: extra.typeName).about(subject), at: extra.offset)
        }
    }

    /// The fields of an object, and the members that are not known fields: `extra` (an object a
    /// reader keeps aside) or an unknown field, reported once the name is known.
    @inline(never)
    private static func fields(of object: JSONObject, _ known: FieldNames) -> (
        slots: InlineArray<16, Int32>, unknown: [JSONObject.Member], extra: JSONValue?
    ) {
        var unknown: [JSONObject.Member] = []
        var extra: JSONValue?
        let slots = object.fields(known) { member in
            if member.key == "extra" { extra = member.value } else { unknown.append(member) }
        }
        return (slots, unknown, extra)
    }

    /// A field's value; the key is a literal, compared with the known names as bytes.
    @inline(__always)
    func value(_ key: StaticString) -> JSONValue? {
        guard let k = self.known._withUnsafeGuaranteedRef({ $0.position(of: key) }) else {
            return JSONObject(text: text, offset: offset)[key.description]
        }
        return slots[k] < 0 ? nil : JSONValue(text: text, offset: Int(slots[k]))
    }

    /// Whether a text holds only white space; an id or a name almost always starts with a
    /// visible ASCII character, which answers at once without Unicode property look-ups.
    static func isBlank(_ s: String) -> Bool {
        if let first = s.utf8.first, first > 0x20, first < 0x7F { return false }
        return s.allSatisfy(\.isWhitespace)
    }

    /// A required or optional string; `null` counts as absent.
    ///
    /// - Parameter keep: false when the caller does not keep the text: its type is checked as
    ///   always, and no `String` is made.
    @inline(__always)
    func string(
        _ key: StaticString, required: Bool = false, keep: Bool = true, into collector: inout DiagnosticCollector
    ) -> String? {
        guard let value = value(key), !value.isNull else {
            if required { collector.error(Messages.missingField(key.description).about(subject), at: offset) }
            return nil
        }
        if !keep, !required, value.isString { return nil }
        return string(key, of: value, required: required, into: &collector)
    }

    /// `string`'s text, or the problem with it.
    private func string(
        _ key: StaticString, of value: JSONValue, required: Bool, into collector: inout DiagnosticCollector
    )
        -> String?
    {
        guard let (s, ascii) = value.string else {
            collector.error(
                Messages.mustBeString(key.description, found: value.typeName).about(subject), at: value.offset)
            return nil
        }
        if required, Self.isBlank(s) {
            collector.error(Messages.isEmpty(key.description).about(subject), at: value.offset)
            return nil
        }
        return ascii ? s : Text.nfc(s)
    }

    /// `true` or `false`; `null` counts as absent.
    @inline(__always)
    func bool(_ key: StaticString, into collector: inout DiagnosticCollector) -> Bool? {
        guard let value = value(key), !value.isNull else { return nil }
        guard let b = value.bool else {
            collector.error(
                Messages.mustBeBool(key.description, found: value.typeName).about(subject), at: value.offset)
            return nil
        }
        return b
    }

    /// A whole number within `range`.
    func integer(
        _ key: StaticString, required: Bool = false, in range: ClosedRange<Int>,
        into collector: inout DiagnosticCollector
    ) -> Int? {
        guard let value = value(key), !value.isNull else {
            if required { collector.error(Messages.missingField(key.description).about(subject), at: offset) }
            return nil
        }
        guard let number = value.points else {
            collector.error(
                Messages.mustBeWholeNumber(key.description, found: value.typeName).about(subject), at: value.offset)
            return nil
        }
        guard case .success(let p) = number, p.hundredths % 100 == 0, range.contains(p.hundredths / 100) else {
            guard case .number(let text) = value.kind else { return nil }
            collector.error(
                Messages.wholeNumberRange(key.description, range, found: Text.clipped(text)).about(subject),
                at: value.offset)
            return nil
        }
        return p.hundredths / 100
    }

    /// A number of points: a JSON number or a string with `,` or `.`; `null` counts as absent.
    @inline(__always)
    func points(_ key: StaticString, required: Bool = false, into collector: inout DiagnosticCollector) -> (
        Points, Int
    )? {
        guard let value = value(key), !value.isNull else {
            if required { collector.error(Messages.missingField(key.description).about(subject), at: offset) }
            return nil
        }
        // A JSON number read in place, as nearly all are: kept short, so that it is inlined.
        if case .success(let points)? = value.points { return (points, value.offset) }
        return points(key, notANumber: value, into: &collector)
    }

    /// `points` for a value that is not a plain JSON number: a string of a number (`"9,5"`), or
    /// a problem to report.
    @inline(never)
    private func points(_ key: StaticString, notANumber value: JSONValue, into collector: inout DiagnosticCollector)
        -> (Points, Int)?
    {
        let result: Result<Points, Points.ParseError>
        if let number = value.points {
            result = number
        } else if let text = value.stringValue {
            result = Points.parse(text: text)
        } else {
            collector.error(
                Messages.mustBeNumber(key.description, found: value.typeName).about(subject), at: value.offset)
            return nil
        }
        let failure: Points.ParseError
        switch result {
        case .success(let points): return (points, value.offset)
        case .failure(let reason): failure = reason
        }
        // The value as written, quoted in the message (built only for a message: it costs).
        var shown = ""
        if case .number(let text) = value.kind { shown = Text.clipped(text) }
        if case .string(let text) = value.kind { shown = "\"\(Text.clipped(text))\"" }
        switch failure {
        case .notANumber:
            collector.error(Messages.notANumber(key.description, shown).about(subject), at: value.offset)
        case .tooManyDecimals:
            collector.error(Messages.tooManyDecimals(key.description, shown).about(subject), at: value.offset)
        case .tooLarge:
            collector.error(Messages.numberTooLarge(key.description, shown).about(subject), at: value.offset)
        }
        return nil
    }

    /// A list of names (`responsible`): an array of strings, a single string not accepted, to
    /// keep the type plain. Each person counts once, as `--by responsible` compares them
    /// (`Deduction.Names`): a name met again is a warning. The names are compared as the bytes
    /// they are written in wherever they can be, and `String`s are made only when `keep`.
    ///
    /// - Returns: the names kept (each first spelling, in NFC; none unless `keep`), how many,
    ///   and whether one is blank.
    func names(_ key: StaticString, keep: Bool, into collector: inout DiagnosticCollector) -> (
        names: [String], count: Int, blank: Bool
    ) {
        guard let value = value(key), !value.isNull else { return ([], 0, false) }
        guard value.isArray else {
            collector.error(
                Messages.mustBeNames(key.description, found: value.typeName).about(subject), at: value.offset)
            return ([], 0, false)
        }
        // A row names one person, nearly always: with no other name to compare it with, it needs
        // no key, and a first letter in visible ASCII shows that it is not blank.
        if let (body, flags) = value.onlyString, flags & CheckedJSON.escaped == 0,
            let first = body.first, first > 0x20, first < 0x7F
        {
            guard keep else { return ([], 1, false) }
            let spelling = String(decoding: body, as: UTF8.self)
            return ([flags == 0 ? spelling : Text.nfc(spelling)], 1, false)
        }
        var seen = Deduction.Names()
        var names: [String] = []
        var count = 0
        var blank = false
        var repeated: [String] = []
        value.forEachElement { item in
            guard let (body, flags) = item.stringBytes else {
                collector.error(
                    Messages.mustHoldNames(key.description, found: item.typeName).about(subject), at: item.offset)
                return
            }
            let text = flags & CheckedJSON.escaped == 0 ? nil : CheckedJSON.text(body, flags: flags)
            let name = text.map { Deduction.NameKey($0) } ?? Deduction.NameKey(body)
            guard seen.insert(name) else {
                // Each repeat is a warning, up to the cap of a file's errors: a hostile list of a
                // million repeats makes twenty lines, not a million.
                if !name.isEmpty, repeated.count < DiagnosticCollector.cap { repeated.append(name.text) }
                return
            }
            count += 1
            blank = blank || name.isEmpty
            guard keep else { return }
            // A row names one to a few people: room for them at once, not grown name by name.
            if names.isEmpty { names.reserveCapacity(4) }
            let spelling = text ?? String(decoding: body, as: UTF8.self)
            names.append(flags == 0 ? spelling : Text.nfc(spelling))
        }
        for name in repeated {
            collector.warning(Messages.nameTwice(key.description, Text.clipped(name)).about(subject), at: value.offset)
        }
        return (names, count, blank)
    }

    /// An array's elements; reports another type.
    func array(_ key: StaticString, required: Bool = false, into collector: inout DiagnosticCollector) -> [JSONValue]? {
        guard let value = value(key), !value.isNull else {
            if required { collector.error(Messages.missingField(key.description).about(subject), at: offset) }
            return nil
        }
        guard case .array(let items) = value.kind else {
            collector.error(
                Messages.mustBeArray(key.description, found: value.typeName).about(subject), at: value.offset)
            return nil
        }
        return items
    }
}
