import ConsumerClient
import Foundation
import ProviderRuntime
import Testing

/// The plugin-generated client's auth choice, defaulted header and cursor pagination, sent through
/// a `RecordingTransport`.
@Suite(.timeLimit(.minutes(1))) struct ResourceFeaturesTests {
    static let charge = #"{"id":"ch_1","amount":1250,"currency":"eur"}"#

    @Test func eachInitialiserSendsItsScheme() throws {
        let bearer = try PaymentsClient(token: BearerToken("sk_1")).requests.listCharges()
        #expect(bearer.value(forHeader: "Authorization") == "Bearer sk_1")
        let basic = try PaymentsClient(credentials: BasicCredentials(key: "key", secret: "secret")).requests
            .listCharges()
        #expect(basic.value(forHeader: "Authorization") == "Basic " + Data("key:secret".utf8).base64EncodedString())
        // Both spellings name the same type; `Client` is the short alias.
        let alias: Client = PaymentsClient(token: BearerToken("sk_1"))
        #expect(alias.authorization == .bearer(BearerToken("sk_1")))
    }

    @Test func theVersionHeaderHasADefaultTheCallerMayOverride() throws {
        let client = PaymentsClient(token: BearerToken("sk_1"))
        let body = CreateChargeRequest(amount: 100, currency: .usd)
        #expect(try client.requests.createCharge(body).value(forHeader: "Api-Version") == "2024-06-01")
        #expect(
            try client.requests.createCharge(apiVersion: "2025-01-01", body).value(forHeader: "Api-Version")
                == "2025-01-01"
        )
        #expect(throws: RequestError.self) {
            try client.requests.createCharge(apiVersion: "latest", body)
        }
    }

    @Test func cursorPagesFollowTheNextCursorUntilHasMoreIsFalse() async throws {
        let transport = RecordingTransport(replaying: [
            .response(
                status: 200,
                body: #"{"data":[\#(Self.charge),\#(Self.charge)],"has_more":true,"next_cursor":"c2"}"#
            ),
            .response(status: 200, body: #"{"data":[\#(Self.charge)],"has_more":false,"next_cursor":null}"#),
        ])
        let client = PaymentsClient(
            token: BearerToken("sk_1"),
            transport: transport,
            configuration: ClientConfiguration(middlewares: [])
        )
        var count = 0
        for try await charge in client.allCharges(limit: 2) {
            #expect(charge.id == "ch_1")
            count += 1
        }
        #expect(count == 3)
        #expect(transport.requests.map(\.path) == ["/v1/charges?limit=2", "/v1/charges?limit=2&starting_after=c2"])
    }

    @Test func aRefusedPageThrowsPageFailed() async throws {
        let transport = RecordingTransport(replaying: [.response(status: 401, body: "{}")])
        let client = PaymentsClient(
            token: BearerToken("sk_1"),
            transport: transport,
            configuration: ClientConfiguration(middlewares: [])
        )
        await #expect {
            for try await _ in client.allCharges() {}
        } throws: { error in
            guard case ProviderError.pageFailed(let failure) = error, case .response(let raw, _) = failure.reason else {
                return false
            }
            return failure.operation == "listCharges" && failure.page == 1 && raw.status == 401
        }
    }
}
