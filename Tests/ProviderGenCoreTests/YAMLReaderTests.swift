import Foundation
import Testing

@testable import ProviderGenCore

@Suite("YAML reader")
struct YAMLReaderTests {
    static let file = "schemas/test.yaml"

    static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLParseResult {
        YAMLReader.parse(Array(text.utf8), file: file, limits: limits)
    }

    /// Parses a document that must be clean and returns its root.
    static func root(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLNode {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)", sourceLocation: sourceLocation)
        return try #require(result.root, sourceLocation: sourceLocation)
    }

    static func at(_ line: Int, _ column: Int) -> ProviderGenCore.SourceLocation {
        ProviderGenCore.SourceLocation(file: file, line: line, column: column)
    }

    /// Thrown by the shape helpers; a thrown error fails the test with this text.
    struct UnexpectedShape: Error, CustomStringConvertible {
        var description: String
    }

    static func pairs(_ node: YAMLNode) throws -> [YAMLNode.Pair] {
        guard case .mapping(let pairs) = node.content else {
            throw UnexpectedShape(description: "expected a mapping at \(node.location), got \(node.kindDescription)")
        }
        return pairs
    }

    static func items(_ node: YAMLNode) throws -> [YAMLNode] {
        guard case .sequence(let items) = node.content else {
            throw UnexpectedShape(description: "expected a sequence at \(node.location), got \(node.kindDescription)")
        }
        return items
    }

    static func value(_ key: String, in node: YAMLNode, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> YAMLNode
    {
        let found = try pairs(node).first { $0.key.scalar == key }
        return try #require(found?.value, "no key \(key)", sourceLocation: sourceLocation)
    }

    // MARK: Scalars

    @Test func scalarStylesKeepTextAndStyle() throws {
        let root = try Self.root(
            """
            plain: hello world
            single: 'it''s'
            double: "tab\\tend"
            literal: |
              line one
              line two
            folded: >
              folded
              text
            end: x
            """
        )
        let expected: [(String, String, ScalarStyle)] = [
            ("plain", "hello world", .plain),
            ("single", "it's", .singleQuoted),
            ("double", "tab\tend", .doubleQuoted),
            ("literal", "line one\nline two\n", .literal),
            ("folded", "folded text\n", .folded),
        ]
        for (key, text, style) in expected {
            let node = try Self.value(key, in: root)
            #expect(node.content == .scalar(text, style), "\(key)")
            #expect(node.tag == nil)
            #expect(node.resolved == .string(text))
        }
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
        let root = try Self.root(
            """
            a: "true"
            b: 'null'
            c: "12"
            d: |
              12
            e: ''
            """
        )
        #expect(try Self.value("a", in: root).resolved == .string("true"))
        #expect(try Self.value("b", in: root).resolved == .string("null"))
        #expect(try Self.value("c", in: root).resolved == .string("12"))
        #expect(try Self.value("d", in: root).resolved == .string("12\n"))
        #expect(try Self.value("e", in: root).resolved == .string(""))
        #expect(try Self.value("e", in: root).isNull == false)
    }

    @Test func explicitTagsAreKeptAndHonoured() throws {
        let root = try Self.root(
            """
            str: !!str 12
            int: !!int "42"
            badInt: !!int abc
            float: !!float 1
            bool: !!bool true
            badBool: !!bool yes
            null: !!null ~
            nonSpecific: ! 12
            local: !money 12
            seq: !!seq [a]
            plain: 12
            """
        )
        let cases: [(String, String?, ResolvedScalar)] = [
            ("str", "tag:yaml.org,2002:str", .string("12")),
            ("int", "tag:yaml.org,2002:int", .int(42)),
            ("badInt", "tag:yaml.org,2002:int", .string("abc")),
            ("float", "tag:yaml.org,2002:float", .float(1)),
            ("bool", "tag:yaml.org,2002:bool", .bool(true)),
            ("badBool", "tag:yaml.org,2002:bool", .string("yes")),
            ("null", "tag:yaml.org,2002:null", .null),
            ("nonSpecific", "!", .string("12")),
            ("local", "!money", .string("12")),
            ("plain", nil, .int(12)),
        ]
        for (key, tag, resolved) in cases {
            let node = try Self.value(key, in: root)
            #expect(node.tag == tag, "\(key)")
            #expect(node.resolved == resolved, "\(key)")
        }
        let sequence = try Self.value("seq", in: root)
        #expect(sequence.tag == "tag:yaml.org,2002:seq")
        #expect(sequence.resolved == nil)
    }

    static let resolutionTable: [(String, ResolvedScalar)] = [
        ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("nULL", .string("nULL")),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("tRUE", .string("tRUE")),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("0", .int(0)), ("-17", .int(-17)), ("+5", .int(5)), ("007", .int(7)),
        ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)),
        ("0o8", .string("0o8")), ("0x", .string("0x")), ("0xG", .string("0xG")), ("+0x1", .string("+0x1")),
        ("0b101", .string("0b101")), ("1_000", .string("1_000")),
        ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
        ("9223372036854775808", .float(9.223372036854775808e18)),
        ("0x10000000000000000", .string("0x10000000000000000")),
        ("1.5", .float(1.5)), ("-.5", .float(-0.5)), (".5", .float(0.5)), ("1.", .float(1)),
        ("1e3", .float(1000)), ("1.e3", .float(1000)), ("6.02E+23", .float(6.02e23)), ("2e-2", .float(0.02)),
        ("1e", .string("1e")), ("e5", .string("e5")), (".", .string(".")), ("1.2.3", .string("1.2.3")),
        ("+", .string("+")), ("12abc", .string("12abc")),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
        ("inf", .string("inf")), ("Infinity", .string("Infinity")), ("-.nan", .string("-.nan")),
        ("nan", .string("nan")), ("stripe", .string("stripe")), ("2024-01-01", .string("2024-01-01")),
    ]

    @Test(arguments: resolutionTable)
    func plainScalarResolution(text: String, expected: ResolvedScalar) throws {
        let node = try Self.value("v", in: Self.root("v: \(text)"))
        #expect(node.scalar == text)
        #expect(node.resolved == expected)
    }

    @Test func notANumberAndEmptyValues() throws {
        let root = try Self.root("a: .nan\nb: .NaN\nc: .NAN\nd:\ne: \n")
        for key in ["a", "b", "c"] {
            guard case .float(let value) = try Self.value(key, in: root).resolved else {
                Issue.record("\(key) did not resolve to a float")
                continue
            }
            #expect(value.isNaN)
        }
        for key in ["d", "e"] {
            let node = try Self.value(key, in: root)
            #expect(node.content == .scalar("", .plain))
            #expect(node.isNull)
        }
    }

    @Test func conveniencesDescribeKinds() throws {
        let root = try Self.root(
            """
            m: {}
            s: []
            str: x
            int: 1
            num: 1.5
            bool: false
            nil: ~
            """
        )
        let expected = [
            "m": "a mapping", "s": "a sequence", "str": "a string", "int": "an integer",
            "num": "a number", "bool": "a boolean", "nil": "null",
        ]
        for (key, description) in expected {
            #expect(try Self.value(key, in: root).kindDescription == description, "\(key)")
        }
        #expect(try Self.value("m", in: root).scalar == nil)
        #expect(try Self.value("m", in: root).isNull == false)
        #expect(try Self.value("nil", in: root).isNull)
        #expect(try Self.value("str", in: root).scalar == "x")
    }

    // MARK: Structure and locations

    @Test func mappingsKeepDocumentOrder() throws {
        let root = try Self.root("zeta: 1\nalpha: 2\nmid: 3\nbeta: 4\n")
        #expect(try Self.pairs(root).map { $0.key.scalar } == ["zeta", "alpha", "mid", "beta"])
        let flow = try Self.root("{z: 1, a: 2, m: 3}")
        #expect(try Self.pairs(flow).map { $0.key.scalar } == ["z", "a", "m"])
    }

    @Test func nestedNodesCarryExactLocations() throws {
        let root = try Self.root(
            """
            provider: stripe
            operations:
              - name: charge
                params:
                  amount: [1, 2]
                  note: "hi"
            """
        )
        #expect(root.location == Self.at(1, 1))
        let top = try Self.pairs(root)
        #expect(top[0].key.location == Self.at(1, 1))
        #expect(top[0].value.location == Self.at(1, 11))
        #expect(top[1].key.location == Self.at(2, 1))

        let operations = top[1].value
        #expect(operations.location == Self.at(3, 3))
        let operation = try #require(Self.items(operations).first)
        #expect(operation.location == Self.at(3, 5))
        let operationPairs = try Self.pairs(operation)
        #expect(operationPairs[0].key.location == Self.at(3, 5))
        #expect(operationPairs[0].value.location == Self.at(3, 11))

        let params = try Self.value("params", in: operation)
        #expect(params.location == Self.at(5, 7))
        let amount = try Self.value("amount", in: params)
        #expect(amount.location == Self.at(5, 15))
        #expect(try Self.items(amount).map(\.location) == [Self.at(5, 16), Self.at(5, 19)])
        #expect(try Self.value("note", in: params).location == Self.at(6, 13))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try Self.root("é: ü\nnäme: [ü, x]\n")
        let list = try Self.value("näme", in: root)
        #expect(try Self.items(list).map(\.location) == [Self.at(2, 8), Self.at(2, 11)])
    }

    @Test func aliasesReuseTheAnchoredNodeAtTheAliasLocation() throws {
        let root = try Self.root(
            """
            base: &money {type: integer}
            amount: *money
            """
        )
        let original = try Self.value("base", in: root)
        let copy = try Self.value("amount", in: root)
        #expect(copy.content == original.content)
        #expect(copy.location == Self.at(2, 9))
        #expect(try Self.pairs(copy)[0].key.location == Self.at(1, 15))
    }

    // MARK: Errors

    @Test func duplicateKeysPointAtBothDefinitions() throws {
        let result = Self.parse(
            """
            name: a
            other: b
            name: c
            nested:
              x: 1
              "x": 2
              y: 3
              x: 4
            """
        )
        let expectedDiagnostics = [
            Diagnostic.error(
                at: Self.at(3, 1),
                "duplicate key 'name' in mapping",
                notes: [.init(location: Self.at(1, 1), message: "first defined here")]
            ),
            Diagnostic.error(
                at: Self.at(6, 3),
                "duplicate key 'x' in mapping",
                notes: [.init(location: Self.at(5, 3), message: "first defined here")]
            ),
            Diagnostic.error(
                at: Self.at(8, 3),
                "duplicate key 'x' in mapping",
                notes: [.init(location: Self.at(5, 3), message: "first defined here")]
            ),
        ]
        #expect(result.diagnostics == expectedDiagnostics)
        // Not fatal: the tree is still there, with every pair in order.
        let root = try #require(result.root)
        #expect(try Self.pairs(root).map { $0.key.scalar } == ["name", "other", "name", "nested"])
    }

    @Test func duplicateKeysInLargeMappingsAreFound() {
        var lines = (0..<40).map { "key\($0): \($0)" }
        lines.insert("key3: again", at: 10)
        lines.append("key35: again")
        let result = Self.parse(lines.joined(separator: "\n"))
        #expect(result.diagnostics.map(\.location) == [Self.at(11, 1), Self.at(42, 1)])
        #expect(result.diagnostics.map { $0.notes.map(\.location) } == [[Self.at(4, 1)], [Self.at(37, 1)]])
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try Self.root("a: {id: 1}\nb: {id: 2}\nc: [{id: 1}, {id: 2}]\n")
        #expect(try Self.pairs(root).count == 3)
    }

    @Test func libyamlSyntaxErrorsKeepTheirLocation() {
        let reserved = Self.parse("name: ok\nvalue: @oops\n")
        #expect(reserved.root == nil)
        #expect(
            reserved.diagnostics == [
                .error(
                    at: Self.at(2, 8),
                    "found character that cannot start any token while scanning for the next token"
                )
            ]
        )

        let unclosed = Self.parse("a: [1, 2\nb: 3\n")
        #expect(unclosed.root == nil)
        #expect(
            unclosed.diagnostics == [
                .error(
                    at: Self.at(2, 2),
                    "did not find expected ',' or ']' while parsing a flow sequence",
                    notes: [.init(location: Self.at(1, 4), message: "the flow sequence started here")]
                )
            ]
        )

        // Without a final line break libyaml would say 2:1, a line the file does not have.
        let atEnd = Self.parse("a: [1, 2")
        #expect(
            atEnd.diagnostics == [
                .error(
                    at: Self.at(1, 9),
                    "did not find expected ',' or ']' while parsing a flow sequence",
                    notes: [.init(location: Self.at(1, 4), message: "the flow sequence started here")]
                )
            ]
        )
        let quote = Self.parse("a: 1\nb: \"abc")
        #expect(quote.diagnostics.map(\.location) == [Self.at(2, 8)])
    }

    @Test func unknownAndRecursiveAliasesAreErrors() {
        let unknown = Self.parse("a: 1\nb: *missing\n")
        #expect(unknown.root == nil)
        #expect(
            unknown.diagnostics == [
                .error(at: Self.at(2, 4), "unknown alias '*missing': no anchor '&missing' appears before it")
            ]
        )
        let recursive = Self.parse("a: &loop [1, *loop]\n")
        #expect(recursive.root == nil)
        #expect(recursive.diagnostics.map(\.location) == [Self.at(1, 14)])
        #expect(recursive.diagnostics.first?.message.contains("recursive") == true)
    }

    // MARK: Files

    @Test func parsesFilesAndReportsMissingOnes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yaml-reader-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("schema.yaml").path
        try Data("provider: adyen\nversion: 3\n".utf8).write(to: URL(fileURLWithPath: path))

        let result = YAMLReader.parse(contentsOf: path, displayPath: "schemas/adyen.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.location.file == "schemas/adyen.yaml")
        #expect(try Self.value("version", in: root).resolved == .int(3))

        let missing = YAMLReader.parse(
            contentsOf: directory.appendingPathComponent("none.yaml").path,
            displayPath: "none.yaml"
        )
        #expect(missing.root == nil)
        #expect(missing.diagnostics.count == 1)
        #expect(
            missing.diagnostics.first?.location == ProviderGenCore.SourceLocation(file: "none.yaml", line: 1, column: 1)
        )
        #expect(missing.diagnostics.first?.message.hasPrefix("cannot open file") == true)

        let folder = YAMLReader.parse(contentsOf: directory.path, displayPath: "dir")
        #expect(folder.root == nil)
        #expect(folder.diagnostics.count == 1)
    }

    // MARK: Speed

    /// About 200 lines shaped like a provider schema.
    static let schemaSample: String = {
        var lines = [
            "provider: examplepay", "baseURL: https://api.example.com/v1", "auth:", "  type: bearer", "operations:",
        ]
        for index in 0..<12 {
            lines += [
                "  - name: operation\(index)",
                "    method: POST",
                "    path: /v1/things/{id}/items\(index)",
                "    summary: \"Creates item \(index) for the given thing\"",
                "    params:",
                "      amount: {type: integer, minimum: 100, maximum: 99999999}",
                "      currency: {type: string, pattern: '^[A-Z]{3}$'}",
                "      capture: {type: boolean, default: true}",
                "      rate: {type: number, default: 1.5}",
                "      note:",
                "        type: string",
                "        maxLength: 255",
                "        nullable: true",
                "    responses:",
                "      200: {schema: Thing}",
                "      default: {schema: Error}",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Speed is measured by Benchmarks/, not here; this checks a schema-sized file parses whole.
    @Test func parsesSchemaSizedFiles() throws {
        let bytes = Array(Self.schemaSample.utf8)
        #expect(Self.schemaSample.split(separator: "\n").count >= 190)
        let result = YAMLReader.parse(bytes, file: Self.file)
        #expect(result.diagnostics.isEmpty)
        #expect(try Self.items(Self.value("operations", in: #require(result.root))).count == 12)
    }
}
