import Testing

@testable import ProviderGenCore

/// Issue 17 item 8: headers the HTTP client owns, credentials outside `auth`, values some
/// clients read as line breaks, and server URLs not every Foundation parses are schema errors.
@Suite struct HTTPSchemaDiagnosticsTests {
    private static func diagnostics(replacing old: String, with new: String) -> [String] {
        SchemaDiagnosticsTests.diagnostics(SchemaDiagnosticsTests.replacing(old, with: new))
    }

    @Test func fixedHeadersTheClientOwnsAreRefused() {
        let found = Self.diagnostics(
            replacing: "auth:\n  scheme: bearer",
            with: """
                headers:
                  Host: api.example.com
                  Content-Length: "5"
                  transfer-encoding: chunked
                auth:
                  scheme: bearer
                """
        )
        #expect(
            found == [
                "schemas/demo.yaml:6:3: error: 'Host' is set by the HTTP client from the server URL; choose the host with 'servers' or Server.custom",
                "schemas/demo.yaml:7:3: error: 'Content-Length' describes the body's framing, which the HTTP client sets; a schema value would conflict with it",
                "schemas/demo.yaml:8:3: error: 'transfer-encoding' describes the body's framing, which the HTTP client sets; a schema value would conflict with it",
            ]
        )
    }

    @Test func headerParameterNamedAuthorizationIsRefused() {
        let found = Self.diagnostics(
            replacing: "    pathParameters:",
            with: "    headers:\n      authorization:\n        type: string\n    pathParameters:"
        )
        #expect(
            found == [
                "schemas/demo.yaml:12:7: error: header parameter 'authorization': set credentials with 'auth', not as a header, so they never end up in generated code"
            ]
        )
    }

    @Test(arguments: ["\\u0085", "\\u2028", "\\u2029"])
    func headerValuesWithLineSeparatorsAreRefused(escape: String) {
        let found = Self.diagnostics(
            replacing: "auth:\n  scheme: bearer",
            with: "headers:\n  X-Note: \"a\(escape)b\"\nauth:\n  scheme: bearer"
        )
        #expect(
            found == [
                "schemas/demo.yaml:6:11: error: header 'X-Note' has a value with control characters, line separators or surrounding spaces"
            ]
        )
    }

    @Test func serverURLWithAQuoteIsRefused() {
        let found = Self.diagnostics(
            replacing: "production: https://api.example.com",
            with: #"production: 'https://api.example.com/v"1'"#
        )
        #expect(
            found == [
                #"schemas/demo.yaml:4:15: error: server 'production' URL contains '"', which a URL cannot hold unescaped; percent-encode it"#
            ]
        )
    }

    @Test func generatedServersAreNotForceUnwrapped() throws {
        let client = try HostileGenerationTests.generated(SchemaDiagnosticsTests.valid, "Demo/Client.swift")
        #expect(client.contains(#"return ServerURL.checked("https://api.example.com")"#))
        #expect(!client.contains(")!"))
    }
}
