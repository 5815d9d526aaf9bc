/// Reads and validates a `cchc-framework/1` document: the built-in framework and users' files
/// go through the same checks.
public enum FrameworkReader {
    /// The format tag of framework files.
    public static let format = "cchc-framework/1"

    /// Parses and validates a framework document.
    ///
    /// - Returns: the framework when the document is valid, and every message about it.
    public static func read(_ source: SourceText, language: Language = .vi) -> (Framework?, [Diagnostic]) {
        var collector = DiagnosticCollector(source: source, language: language)
        let framework: Framework?
        do {
            framework = try JSONParser.parse(source.bytes) { root, duplicates in
                for d in duplicates { collector.error(d.message, at: d.offset) }
                return decode(root, &collector)
            }
        } catch {
            collector.error(at: error.offset) { error.message.about(error.subject(in: source.bytes)) }
            framework = nil
        }
        return (collector.hasErrors ? nil : framework, collector.finished)
    }

    /// The fields of a framework document and of each node of its tree, in one place.
    static let documentFields: FieldNames = [
        "format", "id", "title", "level", "province", "years", "source", "stages", "bands", "domains",
    ]
    static let nodeFields: FieldNames = ["id", "title", "max", "department", "criteria", "optional", "source", "kind"]
    static let bandFields: FieldNames = ["min", "label"]
    /// A domain, a criterion, a sub-criterion and one more level, as some decisions have.
    static let maxDepth = 4

    private static func decode(_ root: JSONValue, _ c: inout DiagnosticCollector) -> Framework? {
        // A scorecard given for a framework is one mistake, not a dozen unknown fields.
        if let format = FieldReader.otherKind(root, format: ScorecardReader.format, holding: "criteria") {
            c.error(Messages.scorecardNotFramework, at: format.offset)
            return nil
        }
        guard let doc = FieldReader(root, subject: .document, known: documentFields, into: &c) else { return nil }
        if let format = doc.string("format", required: true, into: &c), format != Self.format {
            c.error(
                Messages.unknownFrameworkFormat(Text.clipped(format), expected: Self.format),
                at: doc.value("format")?.offset)
        }
        let id = doc.string("id", required: true, into: &c) ?? ""
        let title = doc.string("title", into: &c) ?? id
        let bands = decodeBands(doc, &c)
        let stages = decodeStages(doc, &c)
        var about = Framework.About(
            level: doc.string("level", into: &c), province: doc.string("province", into: &c),
            source: doc.string("source", into: &c))
        for value in doc.array("years", into: &c) ?? [] {
            guard case .number(let text) = value.kind, case .success(let p) = Points.parse(jsonNumber: text),
                p.hundredths % 100 == 0, (1900...2200).contains(p.hundredths / 100)
            else {
                c.error(Messages.yearsMustBeYears(found: value.typeName), at: value.offset)
                continue
            }
            about.years.append(p.hundredths / 100)
        }
        var tree = TreeReader()
        var domains: [Domain] = []
        for value in doc.array("domains", required: true, into: &c) ?? [] {
            if let domain = tree.node(value, parent: nil, inherited: (false, false, .regular), &c) {
                domains.append(domain)
            }
        }
        if domains.isEmpty, !c.hasErrors { c.error(Messages.noDomains, at: root.offset) }
        if !domains.isEmpty, !domains.contains(where: { $0.kind == .regular }), !c.hasErrors {
            c.error(Messages.noRegularDomain, at: root.offset)
        }
        return Framework(id: id, title: title, bands: bands, domains: domains, stages: stages, about: about)
    }

    /// Reads the tree of domains, criteria and sub-criteria, checking ids across all of it.
    private struct TreeReader {
        /// Where each id was first met.
        var seen: [String: Int] = [:]

        /// One node and everything under it; nil when it cannot be read at all.
        mutating func node(
            _ value: JSONValue, parent: Criterion?, inherited: (optional: Bool, survey: Bool, kind: Criterion.Kind),
            _ c: inout DiagnosticCollector
        ) -> Criterion? {
            let depth = parent.map { $0.depth + 1 } ?? 0
            let kindWord = depth == 0 ? Messages.domain : Messages.criterion
            guard
                let r = FieldReader(
                    value, subject: depth == 0 ? .domain : .criterion, known: nodeFields,
                    into: &c),
                let id = r.string("id", required: true, into: &c)
            else { return nil }
            let subject = kindWord(Text.clipped(id))
            if let first = seen[id] {
                let source = c.source
                c.error(at: r.value("id")?.offset) {
                    Messages.idUsedTwice(firstLine: source.location(of: first).line).about(subject)
                }
            } else {
                seen[id] = value.offset
            }
            if let parent, let dot = id.lastIndex(of: "."), id[..<dot] != parent.id {
                let parentWord = parent.depth == 0 ? Messages.domain : Messages.criterion
                c.error(
                    Messages.notUnder(parentWord(Text.clipped(parent.id))).about(subject), at: r.value("id")?.offset)
            }
            if depth >= FrameworkReader.maxDepth {
                c.error(Messages.tooManyLevels(FrameworkReader.maxDepth).about(subject), at: value.offset)
                return nil
            }
            var kind = inherited.kind
            if let word = r.string("kind", into: &c) {
                if depth > 0 {
                    c.error(Messages.kindOnDomainOnly.about(subject), at: r.value("kind")?.offset)
                } else if let k = Criterion.Kind(rawValue: word) {
                    kind = k
                } else {
                    c.error(Messages.kindValue(Text.clipped(word)).about(subject), at: r.value("kind")?.offset)
                }
            }
            var survey = inherited.survey
            if let word = r.string("source", into: &c) {
                if word == "survey" {
                    survey = true
                } else {
                    c.error(Messages.sourceValue(Text.clipped(word)).about(subject), at: r.value("source")?.offset)
                }
            }
            let optional = inherited.optional || (r.bool("optional", into: &c) ?? false)
            let maxValue = r.points("max", required: true, into: &c)
            if let (max, offset) = maxValue, max <= .zero {
                c.error(Messages.maxNotPositive(max).about(subject), at: offset)
            }
            var node = Criterion(
                id: id, title: r.string("title", into: &c) ?? id, max: maxValue?.0 ?? .zero,
                department: r.string("department", into: &c), optional: optional, survey: survey, kind: kind,
                domainID: parent?.domainID ?? id, parentID: parent?.id, depth: depth)
            if case .object(let extra)? = r.value("extra")?.kind {
                node.extra = extra.members.compactMap { m in m.value.stringValue.map { (m.key, $0) } }
            }
            // A domain must say what it holds; below it, a node without criteria is a leaf.
            let children = r.array("criteria", required: false, into: &c)
            for child in children ?? [] {
                if let n = self.node(child, parent: node, inherited: (optional, survey, kind), &c) {
                    node.criteria.append(n)
                }
            }
            if let children, children.isEmpty {
                c.error(Messages.criteriaEmpty.about(subject), at: r.value("criteria")?.offset)
            }
            if let (max, offset) = maxValue, !node.criteria.isEmpty {
                let sum = node.criteria.reduce(Points.zero) { $0 + $1.max }
                if sum != max {
                    c.error(Messages.maxNotSum(max, sum: sum, subCriteria: depth > 0).about(subject), at: offset)
                }
            }
            return node
        }
    }

    private static func decodeStages(_ doc: FieldReader, _ c: inout DiagnosticCollector) -> [Stage] {
        guard let values = doc.array("stages", into: &c) else { return Stage.allCases }
        var stages: [Stage] = []
        for value in values {
            guard let word = value.stringValue, let stage = Stage(rawValue: word) else {
                let found = value.stringValue.map { Message.same("\"\(Text.clipped($0))\"") } ?? value.typeName
                c.error(Messages.stagesValue(found: found), at: value.offset)
                continue
            }
            if let last = stages.last, stage <= last {
                c.error(Messages.stagesOrder(stage), at: value.offset)
                continue
            }
            stages.append(stage)
        }
        if values.isEmpty { c.error(Messages.isEmpty("stages"), at: doc.value("stages")?.offset) }
        return stages.isEmpty ? Stage.allCases : stages
    }

    private static func decodeBands(_ doc: FieldReader, _ c: inout DiagnosticCollector) -> [Band] {
        var bands: [Band] = []
        for value in doc.array("bands", required: true, into: &c) ?? [] {
            guard let b = FieldReader(value, subject: .band, known: bandFields, into: &c),
                let label = b.string("label", required: true, into: &c),
                let (min, offset) = b.points("min", required: true, into: &c)
            else { continue }
            let band = Messages.band(Text.clipped(label))
            if min < .zero { c.error(Messages.bandMinBelowZero.about(band), at: offset) }
            if let last = bands.last, min >= last.min {
                c.error(Messages.bandsOrder(min, follows: last.min).about(band), at: offset)
            }
            bands.append(Band(min: min, label: label))
        }
        return bands
    }
}
