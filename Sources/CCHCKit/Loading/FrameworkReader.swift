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
            let (root, duplicates) = try JSONParser.parse(source.bytes)
            for d in duplicates { collector.error(d.message, at: d.offset) }
            framework = decode(root, &collector)
        } catch {
            collector.error(error.message, at: error.offset)
            framework = nil
        }
        return (collector.hasErrors ? nil : framework, collector.finished)
    }

    private static func decode(_ root: JSONValue, _ c: inout DiagnosticCollector) -> Framework? {
        guard
            let doc = FieldReader(
                root, subject: nil, known: ["format", "id", "title", "bands", "domains"], into: &c)
        else { return nil }
        if let format = doc.string("format", required: true, into: &c), format != Self.format {
            c.error(
                Messages.unknownFrameworkFormat(Text.clipped(format), expected: Self.format),
                at: doc.value("format")?.offset)
        }
        let id = doc.string("id", required: true, into: &c) ?? ""
        let title = doc.string("title", into: &c) ?? id
        let bands = decodeBands(doc, &c)

        var domains: [Domain] = []
        var seen: [String: Int] = [:]
        for value in doc.array("domains", required: true, into: &c) ?? [] {
            guard
                let d = FieldReader(
                    value, subject: Messages.domainUnnamed, known: ["id", "title", "max", "criteria"], into: &c),
                let domainID = d.string("id", required: true, into: &c)
            else { continue }
            let subject = Messages.domain(Text.clipped(domainID))
            if seen.updateValue(value.offset, forKey: domainID) != nil {
                c.error(Messages.idUsedTwice.about(subject), at: d.value("id")?.offset)
            }
            let domainMax = d.points("max", required: true, into: &c)
            var criteria: [Criterion] = []
            for cv in d.array("criteria", required: true, into: &c) ?? [] {
                guard
                    let r = FieldReader(
                        cv, subject: Messages.criterionUnnamed, known: ["id", "title", "max", "department"], into: &c),
                    let cid = r.string("id", required: true, into: &c)
                else { continue }
                let criterion = Messages.criterion(Text.clipped(cid))
                if seen.updateValue(cv.offset, forKey: cid) != nil {
                    c.error(Messages.idUsedTwice.about(criterion), at: r.value("id")?.offset)
                }
                if !cid.hasPrefix(domainID + ".") || cid.count <= domainID.count + 1 {
                    c.error(
                        Messages.notUnderDomain(Text.clipped(domainID)).about(criterion), at: r.value("id")?.offset)
                }
                guard let (max, maxOffset) = r.points("max", required: true, into: &c) else { continue }
                if max <= .zero { c.error(Messages.maxNotPositive(max).about(criterion), at: maxOffset) }
                criteria.append(
                    Criterion(
                        id: cid, title: r.string("title", into: &c) ?? cid, max: max,
                        department: r.string("department", into: &c), domainID: domainID))
            }
            if let (max, offset) = domainMax {
                let sum = criteria.reduce(Points.zero) { $0 + $1.max }
                if sum != max {
                    c.error(Messages.domainMaxNotSum(max, sum: sum).about(subject), at: offset)
                }
                domains.append(
                    Domain(id: domainID, title: d.string("title", into: &c) ?? domainID, max: max, criteria: criteria))
            }
        }
        if domains.isEmpty, !c.hasErrors { c.error(Messages.noDomains, at: root.offset) }
        return Framework(id: id, title: title, bands: bands, domains: domains)
    }

    private static func decodeBands(_ doc: FieldReader, _ c: inout DiagnosticCollector) -> [Band] {
        var bands: [Band] = []
        for value in doc.array("bands", required: true, into: &c) ?? [] {
            guard let b = FieldReader(value, subject: Messages.bandUnnamed, known: ["min", "label"], into: &c),
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
