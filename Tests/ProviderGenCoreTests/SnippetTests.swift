import Testing

@testable import ProviderGenCore

/// YAML in, Swift out, one construct of the schema language at a time, in the manner of
/// swift-openapi-generator's snippet-based reference tests. The kitchen sink (KitchenSinkSnapshotTests)
/// covers every key together and compiles; these pin down what each construct becomes.
@Suite struct SnippetTests {
    /// A schema sending `Thing` and receiving `Receipt`, with `types` appended under `types:`.
    static func schema(types: String) -> String {
        """
        provider:
          module: Demo
        operations:
          createThing:
            method: POST
            path: /things
            body:
              type: Thing
            responses:
              200:
                type: Receipt
        types:

        """ + types
    }

    /// The generated file for `type`, without its header and imports.
    static func swift(of type: String, types: String) throws -> String {
        let generated = try HostileGenerationTests.generated(schema(types: types), "Demo/Models/\(type).swift")
        let imports = "import Foundation\n@_spi(Generated) import ProviderRuntime\n\n"
        let start = try #require(generated.range(of: imports))
        return String(generated[start.upperBound...])
    }

    static let receipt = """
          Receipt:
            fields:
              id:
                type: string

        """

    @Test func unionToldApartByJSONKindWithUnknownShapesKept() throws {
        let types = """
              Thing:
                fields:
                  owner:
                    type: Owner
              Owner:
                description: An owner's id, or the owner when expanded.
                open: true
                oneOf:
                  - case: id
                    type: string
                    minLength: 1
                  - type: Person
              Person:
                fields:
                  name:
                    type: string

            """ + Self.receipt
        #expect(
            try Self.swift(of: "Owner", types: types) == """
                /// An owner's id, or the owner when expanded.
                public indirect enum Owner: Codable, Hashable, Sendable {
                    case id(String)
                    case person(Person)
                    /// A shape the schema does not list, kept as read so that encoding writes it back unchanged.
                    case unknown(JSONValue)

                    public init(from decoder: any Decoder) throws {
                        let container = try decoder.singleValueContainer()
                        let kind = try JSONKind(of: decoder)
                        switch kind {
                        case .string:
                            self = .id(try container.decode(String.self))
                        case .object:
                            self = .person(try container.decode(Person.self))
                        default:
                            self = .unknown(try JSONValue(from: decoder))
                        }
                    }

                    public func encode(to encoder: any Encoder) throws {
                        var container = encoder.singleValueContainer()
                        switch self {
                        case .id(let value):
                            try container.encode(value)
                        case .person(let value):
                            try container.encode(value)
                        case .unknown(let value):
                            try container.encode(value)
                        }
                    }
                }

                extension Owner {
                    /// Checks the rules of the shape this value has, reporting at `component`.
                    public func validate(into report: inout ValidationReport, at component: PathComponent) {
                        switch self {
                        case .id(let value):
                            report.length(value, min: 1, at: component)
                        case .person(let value):
                            report.nested(component) { value.validate(into: &$0) }
                        case .unknown:
                            break
                        }
                    }
                }

                """
        )
        let thing = try Self.swift(of: "Thing", types: types)
        #expect(thing.contains("            owner.validate(into: &report, at: \"owner\")\n"))
    }

    @Test func constantVariantsAreComparedBeforeTheKindDecides() throws {
        let types = """
              Thing:
                fields:
                  address:
                    type: Cleared
              Cleared:
                oneOf:
                  - type: Person
                  - case: cleared
                    value: ""
              Person:
                fields:
                  name:
                    type: string

            """ + Self.receipt
        let swift = try Self.swift(of: "Cleared", types: types)
        let decoder = """
                public init(from decoder: any Decoder) throws {
                    let container = try decoder.singleValueContainer()
                    let kind = try JSONKind(of: decoder)
                    switch kind {
                    case .string:
                        if try container.decode(String.self) == "" {
                            self = .cleared
                            return
                        }
                        throw DecodingError.noUnionShape(
                            Self.self,
                            expected: "an object or \\"\\"",
                            found: kind.description,
                            at: decoder.codingPath
                        )
                    case .object:
                        self = .person(try container.decode(Person.self))
                    default:
                        throw DecodingError.noUnionShape(
                            Self.self,
                            expected: "an object or \\"\\"",
                            found: kind.description,
                            at: decoder.codingPath
                        )
                    }
                }
            """
        #expect(swift.contains(decoder))
        #expect(swift.contains("        case .cleared:\n            try container.encode(\"\")\n"))
        #expect(swift.contains("    /// The value `\"\"` on the wire.\n    case cleared\n"))
    }

    @Test func discriminatedUnionReadsTheTagField() throws {
        let types = """
              Thing:
                fields:
                  source:
                    type: Source
              Source:
                discriminator: object
                oneOf:
                  - type: Card
                    when: card
                  - type: Bank
                    when: bank
              Card:
                fields:
                  object:
                    type: string
              Bank:
                fields:
                  object:
                    enum: [bank]

            """ + Self.receipt
        let swift = try Self.swift(of: "Source", types: types)
        #expect(
            swift.contains(
                """
                        let tag = JSONKind.discriminator("object", of: decoder)
                        switch tag {
                        case "card":
                            self = .card(try container.decode(Card.self))
                        case "bank":
                            self = .bank(try container.decode(Bank.self))
                        default:
                            throw DecodingError.noUnionShape(
                                Self.self,
                                expected: "an object whose 'object' is card or bank",
                                found: tag.map { "'object' " + $0 } ?? "no string 'object'",
                                at: decoder.codingPath
                            )
                        }
                """
            )
        )
    }

    @Test func jsonStringFieldsUseTheirCodingBothWays() throws {
        let types = """
              Thing:
                fields:
                  metadata:
                    type: jsonString
                    content:
                      type: map
                      values: string
                  stamps:
                    type: jsonString
                    required: true
                    content:
                      type: array
                      items:
                        type: dateTime
                        dateFormat: unixSeconds

            """ + Self.receipt
        let swift = try Self.swift(of: "Thing", types: types)
        for line in [
            "    public var metadata: [String: String]?\n",
            "    /// - Wire format: JSON text in a string\n",
            "            coding: .jsonString(of: .plain([String: String].self))\n",
            "    public var stamps: [Date]\n",
            "try container.decode(forKey: .stamps, coding: .jsonString(of: .array(of: .date(.unixSeconds))))\n",
            "try container.encode(self.stamps, forKey: .stamps, coding: .jsonString(of: .array(of: .date(.unixSeconds))))\n",
        ] {
            #expect(swift.contains(line), "\(line)")
        }
    }

    @Test func warningConstraintsAndGroupRules() throws {
        let types = """
              Thing:
                fields:
                  name:
                    type: string
                    maxLength: 50
                    warnings:
                      maxLength: 30
                  email:
                    type: string
                  phone:
                    type: string
                rules:
                  - atLeastOneOf: [email, phone]
                  - id: onlyOne
                    exactlyOneOf: [email, phone]
                    message: give an email or a phone, not both
                    severity: warning

            """ + Self.receipt
        let swift = try Self.swift(of: "Thing", types: types)
        #expect(
            swift.contains(
                """
                        if let name = self.name {
                            report.length(name, max: 50, at: "name")
                            report.warnings { report in
                                report.length(name, max: 30, at: "name")
                            }
                        }
                        report.atLeastOne(
                            of: ["email", "phone"],
                            present: [self.email != nil, self.phone != nil],
                            rule: "atLeastOneOf"
                        )
                        report.exactlyOne(
                            of: ["email", "phone"],
                            present: [self.email != nil, self.phone != nil],
                            rule: "onlyOne",
                            message: "give an email or a phone, not both",
                            severity: .warning
                        )
                """
            )
        )
        #expect(swift.contains("    /// - Warning unless: Length: at most 30 characters\n"))
    }

    /// The README's union examples load as written, next to the types they name.
    @Test func readmeUnionExamplesLoad() throws {
        let readme = try ReadmeWalkthroughTests.readme()
        let start = try #require(readme.range(of: "**Unions** (`oneOf`)"))
        let open = try #require(readme.range(of: "```yaml\ntypes:\n", range: start.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```\n", range: open.upperBound..<readme.endIndex))
        let named = ["Customer", "Address"].map { "  \($0):\n    fields:\n      name:\n        type: string\n" }
        let tagged = ["Card", "BankAccount"].map {
            "  \($0):\n    fields:\n      object:\n        type: string\n        required: true\n"
        }
        let types = String(readme[open.upperBound..<close.lowerBound]) + (named + tagged).joined()
        let thing = "  Thing:\n    fields:\n      reference:\n        type: CustomerReference\n"
        #expect(HostileGenerationTests.diagnostics(Self.schema(types: types + thing + Self.receipt)) == [])
    }

    @Test func nullableResponseFieldsAreOptionalsThatRememberAbsence() throws {
        let types = """
              Thing:
                fields:
                  note:
                    type: string
                    nullable: true
              Receipt:
                fields:
                  note:
                    type: string
                    nullable: true
                  middleName:
                    type: string
                    nullable: true
                    distinguishNull: true

            """
        let sent = try Self.swift(of: "Thing", types: types)
        #expect(sent.contains("    public var note: Nullable<String>?\n"))
        let received = try Self.swift(of: "Receipt", types: types)
        for line in [
            "    public var note: String?\n",
            "    public var middleName: Nullable<String>?\n",
            "        self.note = try container.decodeIfPresent(String.self, forKey: .note)\n",
            "        self.wireAbsence = WireAbsence(container, among: [(.note, self.note)])\n",
            "        if !wireAbsence.omits(CodingKeys.note, whileStill: self.note) {\n"
                + "            try container.encodeOrNull(self.note, forKey: .note)\n",
            "        try container.encodeNullableIfPresent(self.middleName, forKey: .middleName)\n",
        ] {
            #expect(received.contains(line), "\(line)")
        }
    }
}
