import Foundation
@_spi(Generated) import ProviderRuntimeCore
import Testing

/// The runtime pieces behind unions, group rules, warning constraints and JSON held in strings.
@Suite struct SchemaLanguageRuntimeTests {
    // MARK: JSONKind(of:)

    struct KindProbe: Decodable {
        let kind: JSONKind
        init(from decoder: any Decoder) throws {
            kind = try JSONKind(of: decoder)
        }
    }

    @Test(arguments: [
        ("null", JSONKind.null), ("true", .boolean), ("0", .number), ("1", .number), ("-2.5e3", .number),
        ("\"1\"", .string), ("\"true\"", .string), ("[]", .array), ("[1]", .array), ("{}", .object),
    ])
    func theKindIsExactWithEitherDecoder(json: String, expected: JSONKind) throws {
        #expect(try JSONDecoder().decode(KindProbe.self, from: Data(json.utf8)).kind == expected)
        #expect(try ResponseBody.decode(KindProbe.self, status: 200, from: Data(json.utf8)).kind == expected)
    }

    struct TagProbe: Decodable {
        let tag: String?
        init(from decoder: any Decoder) throws {
            tag = JSONKind.discriminator("type", of: decoder)
        }
    }

    @Test(
        arguments: [
            (#"{"type":"card","n":1}"#, "card"), (#"{"type":1}"#, nil), (#"{"kind":"card"}"#, nil),
            (#""card""#, nil), ("[]", nil), (#"{"type":null}"#, nil),
        ] as [(String, String?)]
    )
    func theDiscriminatorIsAStringFieldOfAnObject(json: String, expected: String?) throws {
        #expect(try JSONDecoder().decode(TagProbe.self, from: Data(json.utf8)).tag == expected)
        #expect(try ResponseBody.decode(TagProbe.self, status: 200, from: Data(json.utf8)).tag == expected)
    }

    // MARK: JSON held in strings

    struct Holder: Codable, Equatable {
        var metadata: [String: Int]
        var stamps: [Date]?

        enum CodingKeys: String, CodingKey { case metadata, stamps }

        init(metadata: [String: Int], stamps: [Date]? = nil) {
            self.metadata = metadata
            self.stamps = stamps
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            metadata = try container.decode(forKey: .metadata, coding: .jsonString(of: .plain([String: Int].self)))
            stamps = try container.decodeIfPresent(
                forKey: .stamps,
                coding: .jsonString(of: .array(of: .date(.unixSeconds)))
            )
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(metadata, forKey: .metadata, coding: .jsonString(of: .plain([String: Int].self)))
            try container.encodeIfPresent(
                stamps,
                forKey: .stamps,
                coding: .jsonString(of: .array(of: .date(.unixSeconds)))
            )
        }
    }

    @Test func aValueTravelsAsJSONTextInAString() throws {
        let holder = Holder(metadata: ["seats": 3, "plan": 1], stamps: [Date(timeIntervalSince1970: 1_700_000_000)])
        let json = String(decoding: try JSONBody.encode(holder), as: UTF8.self)
        #expect(json == #"{"metadata":"{\"plan\":1,\"seats\":3}","stamps":"[1700000000]"}"#)
        #expect(try JSONDecoder().decode(Holder.self, from: Data(json.utf8)) == holder)
        #expect(try ResponseBody.decode(Holder.self, status: 200, from: Data(json.utf8)) == holder)
    }

    @Test(arguments: [
        #"{"metadata":"{plan}"}"#, #"{"metadata":"{\"plan\":\"gold\"}"}"#, #"{"metadata":{"plan":1}}"#,
        #"{"metadata":"{\"a\":1,\"a\":2}"}"#,
    ])
    func textThatIsNotJSONOfTheShapeIsRefused(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Holder.self, from: Data(json.utf8)) }
    }

    // MARK: Group rules and warnings

    @Test func atLeastOneAndExactlyOne() {
        var report = ValidationReport()
        report.atLeastOne(of: ["email", "phone"], present: [false, false])
        report.atLeastOne(of: ["email", "phone"], present: [false, true])
        report.exactlyOne(of: ["card", "bank"], present: [true, true])
        report.exactlyOne(of: ["card", "bank"], present: [false, false], rule: "oneSource", severity: .warning)
        report.exactlyOne(of: ["card", "bank"], present: [false, true])
        report.nested("payer") { $0.atLeastOne(of: ["a", "b"], present: [false, false], message: "give a or b") }
        #expect(
            report.issues.map(\.description) == [
                "at least one of email, phone must be given [atLeastOneOf]",
                "exactly one of card, bank must be given; card, bank are [exactlyOneOf]",
                "warning: exactly one of card, bank must be given; none is [oneSource]",
                "payer: give a or b [atLeastOneOf]",
            ]
        )
    }

    @Test func warningsScopeDowngradesOnlyItsOwnIssues() {
        var report = ValidationReport()
        report.length("abcdef", max: 3, at: "name")
        report.warnings { report in
            report.length("abcdef", max: 4, at: "name")
            report.nested("address") { $0.length("", min: 1, at: "city") }
        }
        report.length("", min: 1, at: "code")
        #expect(report.issues.map(\.severity) == [.error, .warning, .warning, .error])
        #expect(report.warnings.map(\.path) == ["name", "address.city"])
        #expect(report.hasErrors)
    }
}
