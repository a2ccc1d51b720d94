import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

private struct CreateContact: Encodable, Validatable {
    var name: String
    var email: String?

    func validate(into report: inout ValidationReport) {
        report.length(name, min: 1, max: 10, at: "name")
        if let email, !email.contains("@") {
            report.add(
                rule: "emailFormat",
                message: "does not look like an email address",
                severity: .warning,
                at: "email"
            )
        }
    }
}

@Suite struct RequestBuilderTests {
    private let server = URL(string: "https://api.example.com/v2")!

    @Test func joinsServerPrefixAndEscapesParameters() throws {
        let builder = RequestBuilder(
            method: .get,
            server: server,
            path: [.literal("/contacts/"), .parameter("a/b c"), .literal("/accounts")]
        )
        let request = try builder.build()
        #expect(request.url.absoluteString == "https://api.example.com/v2/contacts/a%2Fb%20c/accounts")
        #expect(request.method == .get)
        #expect(request.body == nil)
    }

    @Test(arguments: [
        ("https://api.example.com", ["/contacts"], "https://api.example.com/contacts"),
        ("https://api.example.com/", ["/contacts"], "https://api.example.com/contacts"),
        ("https://api.example.com/v2/", ["contacts"], "https://api.example.com/v2/contacts"),
        ("https://api.example.com/v2", ["/contacts/", "/items"], "https://api.example.com/v2/contacts/items"),
        ("https://api.example.com/v2", [], "https://api.example.com/v2"),
        ("http://localhost:8080", ["/v1/ping"], "http://localhost:8080/v1/ping"),
    ])
    func joinsWithoutDoubleSlashes(server: String, literals: [String], expected: String) throws {
        let builder = RequestBuilder(method: .get, server: URL(string: server)!, path: literals.map(PathPart.literal))
        #expect(try builder.build().url.absoluteString == expected)
    }

    @Test func parametersKeepOnlyUnreservedCharacters() throws {
        let builder = RequestBuilder(
            method: .get,
            server: server,
            path: [.literal("/x/"), .parameter("Zoë?#%&=+~._-")]
        )
        #expect(try builder.build().url.absoluteString == "https://api.example.com/v2/x/Zo%C3%AB%3F%23%25%26%3D%2B~._-")
    }

    @Test(arguments: ["", ".", ".."])
    func parametersThatWouldChangeTheResourceAreRejected(value: String) {
        let builder = RequestBuilder(
            method: .delete,
            server: server,
            path: [.literal("/contacts/"), .parameter(value)]
        )
        let error = #expect(throws: RequestError.self) { try builder.build() }
        guard case .invalidURL? = error else {
            Issue.record("expected invalidURL, got \(String(describing: error))")
            return
        }
    }

    @Test func queryItemsInOrderWithRepeatsAndEscaping() throws {
        var builder = RequestBuilder(method: .get, server: server, path: [.literal("/search")])
        builder.query("q", "a b&c=d")
        builder.query("skip", nil)
        builder.query("tag", "x")
        builder.query("tag", "y")
        builder.query("email", "me@x.com")
        #expect(
            try builder.build().url.absoluteString
                == "https://api.example.com/v2/search?q=a%20b%26c%3Dd&tag=x&tag=y&email=me%40x.com"
        )
    }

    @Test func headersKeepCallOrderAndReplaceByName() throws {
        var builder = RequestBuilder(method: .get, server: server, path: [])
        builder.header("X-Trace", "1")
        builder.header("Accept", "application/json")
        builder.header("x-trace", "2")
        builder.header("Skipped", nil)
        let request = try builder.build()
        #expect(
            request.headerFields == [
                HeaderField(name: "Accept", value: "application/json"), HeaderField(name: "x-trace", value: "2"),
            ]
        )
        #expect(request.value(forHeader: "X-TRACE") == "2")
        #expect(request.value(forHeader: "Skipped") == nil)
    }

    @Test func bearerAuthorization() throws {
        var builder = RequestBuilder(method: .get, server: server, path: [])
        builder.authorize(BearerToken("sk_live_123"))
        #expect(try builder.build().value(forHeader: "authorization") == "Bearer sk_live_123")
    }

    @Test func basicAuthorizationForRazorpay() throws {
        var builder = RequestBuilder(
            method: .get,
            server: URL(string: "https://api.razorpay.com/v1")!,
            path: [.literal("/payments")]
        )
        builder.authorize(BasicCredentials(key: "rzp_test_key", secret: "secret"))
        #expect(try builder.build().value(forHeader: "Authorization") == "Basic cnpwX3Rlc3Rfa2V5OnNlY3JldA==")
    }

    @Test func validationErrorsBlockWithAllIssues() {
        var builder = RequestBuilder(method: .post, server: server, path: [.literal("/contacts")])
        let error = #expect(throws: RequestError.self) {
            try builder.validate(CreateContact(name: "", email: "nope"))
        }
        guard case .invalid(let issues)? = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        #expect(issues.map(\.rule) == ["minLength", "emailFormat"])
        #expect(issues.map(\.severity) == [.error, .warning])
        #expect(
            error?.description
                == "invalid request: name: must be at least 1 character (got 0) [minLength]; warning: email: does not look like an email address [emailFormat]"
        )
    }

    @Test func warningsDoNotBlockAndRideAlong() throws {
        var builder = RequestBuilder(method: .post, server: server, path: [.literal("/contacts")])
        let contact = CreateContact(name: "Jo", email: "nope")
        try builder.validate(contact)
        try builder.jsonBody(contact)
        let request = try builder.build()
        #expect(request.warnings.map(\.rule) == ["emailFormat"])
        #expect(request.body == Data(#"{"email":"nope","name":"Jo"}"#.utf8))
        #expect(request.value(forHeader: "Content-Type") == "application/json")
    }

    @Test func formBodySetsContentType() throws {
        var builder = RequestBuilder(method: .post, server: server, path: [.literal("/contacts")])
        try builder.formBody(CreateContact(name: "Jo Jo", email: "a@b.c"), arrayStyle: .brackets)
        let request = try builder.build()
        #expect(request.body == Data("name=Jo%20Jo&email=a%40b.c".utf8))
        #expect(request.value(forHeader: "content-type") == "application/x-www-form-urlencoded")
    }

    @Test func bodyEncodingFailureIsReported() {
        struct Bad: Encodable { var value = Double.nan }
        var builder = RequestBuilder(method: .post, server: server, path: [])
        let error = #expect(throws: RequestError.self) { try builder.formBody(Bad(), arrayStyle: .indexed) }
        guard case .bodyEncoding(let reason)? = error else {
            Issue.record("expected .bodyEncoding, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("value: "))
    }

    @Test func headerInjectionIsRejected() {
        var builder = RequestBuilder(method: .get, server: server, path: [])
        builder.header("X-Note", "a\r\nX-Evil: 1")
        builder.header("Bad Name", "v")
        let error = #expect(throws: RequestError.self) { try builder.build() }
        guard case .invalid(let issues)? = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        #expect(issues.map(\.path) == ["headers.X-Note", "headers.Bad Name"])
        #expect(issues.map(\.rule) == ["headerValue", "headerName"])
    }

    @Test func relativeServerIsAnInvalidURL() {
        let builder = RequestBuilder(method: .get, server: URL(string: "api/v1")!, path: [.literal("/x")])
        let error = #expect(throws: RequestError.self) { try builder.build() }
        guard case .invalidURL? = error else {
            Issue.record("expected .invalidURL, got \(String(describing: error))")
            return
        }
    }

    @Test func requestMethodsAreTokens() {
        #expect(RequestMethod(rawValue: "PATCH") == .patch)
        #expect(RequestMethod(rawValue: "PROPFIND")?.rawValue == "PROPFIND")
        #expect(RequestMethod(rawValue: "GET /") == nil)
        #expect(RequestMethod(rawValue: "") == nil)
        #expect(
            [RequestMethod.get, .post, .put, .patch, .delete].map(\.rawValue) == [
                "GET", "POST", "PUT", "PATCH", "DELETE",
            ]
        )
    }
}
