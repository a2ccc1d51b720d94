import ConsumerClient
import Foundation
import ProviderRuntime
import Testing

/// Calls the code ProviderGenPlugin generated from Sources/ConsumerClient/payments.yaml.
@Suite struct GeneratedClientTests {
    let client = Client(token: BearerToken("sk_test_123"))

    @Test func builderMakesTheDocumentedRequest() throws {
        let request = try client.requests.createCharge(.dollars(cents: 1250, email: "ada@example.com"))
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
            try client.requests.createCharge(CreateChargeRequest(amount: 0, currency: .usd))
        }
        do {
            _ = try client.requests.createCharge(CreateChargeRequest(amount: 0, currency: .usd))
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
        let response = CreateChargeResponse(status: 200, headers: [:], body: body)
        #expect(response == .ok(.decoded(Charge(id: "ch_1", amount: 1250, currency: .eur)), raw: response.raw))
        #expect(
            CreateChargeResponse(status: 418, headers: [:], body: Data())
                == .undocumented(RawResponse(status: 418, headers: [:], body: Data()))
        )
    }

    /// A date or 0/1 boolean keeps its schema's wire form wherever it sits: in an array, in a
    /// map, in an array of arrays, or in a nullable field.
    @Test func wireFormsReachInsideArraysMapsAndNulls() throws {
        let json = #"""
            {"attempts":[1700000000,1700000060.5],"history":[["2024-01-02T03:04:05Z"],[]],"instant":null,\#
            "paidAt":null,"retried":[1,0],"windows":{"a":"2024-01-02 08:34:05","b":"2024-01-03 00:00:00"}}
            """#
        let settlement = try JSONBody.makeDecoder().decode(Settlement.self, from: Data(json.utf8))
        let paidOut = Date(timeIntervalSince1970: 1_704_164_645)  // 2024-01-02T03:04:05Z
        #expect(settlement.paidAt == nil)
        #expect(settlement.attempts == [1_700_000_000, 1_700_000_060.5].map(Date.init(timeIntervalSince1970:)))
        #expect(settlement.windows?["a"] == paidOut, "Asia/Kolkata is 5:30 ahead of UTC")
        #expect(settlement.retried == [true, false])
        #expect(settlement.instant == nil)  // a response-only model reads null as nil and writes it back
        #expect(settlement.history == [[paidOut], []])
        #expect(String(decoding: try JSONBody.encode(settlement), as: UTF8.self) == json)
    }

    @Test func aWrongItemIsReportedAtItsIndex() throws {
        let body = Data(#"{"id":"ch_1","amount":1,"currency":"usd","settlement":{"paidAt":1,"retried":[1,2]}}"#.utf8)
        let mismatch = try #require(CreateChargeResponse(status: 200, headers: [:], body: body).mismatches.first)
        #expect(mismatch.fieldPath == "settlement.retried[1]")
        #expect(mismatch.message.contains("expected 0 or 1"))
    }
}
