import Testing

@testable import ProviderGenCore

/// The client is `<Module>Client`, unique among providers, with `Client` as a short alias.
@Suite struct ClientNamingTests {
    @Test func theClientIsPrefixedWithItsModuleAndAliased() throws {
        let client = try HostileGenerationTests.generated(SchemaDiagnosticsTests.valid, "Demo/Client.swift")
        #expect(client.contains("public struct DemoClient: Sendable {"))
        #expect(client.contains("public typealias Client = DemoClient"))
        let operation = try HostileGenerationTests.generated(
            SchemaDiagnosticsTests.valid,
            "Demo/Operations/CreateThing.swift"
        )
        #expect(operation.contains("extension DemoClient.Requests {"))
        #expect(operation.contains("extension DemoClient {"))
    }

    @Test func aTypeNamedLikeTheClientIsAnError() {
        let yaml = SchemaDiagnosticsTests.valid + "\n  DemoClient:\n    fields:\n      id:\n        type: string\n"
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:26:3: error: type 'DemoClient' has the name of the generated client (the module's name + Client); rename the type"
            ]
        )
    }
}
