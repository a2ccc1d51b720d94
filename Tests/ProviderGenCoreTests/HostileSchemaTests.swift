import Foundation
import Testing

@testable import ProviderGenCore

/// The inputs of YAMLHostileInputTests, now through the whole schema loader: each ends in a clear
/// diagnostic at its line and column, quickly, never in a crash. Also: a folder of 1,000 schemas
/// with one bad file, non-string keys where the schema expects names, and megabyte-long strings.
/// Hostile input must fail fast, not run away: the time limit catches a hang, generously for a
/// loaded debug build. Speed itself is measured in Benchmarks/.
@Suite("Hostile schema input", .timeLimit(.minutes(10)))
struct HostileSchemaTests {
    static let file = "schemas/hostile.yaml"

    /// A valid schema to wrap hostile bytes around. Line numbers below refer to this text.
    static let valid = """
        provider:
          module: Demo
        operations:
          getThing:
            method: GET
            path: /things
            responses:
              200:
                type: Thing
        types:
          Thing:
            description: A thing.
            fields:
              name:
                type: string

        """

    static func load(_ bytes: [UInt8]) -> SchemaLoader.Result {
        SchemaFrontEnd.read(yaml: bytes, file: file)
    }

    static func load(_ text: String) -> SchemaLoader.Result {
        load(Array(text.utf8))
    }

    static func diagnostics(_ text: String) -> [String] {
        load(text).diagnostics.map(\.description)
    }

    static func diagnostics(_ bytes: [UInt8]) -> [String] {
        load(bytes).diagnostics.map(\.description)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func validBaseSchemaLoads() {
        let result = Self.load(Self.valid)
        #expect(result.diagnostics.isEmpty)
        #expect(result.schema != nil)
    }

    // MARK: Aliases and nesting

    @Test func billionLaughsInsideASchemaIsOneDiagnostic() {
        var lines = [
            "provider:", "  module: Demo",
            "  description: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
        ]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "x\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]"
            )
        }
        let result = Self.load(lines.joined(separator: "\n"))
        #expect(result.schema == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "schemas/hostile.yaml:7:9: error: alias '*d' repeats 7381 nodes, taking the nodes added by aliases past the limit of 10000"
            ]
        )
    }

    @Test func tenThousandOpenBracketsAnywhereStopAtTheDepthLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(
            Self.diagnostics(deep) == [
                "schemas/hostile.yaml:1:101: error: collections are nested deeper than 100 levels"
            ]
        )
        // The description sits three levels deep (the schema, 'types', 'Thing').
        let inDescription = Self.valid.replacingOccurrences(of: "description: A thing.", with: "description: " + deep)
        #expect(
            Self.diagnostics(inDescription) == [
                "schemas/hostile.yaml:12:115: error: collections are nested deeper than 100 levels"
            ]
        )
    }

    @Test func deepestAllowedNestingLoadsAndGenerates() throws {
        // Arrays of arrays as deep as the YAML depth limit allows: loading, checking and
        // generation recurse over field types, so this bounds their recursion too.
        var items = "string"
        var levels = 0
        while true {
            let next = "{type: array, items: \(items)}"
            let text = Self.valid.replacingOccurrences(of: "type: string", with: next)
            guard Self.load(text).diagnostics.isEmpty else { break }
            items = next
            levels += 1
        }
        #expect(levels > 40)
        let result = Self.load(Self.valid.replacingOccurrences(of: "type: string", with: items))
        #expect(result.diagnostics.isEmpty)
        let schema = try #require(result.schema)
        let files = ProviderGenerator.generate(schema)
        let model = try #require(files.first { $0.path == "Demo/Models/Thing.swift" })
        // Spelled Array<…<[String]>…>: nested [[…]] sugar type-checks in exponential time.
        #expect(
            model.contents.contains(
                "public var name: " + String(repeating: "Array<", count: levels - 1) + "[String]"
                    + String(repeating: ">", count: levels - 1) + "?"
            )
        )
    }

    // MARK: Size

    @Test func hundredMegabyteSchemaIsRefusedBeforeReading() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.yaml").path
        // A sparse file: its size is 100 MB without writing 100 MB, and the loader must refuse it
        // from its size alone.
        #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.valid.utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let result = SchemaFrontEnd.read(contentsOf: path, displayPath: "schemas/huge.yaml")
        #expect(result.schema == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "schemas/huge.yaml:1:1: error: file is 100.0 MB, larger than the 8.0 MB limit for YAML input"
            ]
        )
    }

    // MARK: Encoding

    @Test func invalidUTF8InADescriptionIsReportedAtTheByte() {
        let parts = Self.valid.components(separatedBy: "A thing.")
        let bytes = Array((parts[0] + "A thi").utf8) + [0xFF] + Array(("ng." + parts[1]).utf8)
        #expect(
            Self.diagnostics(bytes) == ["schemas/hostile.yaml:12:23: error: invalid leading UTF-8 octet (byte 0xFF)"]
        )
    }

    @Test func nulInAFieldNameIsReportedWhereItIs() {
        let text = Self.valid.replacingOccurrences(of: "      name:", with: "      na\u{0}me:")
        #expect(
            Self.diagnostics(text) == ["schemas/hostile.yaml:14:9: error: control characters are not allowed (U+0000)"]
        )
    }

    @Test func escapedNulAndControlsAreKeptInStrings() throws {
        // Escaped in double quotes, control characters are text like any other: they reach the
        // schema and are escaped again in generated Swift.
        let text = Self.valid.replacingOccurrences(
            of: "description: A thing.",
            with: #"description: "a\0b\x01c\u202Ed""#
        )
        let result = Self.load(text)
        #expect(result.diagnostics.isEmpty)
        let schema = try #require(result.schema)
        #expect(schema.type(named: "Thing")?.description == "a\u{0}b\u{1}c\u{202E}d")
        let model = try #require(ProviderGenerator.generate(schema).first { $0.path == "Demo/Models/Thing.swift" })
        #expect(model.contents.contains("/// aU+0bU+1cU+202Ed\n"))
    }

    @Test func byteOrderMarkIsAcceptedAndDoesNotShiftColumns() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let clean = Self.load(bom + Array(Self.valid.utf8))
        #expect(clean.diagnostics.isEmpty)
        #expect(clean.schema?.module == "Demo")
        let broken = bom + Array(Self.valid.replacingOccurrences(of: "module: Demo", with: "module: demo").utf8)
        #expect(
            Self.diagnostics(broken) == [
                "schemas/hostile.yaml:2:11: error: module 'demo' must be an UpperCamelCase Swift identifier such as 'Razorpay'"
            ]
        )
    }

    // MARK: Whitespace and line ends

    @Test func tabIndentationIsReportedAtTheTab() {
        let text = Self.valid.replacingOccurrences(of: "        type: string", with: "\ttype: string")
        #expect(
            Self.diagnostics(text) == [
                "schemas/hostile.yaml:15:1: error: found character that cannot start any token while scanning for the next token"
            ]
        )
    }

    @Test func crlfSchemaLoadsAndCountsLinesOnce() {
        let crlf = Self.valid.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.load(crlf).diagnostics.isEmpty)
        let broken = crlf.replacingOccurrences(of: "type: string", with: "type: strng")
        #expect(
            Self.diagnostics(broken) == [
                "schemas/hostile.yaml:15:15: error: unknown type 'strng'; did you mean 'string'?; expected string, integer, decimal, boolean, binaryBoolean, date, dateTime, json, jsonString, array, map or a type declared under 'types'"
            ]
        )
    }

    @Test func emptyAndCommentOnlySchemasAskForContent() {
        let expected = [
            "schemas/hostile.yaml:1:1: error: the schema is empty; it needs at least 'provider' and 'operations'"
        ]
        for input in ["", "# only a comment\n", "\n\n   \n", "\r\n", "~\n", "---\n...\n"] {
            #expect(Self.diagnostics(input) == expected, "\(input.debugDescription)")
        }
        #expect(Self.diagnostics([0xEF, 0xBB, 0xBF]) == expected)
    }

    @Test func secondDocumentIsAnError() {
        #expect(
            Self.diagnostics(Self.valid + "---\n" + Self.valid) == [
                "schemas/hostile.yaml:16:1: error: a schema file holds one YAML document; found a second one"
            ]
        )
    }

    @Test func scalarOrListInsteadOfASchema() {
        #expect(
            Self.diagnostics("just text\n") == [
                "schemas/hostile.yaml:1:1: error: the schema must be a mapping, found a string"
            ]
        )
        #expect(
            Self.diagnostics("- provider\n") == [
                "schemas/hostile.yaml:1:1: error: the schema must be a mapping, found a sequence"
            ]
        )
    }

    // MARK: Keys

    @Test func nonStringKeysAreReportedWhereTheSchemaExpectsNames() {
        let topLevel = "? [a, b]\n: x\n" + Self.valid
        #expect(
            Self.diagnostics(topLevel) == [
                "schemas/hostile.yaml:1:3: error: keys in the schema must be strings, found a sequence"
            ]
        )

        let field = Self.valid + "      {x: y}:\n        type: string\n"
        #expect(
            Self.diagnostics(field) == [
                "schemas/hostile.yaml:16:7: error: names in fields of 'Thing' must be strings, found a mapping"
            ]
        )

        let nullName = Self.valid + "      ~:\n        type: string\n"
        #expect(
            Self.diagnostics(nullName) == [
                "schemas/hostile.yaml:16:7: error: names in fields of 'Thing' must be strings, found null"
            ]
        )

        let nullKey = Self.valid.replacingOccurrences(
            of: "        type: string",
            with: "        type: string\n        ~: x"
        )
        #expect(
            Self.diagnostics(nullKey) == [
                "schemas/hostile.yaml:16:9: error: keys in field 'name' must be strings, found null"
            ]
        )

        let typeName = Self.valid + "  [Other]:\n    fields: {}\n"
        #expect(
            Self.diagnostics(typeName) == [
                "schemas/hostile.yaml:16:3: error: names in 'types' must be strings, found a sequence"
            ]
        )

        let status = Self.valid.replacingOccurrences(of: "      200:", with: "      [200]:")
        #expect(
            Self.diagnostics(status)
                == [
                    "schemas/hostile.yaml:8:7: error: response status must be a code from 100 to 599, a range such as 4XX, or 'default'; found 'a sequence'",
                    "schemas/hostile.yaml:4:3: error: operation 'getThing' documents no success response (2XX)",
                ].sorted()
        )
    }

    @Test func scalarKeysOfOtherTypesAreNamesAsWritten() throws {
        // `1:` and `true:` are an integer and a boolean in YAML, but their text is a fine wire name;
        // only null (which has no name) and collections are refused.
        let text = Self.valid + "      1:\n        type: string\n      true:\n        type: string\n"
        let result = Self.load(text)
        #expect(result.diagnostics.isEmpty)
        guard case .object(let object)? = try #require(result.schema).type(named: "Thing")?.kind else {
            Issue.record("Thing is not an object")
            return
        }
        #expect(object.fields.map(\.wireName) == ["name", "1", "true"])
        #expect(object.fields.map(\.swiftName) == ["name", "_1", "true"])
    }

    // MARK: Volume

    @Test func thousandSchemasWithOneBadFileStillGenerateTheRest() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let badIndex = 500
        for index in 0..<1_000 {
            var text = Self.valid.replacingOccurrences(of: "module: Demo", with: "module: Demo\(index)")
            if index == badIndex {
                text = text.replacingOccurrences(of: "type: string", with: "type: integr")
            }
            let name = String(format: "provider%04d.yaml", index)
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let run = GenerationRun.run(schemaFolder: folder.path, displayFolder: "schemas")
        #expect(run.schemaCount == 1_000)
        #expect(
            run.diagnostics.map(\.description) == [
                "schemas/provider0500.yaml:15:15: error: unknown type 'integr'; did you mean 'integer'?; expected string, integer, decimal, boolean, binaryBoolean, date, dateTime, json, jsonString, array, map or a type declared under 'types'"
            ]
        )
        // Client, one operation, one model and the DocC article per good schema.
        #expect(run.files.count == 999 * 4)
        #expect(!run.files.contains { $0.path.hasPrefix("Demo\(badIndex)/") })
        #expect(Set(run.files.map { $0.path.split(separator: "/")[0] }).count == 999)
    }

    @Test func megabyteStringsLoadAndGenerate() throws {
        let words = String(repeating: "*/ \"\"\" \\( 💳 ", count: (1 << 20) / 16)
        let solid = String(repeating: "x", count: 1 << 20)
        let longName = String(repeating: "n", count: 100_000)
        let text =
            Self.valid
            .replacingOccurrences(
                of: "description: A thing.",
                with:
                    "description: \"\(words.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
            )
            + "      solid:\n        type: string\n        description: \(solid)\n        default: '\(solid)'\n"
            + "      ? \(longName)\n      : type: string\n        swiftName: long\n        example: \(solid)\n"
            + "      kind:\n        enum: [\(solid)]\n"
        #expect(text.utf8.count > 5 << 20)
        let result = Self.load(Array(text.utf8))
        #expect(result.diagnostics.isEmpty)
        let schema = try #require(result.schema)
        let files = ProviderGenerator.generate(schema)
        let model = try #require(files.first { $0.path == "Demo/Models/Thing.swift" })
        #expect(model.contents.contains("solid: String = \"\(solid)\""))
        #expect(model.contents.contains("case \(solid)\n"))
        #expect(model.contents.contains("case long = \"\(longName)\""))
        // Words wrap at the line limit; nothing in them closes the comment or opens a string.
        let commentLines = model.contents.split(separator: "\n").filter { $0.hasPrefix("/// */") }
        #expect(commentLines.count > 1_000)
        #expect(commentLines.allSatisfy { $0.count <= 120 })
    }
}
