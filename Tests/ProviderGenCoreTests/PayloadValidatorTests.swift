import Foundation
import ProviderRuntimeCore
import Testing

@testable import ProviderGenCore

/// `providergen validate` on the providers' documented examples and on what a generated decoder
/// would refuse. Agreement with generated validators is checked in GeneratedClientsTests.
@Suite struct PayloadValidatorTests {
    static func issues(_ json: String, schema file: String, type: String) throws -> [String] {
        let schema = try #require(SchemaFrontEnd.read(contentsOf: RepositoryPaths.schemas + "/" + file).schema)
        let body = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        return PayloadValidator(schema: schema).validate(body, bodyType: type).issues.map(\.description)
    }

    @Test func razorpaysDocumentedExampleIsValid() throws {
        let example = """
            {"name":"Gaurav Kumar","email":"gaurav.kumar@example.com","contact":"9000090000","type":"employee",
             "reference_id":"Acme Contact ID 12345","notes":{"notes_key_1":"Tea, Earl Grey, Hot","notes_key_2":"Tea, Earl Grey… decaf."}}
            """
        #expect(try Self.issues(example, schema: "razorpay.yaml", type: "CreateContactRequest") == [])
    }

    @Test func jetpaysDocumentedExampleIsValid() throws {
        let example = #"{"email":"johnsmith@mail.com","name":"John Smith","tags":[],"language":"en"}"#
        #expect(try Self.issues(example, schema: "jetpay.yaml", type: "CreateContactRequest") == [])
    }

    @Test func reportsWhatADecoderWouldRefuse() throws {
        let payload = #"{"email":"johnsmith@mail.com","tags":"customer","language":"de","extra":1}"#
        #expect(
            try Self.issues(payload, schema: "jetpay.yaml", type: "CreateContactRequest") == [
                "name: is required [required]",
                "tags: must be an array, found a string [type]",
                "language: must be one of en, fr (got de) [enum]",
                "warning: extra: is not a field of this object; it would be ignored [unknownField]",
            ]
        )
    }

    @Test func nestedPathsAndFormats() throws {
        let payload = #"{"paymentContactAccount":{"iban":"DE89370400440532013001","isDefault":2}}"#
        let found = try Self.issues(payload, schema: "pik.yaml", type: "Contact")
        #expect(found.count == 2)
        #expect(found.contains { $0.hasPrefix("paymentContactAccount.iban: ") && $0.hasSuffix("[format.iban]") })
        #expect(found.contains("paymentContactAccount.isDefault: must be 0 or 1, found a number [type]"))
    }

    /// A date-time must be what its field's dateFormat says, not just any string.
    @Test func dateTimesAreCheckedAgainstTheirFormat() throws {
        func dateIssues(_ json: String, _ file: String, _ field: String) throws -> [String] {
            try Self.issues(json, schema: file, type: "Contact").filter { $0.hasPrefix(field + ":") }
        }
        #expect(try dateIssues(#"{"createdAt":"2024-01-02T03:04:05Z"}"#, "koywe.yaml", "createdAt") == [])
        #expect(
            try dateIssues(#"{"createdAt":"2024-13-02T03:04:05Z"}"#, "koywe.yaml", "createdAt") == [
                #"createdAt: must be an ISO 8601 date-time such as 2019-08-24T14:15:22Z, found "2024-13-02T03:04:05Z" [type]"#
            ]
        )
        #expect(try dateIssues(#"{"created_at":1545320320}"#, "razorpay.yaml", "created_at") == [])
        #expect(
            try dateIssues(#"{"created_at":"2018-12-20"}"#, "razorpay.yaml", "created_at") == [
                #"created_at: must be a Unix timestamp in seconds, found "2018-12-20" [type]"#
            ]
        )
    }
}
