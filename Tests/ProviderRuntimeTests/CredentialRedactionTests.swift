import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Every public value that can hold a credential, rendered every way Swift prints things, shows
/// none of the secrets (issue 17, item 3).
@Suite struct CredentialRedactionTests {
    static let secrets = [
        "sk_live_abc", "rzp_key_id", "rzp_secret", "qk_secret", "hk_secret", "user_secret", "pw_secret",
        Data("rzp_key_id:rzp_secret".utf8).base64EncodedString(),
    ]

    private static func builder(server: String = "https://user_secret:pw_secret@api.example.com/v2") -> RequestBuilder {
        var builder = RequestBuilder(
            method: .post,
            server: URL(string: server)!,
            path: [.literal("/contacts/"), .parameter("c1")]
        )
        builder.query("expand", "accounts")
        builder.query("api_key", "qk_secret")
        builder.header("X-Api-Key", "hk_secret")
        return builder
    }

    /// print, string interpolation, debugPrint/String(reflecting:), and dump.
    private static func renderings(of value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        var printed = ""
        print(value, to: &printed)
        var debugPrinted = ""
        debugPrint(value, to: &debugPrinted)
        var texts = [String(describing: value), "\(value)", String(reflecting: value), dumped, printed, debugPrinted]
        if let debuggable = value as? any CustomDebugStringConvertible {
            texts.append(debuggable.debugDescription)
        }
        return texts
    }

    private static func expectNoSecret(
        in value: Any,
        _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for text in renderings(of: value) {
            for secret in secrets {
                #expect(!text.contains(secret), "\(label) shows \(secret): \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func everyValueThatHoldsACredentialPrintsNone() throws {
        let token = BearerToken("sk_live_abc")
        let basic = BasicCredentials(key: "rzp_key_id", secret: "rzp_secret")
        var bearerBuilder = Self.builder()
        bearerBuilder.authorize(token)
        var basicBuilder = Self.builder()
        basicBuilder.authorize(basic)
        try basicBuilder.jsonBody(["note": "hello"])
        let values: [(String, Any)] = [
            ("BearerToken", token), ("BasicCredentials", basic),
            ("HeaderField", HeaderField(name: "Authorization", value: "Bearer sk_live_abc")),
            ("QueryItem", bearerBuilder.queryItems), ("header list", bearerBuilder.headerFields),
            ("RequestBuilder (bearer)", bearerBuilder), ("RequestBuilder (basic)", basicBuilder),
            ("ProviderRequest (bearer)", try bearerBuilder.build()),
            ("ProviderRequest (basic)", try basicBuilder.build()),
            ("server URL in a request", try Self.builder().build().description),
        ]
        for (label, value) in values {
            Self.expectNoSecret(in: value, label)
        }
    }

    @Test func redactedRenderingsStillShowTheShape() throws {
        var builder = Self.builder()
        builder.authorize(BearerToken("sk_live_abc"))
        #expect(
            builder.description == """
                POST https://<redacted>@api.example.com/v2/contacts/c1
                query expand=accounts
                query api_key=<redacted>
                X-Api-Key: <redacted>
                Authorization: <redacted>
                body: none
                """
        )
        #expect(
            try builder.build().description.hasPrefix(
                "POST https://<redacted>@api.example.com/v2/contacts/c1?expand=accounts&api_key=<redacted>\n"
            )
        )
    }

    /// `RequestError.invalidURL` quotes the URL it could not form: credential-named query values
    /// and user information are redacted there too.
    @Test func invalidURLErrorRedactsTheURL() {
        // No scheme, so no absolute URL can be formed.
        var builder = Self.builder(server: "//user_secret:pw_secret@api.example.com/v2")
        builder.authorize(BearerToken("sk_live_abc"))
        #expect(throws: RequestError.self) { try builder.build() }
        do {
            _ = try builder.build()
        } catch {
            #expect(
                error.description.hasPrefix(
                    "invalid URL: cannot form an absolute URL from //<redacted>@api.example.com/v2/contacts/c1?"
                )
            )
            #expect(error.description.contains("api_key=<redacted>"))
            Self.expectNoSecret(in: error, "RequestError.invalidURL")
        }
    }

    @Test func headerErrorsNameTheHeaderNotItsValue() {
        var builder = Self.builder()
        builder.header("X-Session-Token", "sk_live_abc\r\nInjected: 1")
        do {
            _ = try builder.build()
            Issue.record("a header value with CR LF was accepted")
        } catch {
            Self.expectNoSecret(in: error, "RequestError.invalid")
        }
    }
}
