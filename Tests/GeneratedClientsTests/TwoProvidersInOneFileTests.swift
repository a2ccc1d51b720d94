import Foundation
import Jetpay
import PayArc
import ProviderRuntime
import Razorpay
import Testing

/// The README's promise for files that import several providers: clients are named
/// `<Module>Client`, so they are used unqualified; bodies and response cases are inferred, so
/// shared model names (`Contact`, `CreateContactRequest` in Razorpay and Jetpay) need spelling
/// only where the code names the type, and then with the module (`Razorpay.Contact`).
@Suite(.timeLimit(.minutes(10))) struct TwoProvidersInOneFileTests {
    @Test func clientsAndCallsNeedNoQualification() async throws {
        let transport = RecordingTransport(replaying: [
            .response(status: 200, body: PaginationTests.contact(7))
        ])
        let razorpay = RazorpayClient(
            credentials: BasicCredentials(key: "rzp_test", secret: "secret"),
            transport: transport,
            configuration: ClientConfiguration(middlewares: [])
        )
        let jetpay = JetpayClient(token: BearerToken("jp_test"))
        let payarc = PayArcClient(server: .test, token: BearerToken("pa_test"))

        let response = try await razorpay.createContact(.init(name: "Gaurav Kumar", type: .vendor))
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("unexpected \(response)")
            return
        }
        // Naming the model needs the module: Jetpay declares a `Contact` too.
        let saved: Razorpay.Contact = contact
        #expect(saved.id == "cont_7")

        let jetpayRequest = try jetpay.requests.createContact(.init(email: "ada@example.com", name: "Ada Lovelace"))
        #expect(jetpayRequest.method == .put)
        let payarcRequest = try payarc.requests.retrieveCustomer(customerId: "KPxMADVnxMV4nNjp")
        #expect(payarcRequest.url.absoluteString == "https://testapi.payarc.net/v1/customers/KPxMADVnxMV4nNjp")
    }
}
