/// What reading a scorecard gave: the scorecard and its framework when the file is valid, and
/// every message about it.
public struct LoadedScorecard: Sendable {
    public var scorecard: Scorecard?
    public var framework: Framework?
    public var diagnostics: [Diagnostic]

    /// Whether the file was rejected.
    public var isValid: Bool { scorecard != nil && framework != nil }
}

/// Reads and validates a `cchc-scorecard/1` document against its framework.
public enum ScorecardReader {
    /// The format tag of scorecard files.
    public static let format = "cchc-scorecard/1"

    /// Parses and validates a scorecard, collecting every problem.
    ///
    /// - Parameters:
    ///   - source: the file's name and bytes.
    ///   - frameworks: resolves the scorecard's `framework` field.
    ///   - override: a framework that replaces the file's own (`--framework FILE`).
    ///   - language: how numbers in messages are written.
    ///   - details: false when the caller never shows the texts only people read (a criterion's
    ///     `department` and `note`, a deduction's `content`, `reason` and `remediation`, and the
    ///     names it holds responsible), as `check` does: they are checked as always (a repeated
    ///     or blank name too), and left out of the model.
    public static func read(
        _ source: SourceText, frameworks: FrameworkStore, override: Framework? = nil, language: Language = .vi,
        details: Bool = true
    ) -> LoadedScorecard {
        var c = DiagnosticCollector(source: source, language: language)
        var result: (Scorecard, Framework?)?
        do {
            // The criteria and deductions are sorted out by their fields as the text is checked.
            let plan: [(array: StaticString, fields: FieldNames)] = [
                ("criteria", criterionFields), ("deductions", deductionFields),
            ]
            result = try JSONParser.parse(source.bytes, plan: plan) { root, duplicates in
                for d in duplicates { c.error(d.message, at: d.offset) }
                return decode(root, source: source, frameworks: frameworks, override: override, details: details, &c)
            }
        } catch {
            c.error(at: error.offset) { error.message.about(error.subject(in: source.bytes)) }
        }
        guard !c.hasErrors, let (scorecard, framework) = result, let framework else {
            return LoadedScorecard(scorecard: nil, framework: nil, diagnostics: c.finished)
        }
        return LoadedScorecard(scorecard: scorecard, framework: framework, diagnostics: c.finished)
    }

    static let documentFields: FieldNames = [
        "format", "framework", "unit", "district", "province", "year", "criteria", "deductions", "published",
    ]
    static let criterionFields: FieldNames = ["id", "self", "appraised", "final", "na", "survey", "department", "note"]
    static let deductionFields: FieldNames = [
        "code", "content", "reason", "points", "remediation", "responsible", "formerly",
    ]
    static let publishedFields: FieldNames = ["self", "appraised", "final", "rank", "of"]

    private static func decode(
        _ root: JSONValue, source: SourceText, frameworks: FrameworkStore, override: Framework?, details: Bool,
        _ c: inout DiagnosticCollector
    ) -> (Scorecard, Framework?)? {
        // A framework file given for a scorecard is one mistake, not a dozen unknown fields.
        if let format = FieldReader.otherKind(root, format: FrameworkReader.format, holding: "domains") {
            c.error(Messages.frameworkNotScorecard, at: format.offset)
            return nil
        }
        guard let doc = FieldReader(root, subject: .document, known: documentFields, into: &c) else { return nil }
        if let format = doc.string("format", required: true, into: &c), format != Self.format {
            c.error(
                Messages.unknownScorecardFormat(
                    Text.clipped(format), expected: Self.format, isFramework: format == FrameworkReader.format),
                at: doc.value("format")?.offset)
        }
        let reference = doc.string("framework", required: true, into: &c)
        var framework = override
        if framework == nil, let reference {
            switch frameworks.resolve(reference, relativeTo: source.name, language: c.language) {
            case .success(let f): framework = f
            case .failure(let problem):
                c.error(Messages.frameworkField(problem.message), at: doc.value("framework")?.offset)
                c.append(problem.details)
            }
        }
        let unit = doc.string("unit", required: true, into: &c)
        let year = doc.integer("year", required: true, in: 1900...2200, into: &c)
        var scorecard = Scorecard(
            frameworkReference: reference ?? "", unit: unit ?? "",
            district: doc.string("district", into: &c), province: doc.string("province", into: &c),
            year: year ?? 0, entries: [], deductions: nil, published: nil)

        // The framework's nodes, read once: each entry's checks read its node's fields in place.
        let nodes = framework?.nodes ?? []
        // Where each criterion was first listed: by its node's position when the framework has
        // it, by id otherwise.
        var seenAt = [Int?](repeating: nil, count: nodes.count)
        var seen: [String: Int] = [:]
        let values = doc.array("criteria", required: true, into: &c) ?? []
        // Files list the criteria in the framework's order: the node after the last one read (or
        // after its group's node) is looked at before any look-up.
        var hint: Int?
        scorecard.entries.reserveCapacity(values.count)
        for value in values {
            guard
                let entry = decodeEntry(
                    value, framework, nodes: nodes, listed: values, hint: hint, details: details, &c)
            else { continue }
            if let node = entry.node {
                hint = node + 1 < nodes.count && !nodes[node + 1].isLeaf ? node + 2 : node + 1
            }
            // Not `??`: its closure would hold a copy of the entry.
            let first: Int?
            if let node = entry.node { first = seenAt[node] } else { first = seen[entry.id] }
            if let first {
                c.error(at: entry.offset) {
                    Messages.listedTwice(firstLine: source.location(of: first).line)
                        .about(Messages.criterion(Text.clipped(entry.id)))
                }
                continue
            }
            if let node = entry.node { seenAt[node] = entry.offset } else { seen[entry.id] = entry.offset }
            scorecard.entries.append(consume entry)
        }
        if let framework, !c.hasErrors,
            framework.applicableMax(
                notApplicable: scorecard.entries.contains(where: \.na)
                    ? Set(scorecard.entries.filter(\.na).map(\.id)) : [])
                == .zero
        {
            c.error(Messages.everythingNotApplicable, at: doc.value("criteria")?.offset)
        }
        if let values = doc.array("deductions", into: &c) {
            var deductions: [Deduction] = []
            deductions.reserveCapacity(values.count)
            for value in values {
                if let deduction = decodeDeduction(value, framework, details: details, &c) {
                    deductions.append(deduction)
                }
            }
            scorecard.deductions = deductions
        }
        if let value = doc.value("published"), !value.isNull {
            scorecard.published = decodePublished(value, &c)
        }
        return (scorecard, framework)
    }

    private static func decodeEntry(
        _ value: JSONValue, _ framework: Framework?, nodes: [Criterion], listed: [JSONValue], hint: Int?,
        details: Bool, _ c: inout DiagnosticCollector
    ) -> ScoreEntry? {
        guard let r = FieldReader(value, subject: .criterion, namedBy: "id", known: criterionFields, into: &c)
        else { return nil }
        // An id of the framework written in plain ASCII (as ids are) is found by its bytes, and
        // the entry takes the node's own text: no `String` is made for it.
        let found = r.value("id")?.asciiString.flatMap { framework?.nodePosition(ascii: $0, hint: hint) }
        guard let id = found.flatMap({ framework?.nodeID(at: $0) }) ?? r.string("id", required: true, into: &c)
        else { return nil }
        // Made only for a message, never for a criterion with nothing wrong.
        var subject: Message? { r.subject }
        // The node's position: its fields are read in place, the node is never copied.
        let position = found ?? framework?.nodePosition(of: id, hint: hint)
        if let framework, position == nil {
            c.error(at: r.value("id")?.offset) {
                let ids = framework.criteria.map(\.id)
                let hint = Suggestion.hint(
                    for: id, in: ids, quoted: false, maxDistance: 2, preferring: Set(ids).subtracting(given(listed)))
                return (Messages.notInFramework(Text.clipped(framework.id)) + hint).about(subject)
            }
        }
        if let position, !nodes[position].isLeaf {
            c.error(at: r.value("id")?.offset) {
                let leaves = framework?.leaves(under: id).map(\.id) ?? []
                let shown = leaves.prefix(8).joined(separator: ", ") + (leaves.count > 8 ? ", …" : "")
                return Messages.hasSubCriteria(shown).about(subject)
            }
        }
        let department = r.string("department", keep: details, into: &c)
        let note = r.string("note", keep: details, into: &c)
        let na = r.bool("na", into: &c) ?? false
        let leaf = position.flatMap { nodes[$0].isLeaf ? $0 : nil }
        if na, let leaf, !nodes[leaf].optional {
            c.error(Messages.naOnlyForOptional.about(subject), at: r.value("na")?.offset)
        }
        var survey: Points?
        if let (percentage, offset) = r.points("survey", into: &c) {
            if let position, !nodes[position].survey {
                c.error(Messages.surveyOnlyForSurvey.about(subject), at: offset)
            } else if percentage < .zero || percentage > Points(hundredths: 10_000) {
                c.error(Messages.surveyNotPercentage(percentage).about(subject), at: offset)
            }
            if na { c.error(Messages.naButSurvey.about(subject), at: offset) }
            survey = percentage
        }
        var scores = StageScores()
        for stage in Stage.allCases {
            guard let (score, offset) = r.points(stage.field, into: &c) else { continue }
            if let framework, !framework.carries(stage) {
                c.error(at: offset) {
                    Messages.notAStage(stage, of: Text.clipped(framework.id), stages: framework.stages).about(subject)
                }
            } else if let position, nodes[position].survey {
                c.error(Messages.surveyTakesPercentage(not: stage).about(subject), at: offset)
            } else if na {
                c.error(Messages.naButScored(stage).about(subject), at: offset)
            } else if score < .zero {
                c.error(Messages.belowZero(stage, score).about(subject), at: offset)
            } else if let leaf, score > nodes[leaf].max {
                c.error(Messages.aboveMax(stage, score, max: nodes[leaf].max).about(subject), at: offset)
            }
            scores[stage] = score
        }
        // Made once, from what was read, rather than filled in field by field.
        var entry = ScoreEntry(
            id: id, scores: scores, na: na, survey: survey, department: department, note: note,
            offset: value.offset)
        entry.node = position
        return entry
    }

    /// The ids a file's criteria give, for a "did you mean" that prefers the ones it leaves out:
    /// made only for that message.
    private static func given(_ listed: [JSONValue]) -> [String] {
        listed.compactMap { value -> String? in
            guard case .object(let o) = value.kind else { return nil }
            return o["id"]?.stringValue
        }
    }

    private static func decodeDeduction(
        _ value: JSONValue, _ framework: Framework?, details: Bool, _ c: inout DiagnosticCollector
    ) -> Deduction? {
        guard let r = FieldReader(value, subject: .deduction, namedBy: "code", known: deductionFields, into: &c),
            let code = r.string("code", required: true, into: &c)
        else { return nil }
        var subject: Message? { r.subject }
        var owner = code
        var node: Int?
        if let framework {
            if let position = framework.ownerPosition(ofCode: code) {
                owner = framework.nodeID(at: position)
                node = position
            } else {
                c.error(Messages.codeBelongsToNone(framework.id).about(subject), at: r.value("code")?.offset)
            }
        }
        let points = r.points("points", required: true, into: &c)
        if let (p, offset) = points, p <= .zero {
            c.error(Messages.pointsNotPositive(p).about(subject), at: offset)
        }
        let responsible = r.names("responsible", keep: details, into: &c)
        let formerly = r.names("formerly", keep: details, into: &c)
        if responsible.blank {
            c.error(Messages.blankName("responsible").about(subject), at: r.value("responsible")?.offset)
        }
        if formerly.blank {
            c.error(Messages.blankName("formerly").about(subject), at: r.value("formerly")?.offset)
        }
        if formerly.count > 0, responsible.count == 0 {
            c.error(Messages.formerlyWithoutResponsible.about(subject), at: r.value("formerly")?.offset)
        }
        var deduction = Deduction(
            code: code, criterionID: owner, content: r.string("content", keep: details, into: &c),
            reason: r.string("reason", keep: details, into: &c), points: points?.0 ?? .zero,
            remediation: r.string("remediation", keep: details, into: &c), responsible: responsible.names,
            formerly: formerly.names,
            offset: value.offset)
        deduction.node = node
        return deduction
    }

    private static func decodePublished(_ value: JSONValue, _ c: inout DiagnosticCollector) -> Published? {
        guard let r = FieldReader(value, subject: .published, known: publishedFields, into: &c) else {
            return nil
        }
        var published = Published()
        for stage in Stage.allCases {
            guard let (p, offset) = r.points(stage.field, into: &c) else { continue }
            if p < .zero { c.error(Messages.belowZero(stage, p).about(Messages.published), at: offset) }
            published.totals[stage] = p
            published.offsets[stage] = offset
        }
        published.rank = r.integer("rank", in: 1...100_000, into: &c)
        published.of = r.integer("of", in: 1...100_000, into: &c)
        if let rank = published.rank, let of = published.of, rank > of {
            c.error(Messages.rankBeyondCount(rank, of).about(Messages.published), at: r.value("rank")?.offset)
        }
        return published
    }
}
