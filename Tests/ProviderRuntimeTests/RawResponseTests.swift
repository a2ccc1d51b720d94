import Foundation
import HTTPTypes
@_spi(Generated) import ProviderRuntime
@_spi(Generated) import ProviderRuntimeCore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct RawResponseTests {
    func response(_ fields: [(String, String)]) -> RawResponse {
        var headers = HTTPFields()
        for (name, value) in fields {
            headers.append(HTTPField(name: HTTPField.Name(name)!, value: value))
        }
        return RawResponse(status: 429, headers: headers, body: Data("slow down".utf8))
    }

    @Test func textAndDescription() {
        let raw = response([("X-Request-Id", "req_1")])
        #expect(raw.text == "slow down")
        #expect(RawResponse(status: 500, headers: [:], body: Data([0xFF, 0xFE])).text == nil)
        #expect(raw.description == "status 429, 1 headers, 9 bytes")
    }

    @Test func headerNamesIgnoreCaseAndRepeatsAreCombined() {
        let raw = response([("x-request-id", "req_1"), ("Vary", "Accept"), ("vary", "Origin")])
        #expect(raw.headerText("X-Request-ID") == "req_1")
        #expect(raw.headerText("Vary") == "Accept, Origin")
        #expect(raw.headerText("Missing") == nil)
        #expect(raw.headerText("not a name") == nil)
    }

    @Test func integersAndBooleans() {
        let raw = response([
            ("X-RateLimit-Remaining", " 59 "), ("X-RateLimit-Limit", "sixty"), ("Idempotent-Replayed", "TRUE"),
            ("X-Flag", "yes"),
        ])
        #expect(raw.headerInteger("x-ratelimit-remaining") == 59)
        #expect(raw.headerInteger("X-RateLimit-Limit") == nil)
        #expect(raw.headerBoolean("Idempotent-Replayed") == true)
        #expect(raw.headerBoolean("X-Flag") == nil)
        #expect(raw.headerBoolean("Missing") == nil)
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        #expect(response([("Retry-After", "120")]).headerRetryAfter("Retry-After") == .seconds(120))
        let date = response([("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")]).headerRetryAfter("retry-after")
        #expect(date == .date(Date(timeIntervalSince1970: 784_111_777)))
        #expect(RetryAfter(headerValue: "-1") == nil)
        #expect(RetryAfter(headerValue: "soon") == nil)
        #expect(RetryAfter(headerValue: "") == nil)
        #expect(RetryAfter(headerValue: "99999999999999999999999") == nil)
        let now = Date(timeIntervalSince1970: 784_111_700)
        #expect(date?.delay(from: now) == 77)
        #expect(date?.delay(from: now.addingTimeInterval(1_000)) == 0)
        #expect(RetryAfter.seconds(5).delay(from: now) == 5)
    }
}

@Suite struct HTTPURLResponseFieldsTests {
    @Test func headersOfAURLSessionResponseBecomeHTTPFields() throws {
        let response = try #require(
            HTTPURLResponse(
                url: URL(string: "https://api.example.com/v1/contacts")!,
                statusCode: 429,
                httpVersion: "HTTP/1.1",
                headerFields: ["Retry-After": "30", "X-Request-Id": "req_1"]
            )
        )
        let raw = RawResponse(status: response.statusCode, headers: response.httpFields, body: Data())
        #expect(raw.headerRetryAfter("retry-after") == .seconds(30))
        #expect(raw.headerText("x-request-id") == "req_1")
        #expect(raw.headers.count == 2)
    }
}
