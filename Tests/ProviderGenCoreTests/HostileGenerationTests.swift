import Testing

@testable import ProviderGenCore

/// Names and numbers a schema may write that once produced Swift that did not compile or held
/// another value. Each is now either generated so that it compiles (checked by text here and by
/// compiling Tests/Fixtures/Hostile in run-hostile-check.sh) or refused with a diagnostic.
@Suite struct HostileGenerationTests {
    /// Line numbers below refer to this text.
    static let valid = """
        provider:
          module: Demo
        auth:
          scheme: bearer
        operations:
          createThing:
            method: POST
            path: /things
            body:
              type: Thing
            responses:
              200:
                type: Thing
        types:
          Thing:
            fields:
              name:
                type: string

        """

    static func load(_ text: String) -> SchemaLoader.Result {
        SchemaFrontEnd.read(yaml: Array(text.utf8), file: "schemas/demo.yaml")
    }

    static func diagnostics(_ text: String) -> [String] {
        load(text).diagnostics.map(\.description)
    }

    static func generated(_ text: String, _ path: String) throws -> String {
        let result = load(text)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        let schema = try #require(result.schema)
        return try #require(ProviderGenerator.generate(schema).first { $0.path == path }).contents
    }

    static func withFields(_ yaml: String) -> String {
        valid + yaml
    }

    // MARK: Names Swift reserves

    @Test func fieldNamedSelfNeedsASwiftName() throws {
        #expect(
            Self.diagnostics(Self.withFields("      self:\n        type: string\n")) == [
                "schemas/demo.yaml:19:7: error: field 'self' would become the Swift property 'self', which Swift reserves; set 'swiftName'"
            ]
        )
        let model = try Self.generated(
            Self.withFields("      self:\n        type: string\n        swiftName: selfValue\n"),
            "Demo/Models/Thing.swift"
        )
        #expect(model.contains("case selfValue = \"self\""))
    }

    @Test func inlineEnumNamesMustBeUsableTypeNames() {
        #expect(
            Self.diagnostics(Self.withFields("      type:\n        enum: [a, b]\n")) == [
                "schemas/demo.yaml:20:15: error: the inline enum would be named 'Type', which generated code already uses; set 'enumName'"
            ]
        )
        #expect(
            Self.diagnostics(Self.withFields("      string:\n        enum: [a]\n")) == [
                "schemas/demo.yaml:20:15: error: the inline enum would be named 'String', which generated code already uses; set 'enumName'"
            ]
        )
        #expect(
            Self.diagnostics(Self.withFields("      kind:\n        enum: [a]\n        enumName: \"Not A Name\"\n")) == [
                "schemas/demo.yaml:21:19: error: enumName 'Not A Name' must be an UpperCamelCase Swift identifier"
            ]
        )
        #expect(
            Self.diagnostics(Self.withFields("      kind:\n        enum: [a]\n        enumName: CodingKeys\n")) == [
                "schemas/demo.yaml:21:19: error: the inline enum would be named 'CodingKeys', which generated code already uses; set 'enumName'"
            ]
        )
    }

    @Test func parameterEnumsMustNotHideFoundationTypes() {
        let yaml = Self.valid.replacingOccurrences(
            of: "    path: /things\n",
            with: "    path: /things\n    query:\n      data:\n        enum: [a]\n"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:11:15: error: the inline enum would be named 'Data', which generated code already uses; set 'enumName'"
            ]
        )
    }

    @Test func typesMayNotBeNamedSelfOrType() {
        for name in ["Self", "Type", "Any", "Protocol"] {
            #expect(
                Self.diagnostics(Self.valid + "  \(name):\n    enum: [a]\n") == [
                    "schemas/demo.yaml:19:3: error: type name '\(name)' is reserved: generated code already uses it; choose another name"
                ]
            )
        }
    }

    @Test func inlineEnumMustNotHideATypeItsObjectUses() {
        let yaml = Self.withFields(
            "      kind:\n        enum: [x]\n      category:\n        type: Kind\n  Kind:\n    enum: [a]\n"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:21:7: error: field 'category' uses the type 'Kind', but inside 'Thing' that name means the inline enum 'Thing.Kind'; set 'enumName' on the inline enum"
            ]
        )
        // Elsewhere the same two names are fine.
        let apart = Self.withFields(
            "      kind:\n        enum: [x]\n  Other:\n    fields:\n      category:\n        type: Kind\n  Kind:\n    enum: [a]\n"
        )
        #expect(Self.diagnostics(apart) == [])
    }

    @Test func serverCannotBeNamedCustom() {
        let yaml = Self.valid.replacingOccurrences(of: "auth:", with: "servers:\n  custom: https://x.example\nauth:")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:4:3: error: server name 'custom' is taken by Server.custom(URL), which every client has; choose another name"
            ]
        )
    }

    // MARK: Names generated code uses

    @Test func parametersMustNotShadowTheBuildersOwnNames() {
        for name in ["request", "report", "server", "token"] {
            let yaml = Self.valid.replacingOccurrences(
                of: "    path: /things\n",
                with: "    path: /things\n    query:\n      \(name):\n        type: string\n"
            )
            #expect(
                Self.diagnostics(yaml) == [
                    "schemas/demo.yaml:10:7: error: parameter '\(name)' would be named '\(name)', which the generated method already uses; set 'swiftName'"
                ]
            )
        }
        // `credentials` exists only with basic auth.
        let credentials = Self.valid.replacingOccurrences(
            of: "    path: /things\n",
            with: "    path: /things\n    query:\n      credentials:\n        type: string\n"
        )
        #expect(Self.diagnostics(credentials) == [])
    }

    @Test func operationAndTypeMustNotShareAFileOrTheResponseName() {
        let sameFile = Self.valid + "  CreateThing:\n    enum: [a]\n"
        #expect(
            Self.diagnostics(sameFile) == [
                "schemas/demo.yaml:6:3: error: operation 'createThing' and type 'CreateThing' would both be written to CreateThing.swift, and file names must be unique within a module; rename one\nschemas/demo.yaml:19:3: note: 'CreateThing' is declared here"
            ]
        )
        let response = Self.valid + "  CreateThingResponse:\n    enum: [a]\n"
        #expect(
            Self.diagnostics(response) == [
                "schemas/demo.yaml:19:3: error: type 'CreateThingResponse' has the name of the response type generated for operation 'createThing'; rename the type\nschemas/demo.yaml:6:3: note: 'createThing' is declared here"
            ]
        )
        let property = Self.valid.replacingOccurrences(of: "  createThing:", with: "  token:")
        #expect(
            Self.diagnostics(property) == [
                "schemas/demo.yaml:6:3: error: operation 'token' would become a method named like Client's property 'token'; rename it"
            ]
        )
    }

    @Test func clashingConstantNamesAreNumbered() throws {
        let yaml = Self.withFields(
            """
                  tags:
                    type: array
                    items: {type: string, pattern: "a"}
                  tagsItem:
                    type: string
                    pattern: "b"
                rules:
                  - id: '\"\"\"'
                    allowedCombinations: {fields: [name], rows: [[a]]}
                  - id: "***"
                    allowedCombinations: {fields: [tagsItem], rows: [[b]]}

            """
        )
        let model = try Self.generated(yaml, "Demo/Models/Thing.swift")
        #expect(model.contains("private static let tagsItemPattern = Pattern(\"a\")"))
        #expect(model.contains("private static let tagsItemPattern2 = Pattern(\"b\")"))
        #expect(model.contains("private static let valueCombinations = AllowedCombinations("))
        #expect(model.contains("private static let valueCombinations2 = AllowedCombinations("))
        #expect(model.contains("report.pattern(tagsItem, Self.tagsItemPattern2, at: \"tagsItem\")"))
    }

    @Test func parameterCheckConstantsDoNotShadowParameters() throws {
        let yaml = Self.valid.replacingOccurrences(
            of: "    path: /things\n",
            with:
                "    path: /things\n    query:\n      id:\n        type: string\n        pattern: \"[a-z]+\"\n      idPattern:\n        type: string\n"
        )
        let operation = try Self.generated(yaml, "Demo/Operations/CreateThing.swift")
        #expect(operation.contains("let idPattern2 = Pattern(\"[a-z]+\")"))
        #expect(operation.contains("report.pattern(id, idPattern2, at: \"id\")"))
        #expect(operation.contains("request.query(\"idPattern\", idPattern)"))
    }

    @Test func requestWithNothingToAddIsALet() throws {
        let bare = """
            provider:
              module: Bare
            operations:
              ping:
                method: GET
                path: /ping
                responses:
                  204:
                    description: Alive.
            """
        let operation = try Self.generated(bare, "Bare/Operations/Ping.swift")
        #expect(
            operation.contains(
                "        let request = RequestBuilder(method: .get, server: server.url, path: [.literal(\"/ping\")])\n"
            )
        )
        let withAuth = try Self.generated(Self.valid, "Demo/Operations/CreateThing.swift")
        #expect(withAuth.contains("var request = RequestBuilder("))
    }

    // MARK: Rules on fields that always have a value

    @Test func rulesOnDefaultedFields() throws {
        let trigger = Self.withFields(
            "      mode:\n        type: string\n        default: a\n      note:\n        type: string\n    rules:\n      - when: mode\n        requires: note\n"
        )
        #expect(
            Self.diagnostics(trigger) == [
                "schemas/demo.yaml:25:9: warning: rule 'requires': 'mode' has a default, so this rule always applies; make 'note' required instead"
            ]
        )
        let model = try Self.generated(trigger, "Demo/Models/Thing.swift")
        // `self.mode != nil` on a non-optional would be a compiler warning.
        #expect(model.contains("isPresent: true,"))

        let target = Self.withFields(
            "      mode:\n        type: string\n        default: a\n      note:\n        type: string\n    rules:\n      - when: note\n        requires: mode\n"
        )
        #expect(
            Self.diagnostics(target) == [
                "schemas/demo.yaml:25:9: error: rule 'requires': 'mode' has a default, so the rule can never fail"
            ]
        )
    }

    // MARK: Numbers

    @Test func integerBoundsAndDefaultsMustFitInt() {
        let fraction = Self.withFields("      count:\n        type: integer\n        minimum: 1.5\n")
        #expect(
            Self.diagnostics(fraction) == [
                "schemas/demo.yaml:19:7: error: field 'count' has minimum 1.5, which is not a whole number"
            ]
        )
        let huge = Self.withFields("      count:\n        type: integer\n        maximum: 9223372036854775808\n")
        #expect(
            Self.diagnostics(huge) == [
                "schemas/demo.yaml:19:7: error: field 'count' has maximum 9223372036854775808, which is outside the range of Int"
            ]
        )
        let hugeDefault = Self.withFields(
            "      count:\n        type: integer\n        default: -99999999999999999999\n"
        )
        #expect(
            Self.diagnostics(hugeDefault) == [
                "schemas/demo.yaml:19:7: error: the default of 'count' is -99999999999999999999, which is outside the range of Int"
            ]
        )
        let edge = Self.withFields(
            "      count:\n        type: integer\n        minimum: -9223372036854775808\n        maximum: 9223372036854775807\n        default: +7\n"
        )
        #expect(Self.diagnostics(edge) == [])
    }

    @Test func decimalsBeyondWhatDecimalHoldsAreRefused() {
        let digits = String(repeating: "9", count: 39)
        let long = Self.withFields("      amount:\n        type: decimal\n        maximum: \(digits)\n")
        #expect(
            Self.diagnostics(long) == [
                "schemas/demo.yaml:19:7: error: field 'amount' has maximum \(digits), which has 39 significant digits; a Decimal holds 38 exactly"
            ]
        )
        let tiny = "0." + String(repeating: "0", count: 128) + "1"
        let small = Self.withFields("      amount:\n        type: decimal\n        default: \(tiny)\n")
        #expect(
            Self.diagnostics(small) == [
                "schemas/demo.yaml:19:7: error: the default of 'amount' is \(tiny), which has 129 digits after the point; a Decimal holds 128"
            ]
        )
    }

    @Test func decimalsTooLongForAnIntLiteralAreStillExact() throws {
        let yaml = Self.withFields(
            "      amount:\n        type: decimal\n        default: -123456789012345678901234567890.5\n        maximum: 12.50\n"
        )
        let model = try Self.generated(yaml, "Demo/Models/Thing.swift")
        #expect(
            model.contains(
                "amount: Decimal = Decimal(sign: .minus, exponent: -1, significand: Decimal(string: \"1234567890123456789012345678905\")!)"
            )
        )
        // Short significands keep the plain integer literal.
        #expect(model.contains("Decimal(sign: .plus, exponent: -2, significand: 1250)"))
    }
}
