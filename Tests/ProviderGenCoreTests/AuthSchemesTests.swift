import Testing

@testable import ProviderGenCore

/// `auth: {schemes: [...]}`: one `Client` initialiser per scheme, the choice stored as
/// `ClientCredentials`; single-scheme providers keep `token:` and `credentials:`.
@Suite struct AuthSchemesTests {
    static let twoSchemes = SchemaDiagnosticsTests.replacing("  scheme: bearer\n", with: "  schemes: [bearer, basic]\n")

    @Test func eachSchemeGetsAnInitialiser() throws {
        #expect(SchemaDiagnosticsTests.diagnostics(Self.twoSchemes) == [])
        let client = try HostileGenerationTests.generated(Self.twoSchemes, "Demo/Client.swift")
        let expected = [
            "public var authorization: ClientCredentials",
            "        server: Server = .production,\n        token: BearerToken,",
            "self.authorization = .bearer(token)",
            "        server: Server = .production,\n        credentials: BasicCredentials,",
            "self.authorization = .basic(credentials)",
            "public var requests: Requests { Requests(server: server, authorization: authorization) }",
        ]
        for line in expected {
            #expect(client.contains(line), "missing: \(line)")
        }
        let operation = try HostileGenerationTests.generated(Self.twoSchemes, "Demo/Operations/CreateThing.swift")
        #expect(operation.contains("request.authorize(authorization)"))
    }

    @Test func aSingleSchemeKeepsItsSpelling() throws {
        let client = try HostileGenerationTests.generated(SchemaDiagnosticsTests.valid, "Demo/Client.swift")
        #expect(client.contains("public var token: BearerToken"))
        #expect(client.contains("self.token = token"))
        #expect(!client.contains("ClientCredentials"))
    }

    @Test func misuseIsReported() {
        let both = SchemaDiagnosticsTests.replacing(
            "  scheme: bearer\n",
            with: "  scheme: bearer\n  schemes: [basic]\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(both) == [
                "schemas/demo.yaml:7:3: error: 'auth' takes 'scheme' (one) or 'schemes' (a list the user chooses from), not both"
            ]
        )
        let repeated = SchemaDiagnosticsTests.replacing(
            "  scheme: bearer\n",
            with: "  schemes: [bearer, none, bearer, oauth]\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(repeated) == [
                "schemas/demo.yaml:6:21: error: 'none' cannot be one of several schemes; list the schemes the provider takes",
                "schemas/demo.yaml:6:27: error: auth scheme 'bearer' is listed twice",
                "schemas/demo.yaml:6:35: error: unknown auth scheme 'oauth'; expected bearer, basic or none",
            ]
        )
    }

    @Test func aParameterCannotTakeTheCredentialsName() {
        let yaml = SchemaDiagnosticsTests.replacing(
            "  scheme: bearer\n",
            with: "  schemes: [bearer, basic]\n"
        ).replacingOccurrences(
            of: "    body:\n",
            with: "    query:\n      authorization:\n        type: string\n    body:\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:15:7: error: parameter 'authorization' would be named 'authorization', which the generated method already uses; set 'swiftName'"
            ]
        )
    }
}
