import ConsumerClient
import Foundation
import ProviderRuntime
import Testing

/// Calls the code ProviderGenPlugin generated from Sources/ConsumerClient/payments.yaml.
@Suite struct GeneratedClientTests {
    let client = Client(token: BearerToken("sk_test_123"))

    @Test func builderMakesTheDocumentedRequest() throws {
        let request = try client.createCharge(.dollars(cents: 1250, email: "ada@example.com"))
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "https://api.payments.example.com/v1/charges")
        #expect(request.value(forHeader: "Authorization") == "Bearer sk_test_123")
        let body = try #require(request.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["amount"] as? Int == 1250)
        #expect(json["currency"] as? String == "usd")
        #expect(json["email"] as? String == "ada@example.com")
    }

    @Test func validatorReportsEveryBrokenRule() {
        let charge = CreateChargeRequest(
            amount: 0,
            currency: .eur,
            description: "far too long a description",
            email: "not an email"
        )
        let issues = charge.validate().errors
        #expect(issues.map(\.path) == ["amount", "description", "email"])
        #expect(issues.map(\.rule).prefix(2) == ["minimum", "maxLength"])
    }

    @Test func builderRefusesAnInvalidBody() {
        #expect(throws: RequestError.self) {
            try client.createCharge(CreateChargeRequest(amount: 0, currency: .usd))
        }
        do {
            _ = try client.createCharge(CreateChargeRequest(amount: 0, currency: .usd))
        } catch {
            guard case .invalid(let issues) = error else {
                Issue.record("expected .invalid, got \(error)")
                return
            }
            #expect(issues.map(\.path) == ["amount"])
        }
    }

    @Test func responseDecodesByStatus() throws {
        let body = Data(#"{"id":"ch_1","amount":1250,"currency":"eur"}"#.utf8)
        let response = try CreateChargeResponse(status: 200, body: body)
        #expect(response == .ok(Charge(id: "ch_1", amount: 1250, currency: .eur)))
        #expect(
            try CreateChargeResponse(status: 418, body: Data())
                == .undocumented(UndocumentedResponse(status: 418, body: Data()))
        )
    }
}
