import Testing

@testable import ProviderGenCore

/// Tolerances, alternate names, remembered absence, body shapes and typed headers, as generated
/// text. RazorpayResponseTests and PayArcResponseTests run the same code against real bodies.
@Suite struct ResponseReadingGenerationTests {
    static let fields = """
              contact_id:
                type: string
                alternateNames: [contactId, ContactID]
                tolerate: [numberAsString]
              tags:
                type: map
                values:
                  type: dateTime
                  dateFormat: unixSeconds
                tolerate: [emptyArrayAsMap]
              count:
                type: integer
                default: 0

        """

    @Test func fieldsReadWithTheirTolerancesAndSpellings() throws {
        let model = try HostileGenerationTests.generated(
            HostileGenerationTests.withFields(Self.fields),
            "Demo/Models/Thing.swift"
        )
        let expected = [
            "case contactIdAlternate1 = \"contactId\"",
            "case contactIdAlternate2 = \"ContactID\"",
            "forKey: container.firstPresentKey(.contactId, .contactIdAlternate1, .contactIdAlternate2),",
            "coding: .numberAsString",
            "self.tags = try container.decodeIfPresent(forKey: .tags, coding: .emptyArrayAsMap(of: .date(.unixSeconds)))",
            // Writing is strict: the documented form only.
            "try container.encodeIfPresent(self.tags, forKey: .tags, coding: .map(of: .date(.unixSeconds)))",
            "try container.encodeIfPresent(self.contactId, forKey: .contactId)",
            // The default applies on read; re-encoding a body that left it out leaves it out.
            "self.count = try container.decodeIfPresent(Int.self, forKey: .count) ?? 0",
            "self.wireAbsence = WireAbsence(container, among: [(.count, self.count)])",
            "if !wireAbsence.omits(CodingKeys.count, whileStill: self.count) {",
            "var wireAbsence = WireAbsence()",
        ]
        for line in expected {
            #expect(model.contains(line), "missing: \(line)\n\(model)")
        }
        // The plain name field has no tolerance and no remembered absence.
        #expect(model.contains("self.name = try container.decodeIfPresent(String.self, forKey: .name)"))
    }

    @Test func providerTolerancesApplyToFittingFieldsOnly() throws {
        let yaml = HostileGenerationTests.withFields(
            "      notes:\n        type: map\n        values: string\n      size:\n        type: integer\n"
        ).replacingOccurrences(of: "auth:\n", with: "tolerate: [emptyArrayAsMap, numberAsString]\nauth:\n")
        let model = try HostileGenerationTests.generated(yaml, "Demo/Models/Thing.swift")
        #expect(model.contains("forKey: .notes, coding: .emptyArrayAsMap(of: .plain(String.self))"), "\(model)")
        #expect(model.contains("self.name = try container.decodeIfPresent(forKey: .name, coding: .numberAsString)"))
        #expect(model.contains("self.size = try container.decodeIfPresent(Int.self, forKey: .size)"))
        #expect(!model.contains("wireAbsence"), "no defaulted or required-nullable field")
    }

    @Test func shapesAndHeadersOnTheResponse() throws {
        let yaml = HostileGenerationTests.valid
            .replacingOccurrences(
                of: "        type: Thing\ntypes:",
                with:
                    "        type: Thing\n      4XX:\n        type: [Thing, Problem]\n      503: {}\ntypes:\n  Problem:\n    fields:\n      detail:\n        type: string"
            )
            .replacingOccurrences(
                of: "auth:\n",
                with:
                    "responseHeaders:\n  X-Request-Id:\n    swiftName: requestId\n  Idempotent-Replayed:\n    type: boolean\n  Retry-After:\n    type: retryAfter\nauth:\n"
            )
        let operation = try HostileGenerationTests.generated(yaml, "Demo/Operations/CreateThing.swift")
        let expected = [
            "case ok(ResponseContent<Thing>, raw: RawResponse)",
            "case clientError(ClientErrorBody, raw: RawResponse)",
            "case serviceUnavailable(raw: RawResponse)",
            "case undocumented(RawResponse)",
            "public enum ClientErrorBody: Hashable, Sendable {",
            "case thing(Thing)",
            "case problem(Problem)",
            "case unmatched([ResponseDecodingError])",
            "public init(status: Int, headers: HTTPFields, body: Data) {",
            "self = .clientError(ClientErrorBody(status: status, body: body), raw: raw)",
            "self = .serviceUnavailable(raw: raw)",
            "case .serviceUnavailable(let raw): return raw",
            "case .serviceUnavailable: return []",
            "public var requestId: String? { raw.headerText(\"X-Request-Id\") }",
            "public var idempotentReplayed: Bool? { raw.headerBoolean(\"Idempotent-Replayed\") }",
            "public var retryAfter: RetryAfter? { raw.headerRetryAfter(\"Retry-After\") }",
        ]
        for line in expected {
            #expect(operation.contains(line), "missing: \(line)\n\(operation)")
        }
        #expect(!operation.contains("throws(ResponseDecodingError)"), "reading a response never throws")
    }
}
