import Foundation
import HTTPTypes
import ProviderRuntime
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct ProviderRequestTests {
    private func sampleRequest() throws -> ProviderRequest {
        var builder = RequestBuilder(
            method: .post,
            server: URL(string: "https://api.example.com:8443/v2")!,
            path: [.literal("/contacts/"), .parameter("c 1")]
        )
        builder.query("expand", "accounts")
        builder.query("api_key", "qk_secret")
        builder.authorize(BearerToken("sk_live_abc"))
        builder.header("Idempotency-Key", "k1")
        builder.header("X-Api-Key", "hk_secret")
        try builder.jsonBody(["name": "Jo"])
        return try builder.build()
    }

    @Test func descriptionRedactsCredentials() throws {
        let text = try sampleRequest().description
        #expect(
            text == """
                POST https://api.example.com:8443/v2/contacts/c%201?expand=accounts&api_key=<redacted>
                Authorization: <redacted>
                Idempotency-Key: k1
                X-Api-Key: <redacted>
                Content-Type: application/json
                body: 13 bytes
                """
        )
        for secret in ["sk_live_abc", "qk_secret", "hk_secret"] {
            #expect(!text.contains(secret))
        }
    }

    @Test func dumpRedactsCredentials() throws {
        var dumped = ""
        dump(try sampleRequest(), to: &dumped)
        #expect(dumped.contains("<redacted>"))
        #expect(dumped.contains("Idempotency-Key"))
        for secret in ["sk_live_abc", "qk_secret", "hk_secret", #"{"name""#] {
            #expect(!dumped.contains(secret))
        }
    }

    @Test func credentialsNeverPrint() {
        let token = BearerToken("sk_live_abc")
        let basic = BasicCredentials(key: "rzp_test_key", secret: "secret")
        for (text, secrets) in [
            (token.description, ["sk_live_abc"]), (token.debugDescription, ["sk_live_abc"]),
            ("\(token)", ["sk_live_abc"]),
            (String(reflecting: token), ["sk_live_abc"]),
            (basic.description, ["rzp_test_key", "secret"]), (basic.debugDescription, ["rzp_test_key", "secret"]),
            (String(reflecting: basic), ["rzp_test_key", "secret"]),
        ] {
            #expect(text == "<redacted>")
            for secret in secrets {
                #expect(!text.contains(secret))
            }
        }
        var dumped = ""
        dump(token, to: &dumped)
        dump(basic, to: &dumped)
        dump([HeaderField(name: "Authorization", value: "Bearer sk_live_abc")], to: &dumped)
        #expect(dumped.contains("<redacted>"))
        #expect(!dumped.contains("sk_live_abc"))
        #expect(!dumped.contains("rzp_test_key"))
        #expect(!dumped.contains("\"secret\""))
    }

    @Test func urlRequestConversion() throws {
        let request = try sampleRequest()
        let urlRequest = request.urlRequestIncludingCredentials()
        #expect(urlRequest.httpMethod == "POST")
        #expect(urlRequest.url == request.url)
        #expect(urlRequest.value(forHTTPHeaderField: "Authorization") == "Bearer sk_live_abc")
        #expect(urlRequest.value(forHTTPHeaderField: "content-type") == "application/json")
        #expect(urlRequest.httpBody == request.body)
    }

    @Test func httpRequestConversion() throws {
        let request = try sampleRequest()
        let head = request.httpRequestIncludingCredentials()
        #expect(head.method == .post)
        #expect(head.scheme == "https")
        #expect(head.authority == "api.example.com:8443")
        #expect(head.path == "/v2/contacts/c%201?expand=accounts&api_key=qk_secret")
        #expect(head.headerFields[.authorization] == "Bearer sk_live_abc")
        #expect(head.headerFields[.contentType] == "application/json")
        #expect(
            head.headerFields.map(\.name.rawName) == ["Authorization", "Idempotency-Key", "X-Api-Key", "Content-Type"]
        )
    }

    @Test func httpRequestForRootPath() throws {
        let request = try RequestBuilder(method: .get, server: URL(string: "https://api.example.com")!, path: [])
            .build()
        #expect(request.httpRequestIncludingCredentials().path == "/")
        #expect(request.httpRequestIncludingCredentials().authority == "api.example.com")
        #expect(request.httpRequestIncludingCredentials().method == .get)
    }

    /// A request made by hand can hold headers the builder would refuse; converting it must not trap.
    @Test func conversionsSurviveMalformedHeaders() {
        let request = ProviderRequest(
            method: .get,
            url: URL(string: "https://x.com/a")!,
            headerFields: [
                HeaderField(name: "Bad Name", value: "v"), HeaderField(name: "X-Split", value: "a\r\nInjected: 1"),
            ]
        )
        let head = request.httpRequestIncludingCredentials()
        #expect(head.headerFields.count == 1)
        #expect(head.headerFields[HTTPField.Name("X-Split")!]?.contains("\r") == false)
        _ = request.urlRequestIncludingCredentials()
    }

    @Test func headerLookupIsCaseInsensitive() {
        let request = ProviderRequest(
            method: .get,
            url: URL(string: "https://x.com")!,
            headerFields: [HeaderField(name: "X-Thing", value: "1")]
        )
        #expect(request.value(forHeader: "x-thing") == "1")
        #expect(request.value(forHeader: "X-THING") == "1")
        #expect(request.value(forHeader: "Other") == nil)
        #expect(request.description == "GET https://x.com\nX-Thing: 1\nbody: none")
    }
}
