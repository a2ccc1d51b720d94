import Testing

@testable import ProviderGenCore

/// A header or query parameter's `default` is sent unless the caller passes another value; where a
/// default or other key could only be ignored, it is diagnosed.
@Suite struct ParameterDefaultTests {
    static let versionHeader = """
            headers:
              Api-Version:
                type: string
                swiftName: apiVersion
                default: "2024-06-01"
                pattern: "[0-9]{4}-[0-9]{2}-[0-9]{2}"
            body:
        """

    @Test func aHeaderDefaultBecomesTheArgumentsDefaultAndIsAlwaysSent() throws {
        let yaml = SchemaDiagnosticsTests.replacing("    body:\n", with: Self.versionHeader + "\n")
        #expect(SchemaDiagnosticsTests.diagnostics(yaml) == [])
        let swift = try HostileGenerationTests.generated(yaml, "Demo/Operations/CreateThing.swift")
        #expect(swift.contains(#"apiVersion: String = "2024-06-01","#))
        #expect(swift.contains(#"request.header("Api-Version", apiVersion)"#))
    }

    @Test func aDefaultThatBreaksItsOwnRulesIsAnError() {
        let yaml = SchemaDiagnosticsTests.replacing(
            "    body:\n",
            with: Self.versionHeader.replacingOccurrences(of: "2024-06-01", with: "latest") + "\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:15:7: error: the default of 'Api-Version' breaks its own field's rule: must match the pattern [0-9]{4}-[0-9]{2}-[0-9]{2} [pattern]"
            ]
        )
    }

    @Test func aPathParameterTakesNoDefaultAndCannotBeOptional() {
        let yaml = SchemaDiagnosticsTests.replacing(
            "        type: string\n    body:",
            with: "        type: string\n        default: abc\n        required: false\n    body:"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:14:9: error: 'default' does not apply to path parameter 'thingId': the path needs a value on every call; remove it",
                "schemas/demo.yaml:15:19: error: path parameter 'thingId' cannot be optional: the path needs a value on every call; remove 'required'",
            ]
        )
    }

    @Test func anElementDescriptionIsDiagnosedNotDropped() {
        let yaml = SchemaDiagnosticsTests.replacing(
            "        maxLength: 10",
            with:
                "        maxLength: 10\n      tags:\n        type: array\n        items:\n          type: string\n          description: A tag.\n"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:30:11: warning: the 'description' of items of 'tags' is not shown anywhere; describe the field instead"
            ]
        )
    }
}
