import Foundation
import Logging
@_spi(Generated) import ProviderRuntime
import Razorpay
import Testing

/// The generated Razorpay client end to end: `client.createContact(body)` over each transport
/// against a server on 127.0.0.1 that the test starts.
@Suite(.timeLimit(.minutes(10)))
struct GeneratedClientSendingTests {
    static let contact = """
        {"id":"cont_00HjGh1","entity":"contact","name":"Gaurav Kumar","contact":"9123456789",
         "email":"gaurav.kumar@example.com","type":"employee","reference_id":"Acme Contact ID 12345",
         "batch_id":null,"active":true,"notes":[],"created_at":1545320320}
        """

    static func client(_ kind: TransportKind, _ server: LoopbackServer) -> Razorpay.Client {
        Razorpay.Client(
            server: .custom(server.url),
            credentials: BasicCredentials(key: "rzp_test_key", secret: "rzp_test_secret"),
            transport: kind.transport,
            configuration: ClientConfiguration(
                middlewares: .standard(retry: SendingSuite.fastRetries, logger: SendingSuite.quiet)
            )
        )
    }

    @Test(arguments: TransportKind.allCases)
    func createContactSendsAndReturnsTheTypedResponse(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [
            .respond(status: 200, headers: [("Content-Type", "application/json")], body: Self.contact)
        ])
        let response = try await Self.client(kind, server).createContact(
            CreateContactRequest(name: "Gaurav Kumar", type: .employee)
        )
        guard case .ok(.decoded(let contact), let raw) = response else {
            Issue.record("expected a decoded contact, got \(response)")
            return
        }
        #expect(contact.id == "cont_00HjGh1")
        #expect(raw.headerText("Content-Type") == "application/json")
        let received = try #require(server.received.first)
        #expect(received.method == "POST")
        #expect(received.uri == "/v1/contacts")
        #expect(received.header("Authorization")?.hasPrefix("Basic ") == true)
        #expect(received.body.contains(#""name":"Gaurav Kumar""#))
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func aDocumentedErrorStatusIsAResponseCaseNotAThrow(_ kind: TransportKind) async throws {
        let body = #"{"error":{"code":"BAD_REQUEST_ERROR","description":"The name field is required."}}"#
        let server = try await LoopbackServer(script: [.respond(status: 400, body: body)])
        let response = try await Self.client(kind, server).createContact(CreateContactRequest(name: "Gaurav Kumar"))
        #expect(response.status == 400)
        guard case .clientError = response else {
            Issue.record("expected the 4XX case, got \(response)")
            return
        }
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func invalidInputIsThrownBeforeAnythingIsSent(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [])
        let error = await #expect(throws: ProviderError.self) {
            try await Self.client(kind, server).createContact(CreateContactRequest(name: ""))
        }
        guard case .invalidInput(.invalid(let issues)) = error else {
            Issue.record("expected invalid input, got \(String(describing: error))")
            return
        }
        #expect(issues.contains { $0.path == "name" })
        #expect(server.received.isEmpty)
        try await server.shutdown()
    }
}
