import Testing

@testable import ProviderGenCore

/// The schema's sending keys: what they generate, and their misuse reported at line and column.
@Suite struct SendingSchemaTests {
    static func withSending(_ sending: String) -> String {
        SchemaDiagnosticsTests.valid.replacingOccurrences(of: "auth:\n", with: sending + "auth:\n")
    }

    static let providerLevel = """
        sending:
          idempotencyKeyHeader: Idempotency-Key
          retryHintHeader: Should-Retry

        """

    @Test func providerLevelKeysReachTheSendingCall() throws {
        let yaml = Self.withSending(Self.providerLevel)
        #expect(SchemaDiagnosticsTests.diagnostics(yaml) == [])
        let operation = try HostileGenerationTests.generated(yaml, "Demo/Operations/CreateThing.swift")
        let expected = [
            "public func createThing(",
            "options: CallOptions = CallOptions()",
            ") async throws(ProviderError) -> CreateThingResponse {",
            "request = try requests.createThing(thingId: thingId, body)",
            #"idempotencyKeyHeader: "Idempotency-Key","#,
            #"retryHintHeader: "Should-Retry""#,
            "read: CreateThingResponse.init(status:headers:body:)",
            "extension DemoClient.Requests {",
        ]
        for line in expected {
            #expect(operation.contains(line), "missing: \(line)")
        }
    }

    @Test func anOperationCanOptOut() throws {
        let yaml = Self.withSending(Self.providerLevel).replacingOccurrences(
            of: "    method: POST\n",
            with: "    method: POST\n    idempotencyKeyHeader: false\n"
        )
        #expect(SchemaDiagnosticsTests.diagnostics(yaml) == [])
        let operation = try HostileGenerationTests.generated(yaml, "Demo/Operations/CreateThing.swift")
        #expect(!operation.contains("idempotencyKeyHeader:"))
    }

    @Test func clientTakesADefaultedTransportAndConfiguration() throws {
        let client = try HostileGenerationTests.generated(SchemaDiagnosticsTests.valid, "Demo/Client.swift")
        #expect(client.contains("token: BearerToken,"))
        #expect(client.contains("transport: any Transport = URLSessionTransport(),"))
        #expect(client.contains("configuration: ClientConfiguration = ClientConfiguration()"))
        #expect(client.contains("public var requests: Requests { Requests(server: server, token: token) }"))
    }

    @Test func headerNameMustBeAToken() {
        let yaml = Self.withSending("sending:\n  idempotencyKeyHeader: Idempotency Key\n")
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:6:25: error: 'idempotencyKeyHeader': 'Idempotency Key' is not a valid HTTP header name"
            ]
        )
    }

    @Test func authorizationIsNotAHint() {
        let yaml = Self.withSending("sending:\n  retryHintHeader: Authorization\n")
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:6:20: error: 'retryHintHeader' cannot be Authorization, which carries the credentials"
            ]
        )
    }

    @Test func unknownSendingKeySuggestsTheClosest() {
        let yaml = Self.withSending("sending:\n  idempotencyHeader: Idempotency-Key\n")
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:6:3: error: unknown key 'idempotencyHeader' in 'sending'; did you mean 'idempotencyKeyHeader'?"
            ]
        )
    }

    @Test func trueIsNotAHeaderName() {
        let yaml = SchemaDiagnosticsTests.replacing(
            "    method: POST\n",
            with: "    method: POST\n    idempotencyKeyHeader: true\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:10:27: error: 'idempotencyKeyHeader' takes the header's name, such as Idempotency-Key, or false for none"
            ]
        )
    }

    @Test func keyOnAnIdempotentMethodIsAWarning() {
        let yaml = SchemaDiagnosticsTests.replacing(
            "    method: POST\n",
            with: "    method: PUT\n    idempotencyKeyHeader: Idempotency-Key\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:10:27: warning: 'createThing' is a PUT, which is retried safely without an idempotency key; the key is sent but changes nothing"
            ]
        )
    }

    @Test func keyHeaderMustNotAlsoBeAParameter() {
        let yaml = Self.withSending(Self.providerLevel).replacingOccurrences(
            of: "    body:\n",
            with: "    headers:\n      Idempotency-Key:\n        type: string\n    body:\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:18:7: error: header parameter 'Idempotency-Key' of 'createThing' is its idempotency-key header, which the client sets; remove the parameter (callers pass their own key with CallOptions(idempotencyKey:))"
            ]
        )
    }
}
