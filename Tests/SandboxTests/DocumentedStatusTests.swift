import Foundation
import Jetpay
import Koywe
import PIK
import ProviderRuntime
import ProviderSandbox
import Testing

/// Every status the sandbox answers for Jetpay, Koywe and PIK (refusals, missing credentials and
/// injected faults) is one their schemas document, so generated clients read it as a typed case
/// rather than `.undocumented`.
@Suite(.timeLimit(.minutes(10)))
struct DocumentedStatusTests {
    static let json = ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"]
    static let koywePath = "/koywe/api/v1/organizations/org_1/merchants/mer_1/contacts"

    @Test func jetpayValidationFailureDecodesAsItsTyped422() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "PUT",
                "/jetpay/contact",
                headers: Self.json,
                body: Data(#"{"email": "not-an-email", "name": "John Smith"}"#.utf8)
            )
            let response = Jetpay.CreateContactResponse(status: reply.status, headers: [:], body: reply.body)
            guard case .unprocessableContent(.decoded(let error), _) = response else {
                Issue.record("expected a decoded 422, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(error.message.hasPrefix("email: "))
            #expect(error.detail.first?.loc == .array([.string("body"), .string("email")]))
        }
    }

    @Test func jetpayMalformedBodyAndMissingTokenDecodeAsClientErrors() async throws {
        try await withSandbox { sandbox in
            let malformed = try await sandbox.send("PUT", "/jetpay/contact", headers: Self.json, body: Data("{".utf8))
            #expect(malformed.status == 400)
            let refused = Jetpay.CreateContactResponse(status: malformed.status, headers: [:], body: malformed.body)
            guard case .clientError(.decoded(let message), _) = refused else {
                Issue.record("expected a decoded 400, got \(refused.status): \(refused.raw.text ?? "")")
                return
            }
            #expect(!message.message.isEmpty)
            let anonymous = try await sandbox.send(
                "PUT",
                "/jetpay/contact",
                headers: ["Content-Type": "application/json"],
                body: Data(#"{"email": "a@mail.com", "name": "A"}"#.utf8)
            )
            #expect(anonymous.status == 401)
            let unauthorized = Jetpay.CreateContactResponse(
                status: anonymous.status,
                headers: [:],
                body: anonymous.body
            )
            guard case .clientError(.decoded, _) = unauthorized else {
                Issue.record("expected a decoded 401, got \(unauthorized.raw.text ?? "")")
                return
            }
        }
    }

    @Test func koyweRefusalDecodesInItsDocumentedEnvelope() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "POST",
                Self.koywePath,
                headers: Self.json,
                body: Data(
                    #"{"countrySymbol": "CL", "firstName": "", "businessType": "PERSON", "type": "PERSON"}"#.utf8
                )
            )
            #expect(reply.status == 400)
            let response = Koywe.CreateContactResponse(status: reply.status, headers: [:], body: reply.body)
            guard case .clientError(.decoded(let error), _) = response else {
                Issue.record("expected a decoded 4XX, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(error.statusCode == 400)
            #expect(error.errorCode == "VALIDATION_ERROR")
            #expect(error.message.contains("firstName"))
        }
    }

    @Test func pikRefusalDecodesInItsEnvelope() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "POST",
                "/pik/api/v1/contact/create",
                headers: Self.json,
                body: Data(#"{"firstName": "Ana", "email": "not-an-email"}"#.utf8)
            )
            #expect(reply.status == 400)
            let response = PIK.CreateContactResponse(status: reply.status, headers: [:], body: reply.body)
            guard case .clientError(.decoded(let error), _) = response else {
                Issue.record("expected a decoded 4XX, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(error.code == 400)
            #expect(error.message.contains("email"))
        }
    }

    @Test(arguments: [429, 503])
    func injectedFaultsDecodeAsDocumentedErrors(status: Int) async throws {
        var faults = FaultOptions()
        try faults.addFault("\(status):1")
        try await withSandbox(faults: faults) { sandbox in
            let jetpay = try await sandbox.send(
                "PUT",
                "/jetpay/contact",
                headers: Self.json,
                body: Data(#"{"email": "a@mail.com", "name": "A"}"#.utf8)
            )
            #expect(jetpay.status == status)
            let jetpayResponse = Jetpay.CreateContactResponse(status: jetpay.status, headers: [:], body: jetpay.body)
            switch jetpayResponse {
            case .clientError(.decoded, _), .serverError(.decoded, _): break
            default: Issue.record("Jetpay \(status) is not a decoded error: \(jetpayResponse.raw.text ?? "")")
            }

            let koywe = try await sandbox.send("POST", Self.koywePath, headers: Self.json, body: Data("{}".utf8))
            #expect(koywe.status == status)
            let koyweResponse = Koywe.CreateContactResponse(status: koywe.status, headers: [:], body: koywe.body)
            switch koyweResponse {
            case .clientError(.decoded, _), .serverError(.decoded, _): break
            default: Issue.record("Koywe \(status) is not a decoded error: \(koyweResponse.raw.text ?? "")")
            }

            let pik = try await sandbox.send(
                "POST",
                "/pik/api/v1/contact/create",
                headers: Self.json,
                body: Data("{}".utf8)
            )
            #expect(pik.status == status)
            let pikResponse = PIK.CreateContactResponse(status: pik.status, headers: [:], body: pik.body)
            switch pikResponse {
            case .clientError(.decoded, _), .serverError(.decoded, _): break
            default: Issue.record("PIK \(status) is not a decoded error: \(pikResponse.raw.text ?? "")")
            }
        }
    }
}
