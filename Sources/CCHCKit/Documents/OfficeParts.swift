/// The Open Packaging Conventions parts (ECMA-376 Part 2) that every Office document has:
/// the content types and the relationships.
enum OfficeParts {
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageNamespace = "http://schemas.openxmlformats.org/package/2006"

    /// `[Content_Types].xml`: relationships and plain XML by extension, each main part by name.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        var xml = XMLText.declaration + "<Types xmlns=\"\(packageNamespace)/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return xml + "</Types>"
    }

    /// `_rels/.rels`: the package's one relationship, to its main part.
    static func packageRelationships(target: String) -> String {
        relationships([("officeDocument", target)])
    }

    /// A relationships part: each (type, target) becomes `rId1`, `rId2`… in order.
    static func relationships(_ items: [(type: String, target: String)]) -> String {
        var xml = XMLText.declaration + "<Relationships xmlns=\"\(packageNamespace)/relationships\">"
        for (i, item) in items.enumerated() {
            xml += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationshipNamespace)/\(item.type)\" "
            xml += "Target=\"\(item.target)\"/>"
        }
        return xml + "</Relationships>"
    }
}
