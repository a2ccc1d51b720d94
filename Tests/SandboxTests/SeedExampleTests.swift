import Foundation
import Jetpay
import Koywe
import PIK
import PayArc
import ProviderRuntime
import Razorpay
import Testing

/// Each seed's documented example, sent by the generated client's own call to the sandbox,
/// succeeds and decodes into the response model.
@Suite(.timeLimit(.minutes(10)))
struct SeedExampleTests {
    /// No retries: a test must see exactly what the sandbox answered.
    static let configuration = ClientConfiguration(middlewares: .standard(retry: .none))

    @Test func razorpayContactIsCreatedFromTheRequestInRazorpayStyle() async throws {
        try await withSandbox { sandbox in
            let client = Razorpay.Client(
                server: .custom(sandbox.url(for: "Razorpay")),
                credentials: BasicCredentials(key: "rzp_test_key", secret: "secret"),
                configuration: Self.configuration
            )
            let request = Razorpay.CreateContactRequest(
                name: "Gaurav Kumar",
                email: "gaurav.kumar@example.com",
                contact: "9000090000",
                type: .employee,
                referenceId: "Acme Contact ID 12345",
                notes: ["notes_key_1": "Tea, Earl Grey, Hot"]
            )
            let response = try await client.createContact(request)
            guard case .ok(.decoded(let contact), _) = response else {
                Issue.record("expected a decoded 200, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(contact.name == "Gaurav Kumar")
            #expect(contact.email == "gaurav.kumar@example.com")
            #expect(contact.contact == "9000090000")
            #expect(contact.type == .employee)
            #expect(contact.referenceId == "Acme Contact ID 12345")
            #expect(contact.notes == ["notes_key_1": "Tea, Earl Grey, Hot"])
            #expect(contact.entity == "contact")
            #expect(contact.batchId == nil)
            #expect(contact.active == true)
            #expect(contact.id.hasPrefix("cont_") && contact.id.count == 19)
            #expect(abs(contact.createdAt.timeIntervalSinceNow) < 600)
        }
    }

    @Test func jetpayContactTakesTheRequestsDefaults() async throws {
        try await withSandbox { sandbox in
            let client = Jetpay.Client(
                server: .custom(sandbox.url(for: "Jetpay")),
                token: BearerToken("test-token"),
                configuration: Self.configuration
            )
            let response = try await client.createContact(
                Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith")
            )
            guard case .ok(.decoded(let contact), _) = response else {
                Issue.record("expected a decoded 200, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(contact.email == "johnsmith@mail.com")
            #expect(contact.name == "John Smith")
            #expect(contact.tags == [])
            #expect(contact.language == .en)
            #expect(contact.identifier.hasPrefix("contact_") && contact.identifier.count == 20)
        }
    }

    @Test func koyweContactCarriesThePathsMerchant() async throws {
        try await withSandbox { sandbox in
            let client = Koywe.Client(
                server: .custom(sandbox.url(for: "Koywe")),
                token: BearerToken("test-token"),
                configuration: Self.configuration
            )
            let request = Koywe.CreateContactRequest(
                countrySymbol: .colombia,
                firstName: "Ana",
                businessType: .person,
                type: .person,
                email: "ana@example.com",
                phone: "+573001234567"
            )
            let response = try await client.createContact(organizationId: "org_1", merchantId: "merchant 7", request)
            guard case .success(.decoded(let contact), let raw) = response else {
                Issue.record("expected a decoded 2XX, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(raw.status == 201)
            #expect(contact.merchantId == "merchant 7")
            #expect(contact.firstName == "Ana")
            #expect(contact.countrySymbol == .colombia)
            #expect(contact.id.count == 24)
            #expect(contact.createdAt != nil)
        }
    }

    @Test func pikContactComesBackInItsEnvelope() async throws {
        try await withSandbox { sandbox in
            let client = PIK.Client(
                server: .custom(sandbox.url(for: "PIK")),
                token: BearerToken("test-token"),
                configuration: Self.configuration
            )
            var contact = PIK.Contact()
            contact.firstName = "Ana"
            contact.email = "ana@example.com"
            let response = try await client.createContact(contact)
            guard case .ok(.decoded(let body), _) = response else {
                Issue.record("expected a decoded 200, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(body.payload.firstName == "Ana")
            #expect(body.payload.email == "ana@example.com")
            #expect(body.envelope.code == 200)
            #expect(body.envelope.message == "success")
        }
    }

    @Test func payArcCustomerIsReadFromTheFormBody() async throws {
        try await withSandbox { sandbox in
            let client = PayArc.Client(
                server: .custom(sandbox.url(for: "PayArc")),
                token: BearerToken("test-token"),
                configuration: Self.configuration
            )
            let request = PayArc.CreateCustomerRequest(
                name: "Shah Deep",
                email: "shah@test.com",
                city: "Roselle",
                zip: "07203",
                phone: "2015555555"
            )
            let response = try await client.createCustomer(request)
            guard case .created(.decoded(let body), _) = response else {
                Issue.record("expected a decoded 201, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(body.payload.name == "Shah Deep")
            #expect(body.payload.email == "shah@test.com")
            #expect(body.payload.id.count == 16)
            #expect(body.envelope.meta.include == ["card", "charge", "subscription", "invoice"])
        }
    }
}
