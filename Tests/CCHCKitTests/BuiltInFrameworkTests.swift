import Foundation
import Testing

@testable import CCHCKit

/// The built-in frameworks are Swift values, so that no start of `cchc` parses their JSON; the
/// JSON form stays the source they are generated from, and the two must say the same.
@Suite struct BuiltInFrameworkTests {
    /// Each built-in's id and the type whose `+Value.swift` file holds its value.
    static let types = ["thai-nguyen-xa-2023": "ThaiNguyenXa2023", "qd-766-2022": "QD7662022"]

    @Test func everyBuiltInHasItsValueFile() {
        #expect(Set(FrameworkStore.builtIns.map(\.id)) == Set(Self.types.keys))
    }

    @Test(arguments: FrameworkStore.builtIns.map(\.id))
    func theValueIsItsJSON(_ id: String) throws {
        let builtIn = try #require(FrameworkStore.builtIns.first { $0.id == id })
        let (parsed, diagnostics) = FrameworkReader.read(SourceText(name: id, bytes: Array(builtIn.text.utf8)))
        let framework = try #require(parsed, "\(diagnostics)")
        let type = try #require(Self.types[id])
        if ProcessInfo.processInfo.environment["CCHC_RECORD"] != nil {
            let file = Package.root + "/Sources/CCHCKit/Frameworks/\(type)+Value.swift"
            try FrameworkSwift.source(framework, type: type).write(toFile: file, atomically: false, encoding: .utf8)
            Issue.record("recorded \(file): run bash Scripts/lint.sh --fix, then review it with git diff")
        }
        #expect(
            Self.dump(builtIn.framework) == Self.dump(framework),
            "\(type)+Value.swift is not its JSON: regenerate it with CCHC_RECORD=1 swift test --filter BuiltInFrameworkTests"
        )
        // The value is what `framework show` and scoring use: resolving the id gives it.
        guard case .success(let resolved) = FrameworkStore().resolve(id, relativeTo: "") else {
            Issue.record("\(id) does not resolve")
            return
        }
        #expect(Self.dump(resolved) == Self.dump(framework))
    }

    /// Every field of a framework and of each node, one per line, children indented.
    static func dump(_ f: Framework) -> String {
        var lines = [
            "id \(f.id)", "title \(f.title)", "max \(f.max.hundredths)", "stages \(f.stages.map(\.rawValue))",
            "about \(f.about.level ?? "-") \(f.about.province ?? "-") \(f.about.years) \(f.about.source ?? "-")",
        ]
        lines += f.bands.map { "band \($0.min.hundredths) \($0.label)" }
        func node(_ c: Criterion, _ indent: String) {
            lines.append(
                indent
                    + "\(c.id) \(c.title) max \(c.max.hundredths) dept \(c.department ?? "-") optional \(c.optional) "
                    + "survey \(c.survey) \(c.kind.rawValue) domain \(c.domainID) parent \(c.parentID ?? "-") "
                    + "depth \(c.depth)")
            for child in c.criteria { node(child, indent + "  ") }
        }
        for d in f.domains { node(d, "") }
        return lines.joined(separator: "\n")
    }
}

/// Writes a framework as the Swift source of a value.
enum FrameworkSwift {
    static func source(_ f: Framework, type: String) -> String {
        var out = """
            // Generated from `\(type).json` by BuiltInFrameworkTests: do not edit; change the JSON, then
            // CCHC_RECORD=1 swift test --filter BuiltInFrameworkTests and bash Scripts/lint.sh --fix.

            extension \(type) {
                /// The framework as a Swift value: made at its first use, with nothing to parse.
                static let framework = Framework(
                    id: \(literal(f.id)), title: \(literal(f.title)),
                    bands: [

            """
        for b in f.bands {
            out += "            Band(min: Points(hundredths: \(b.min.hundredths)), label: \(literal(b.label))),\n"
        }
        out += "        ],\n        domains: [\n"
        func node(_ c: Criterion, _ indent: String) {
            out += indent + "Criterion(\n"
            out +=
                indent
                + "    id: \(literal(c.id)), title: \(literal(c.title)), max: Points(hundredths: \(c.max.hundredths)),\n"
            out += indent + "    department: \(c.department.map(literal) ?? "nil"),\n"
            if c.criteria.isEmpty {
                out += indent + "    criteria: [],\n"
            } else {
                out += indent + "    criteria: [\n"
                for child in c.criteria { node(child, indent + "        ") }
                out += indent + "    ],\n"
            }
            out += indent + "    optional: \(c.optional), survey: \(c.survey), kind: .\(c.kind.rawValue), "
            out +=
                "domainID: \(literal(c.domainID)), parentID: \(c.parentID.map(literal) ?? "nil"), depth: \(c.depth)),\n"
        }
        for d in f.domains { node(d, "            ") }
        let stages = f.stages.map { ".\($0 == .selfAssessed ? "selfAssessed" : $0.rawValue)" }
        out += "        ],\n"
        out += "        stages: [\(stages.joined(separator: ", "))],\n"
        let years = f.about.years.map(String.init).joined(separator: ", ")
        out += "        about: Framework.About(\n"
        out +=
            "            level: \(f.about.level.map(literal) ?? "nil"), province: \(f.about.province.map(literal) ?? "nil"),\n"
        out += "            years: [\(years)], source: \(f.about.source.map(literal) ?? "nil")))\n"
        out += "}\n"
        return out
    }

    /// A Swift string literal of `text`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
