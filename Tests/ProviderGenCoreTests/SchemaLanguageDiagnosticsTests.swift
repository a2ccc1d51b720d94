import Testing

@testable import ProviderGenCore

/// Mistakes with unions, group rules, warnings, JSON held in strings, null presence and enum
/// values named like Optional's cases, each reported at its line and column.
@Suite struct SchemaLanguageDiagnosticsTests {
    /// `SnippetTests.schema` with `types`; its `types:` key is on line 13, so the first type is on line 14.
    static func diagnostics(_ types: String) -> [String] {
        HostileGenerationTests.diagnostics(SnippetTests.schema(types: types + SnippetTests.receipt))
    }

    static let thing = """
          Thing:
            fields:
              name:
                type: string

        """

    // MARK: Unions

    @Test func variantsOfTheSameKindCannotBeToldApart() {
        #expect(
            Self.diagnostics(
                Self.thing + """
                      Amount:
                        oneOf:
                          - type: integer
                          - type: decimal
                          - case: zero
                            value: 0
                          - case: nought
                            value: 0

                    """
            ) == [
                "schemas/demo.yaml:20:9: error: variants 'integer' and 'decimal' of 'Amount' are both a number on the wire, so a value cannot tell which it is; add a 'discriminator' or make one a constant 'value'\nschemas/demo.yaml:19:9: note: 'decimal' would be read as this one",
                "schemas/demo.yaml:23:9: error: variants 'zero' and 'nought' of 'Amount' are the same value\nschemas/demo.yaml:21:9: note: the first is here",
            ]
        )
    }

    @Test func unionShapesThatCannotWork() {
        #expect(
            Self.diagnostics(
                Self.thing + """
                      Anything:
                        oneOf:
                          - type: json
                      Names:
                        oneOf:
                          - case: some
                            type: string
                          - case: none
                            value: false
                          - case: some
                            type: boolean
                          - type: Anything
                          - value: 1
                          - case: both
                            value: 2
                            type: integer

                    """
            ) == [
                "schemas/demo.yaml:17:3: error: union 'Anything' needs at least two variants in 'oneOf'",
                "schemas/demo.yaml:19:9: error: variant 'json' of 'Anything' is json, which every value fits; set 'open: true' to keep other shapes instead",
                "schemas/demo.yaml:22:9: error: variant 'some' of 'Names' would be the Swift case 'some', which Swift, Optional or the open union's 'unknown' already uses; set 'case'",
                "schemas/demo.yaml:24:9: error: variant 'none' of 'Names' would be the Swift case 'none', which Swift, Optional or the open union's 'unknown' already uses; set 'case'",
                "schemas/demo.yaml:26:9: error: two variants of 'Names' are named 'some'; give one a 'case'\nschemas/demo.yaml:22:9: note: the first is here",
                "schemas/demo.yaml:26:9: error: variant 'some' of 'Names' would be the Swift case 'some', which Swift, Optional or the open union's 'unknown' already uses; set 'case'",
                "schemas/demo.yaml:28:9: error: variant 'anything' of 'Names' is the union 'Anything'; list its variants here instead",
                "schemas/demo.yaml:29:9: error: a variant with a 'value' needs a 'case' name",
                "schemas/demo.yaml:31:16: error: a variant is either a 'value' or a 'type', not both; remove 'type'",
            ]
        )
    }

    @Test func discriminatedVariantsMustCarryTheirTag() {
        #expect(
            Self.diagnostics(
                Self.thing + """
                      Card:
                        fields:
                          kind:
                            enum: [card]
                      Bank:
                        fields:
                          iban:
                            type: string
                      Source:
                        discriminator: kind
                        oneOf:
                          - type: Card
                            when: wallet
                          - type: Bank
                            when: bank
                          - type: Card
                            case: again
                          - type: string
                            when: text

                    """
            ) == [
                "schemas/demo.yaml:28:9: error: 'wallet' is not a value of 'Card.kind', so 'card' could never be read",
                "schemas/demo.yaml:30:9: error: 'Bank' has no field 'kind', so encoding a 'bank' would lose what selects it; declare the field",
                "schemas/demo.yaml:32:9: error: variant 'again' of 'Source' needs 'when': the value of 'kind' that selects it",
                "schemas/demo.yaml:34:9: error: variant 'string' of 'Source' must be an object type: the union is told apart by its 'kind' field",
            ]
        )
    }

    @Test func unionKeysOutOfPlace() {
        #expect(
            Self.diagnostics(
                """
                  Thing:
                    discriminator: kind
                    fields:
                      name:
                        type: string
                        default: x
                  Either:
                    rules: []
                    oneOf:
                      - type: string
                        when: a
                      - type: Thing
                  Both:
                    enum: [a]
                    oneOf:
                      - type: string

                """
            ) == [
                "schemas/demo.yaml:14:5: error: 'discriminator' applies to unions ('oneOf') only",
                "schemas/demo.yaml:20:5: error: 'rules' applies to objects only",
                "schemas/demo.yaml:22:9: error: 'when' needs a 'discriminator' on union 'Either'",
                "schemas/demo.yaml:25:3: error: type 'Both' has 'enum' and 'oneOf'; a type is an object ('fields'), an enum ('enum') or a union ('oneOf')",
                "schemas/demo.yaml:25:3: error: union 'Both' needs at least two variants in 'oneOf'",
            ]
        )
    }

    @Test func unionFieldsTakeNoDefaults() {
        #expect(
            Self.diagnostics(
                """
                  Thing:
                    fields:
                      flag:
                        type: Flag
                        default: true
                  Flag:
                    oneOf:
                      - type: boolean
                      - type: string

                """
            ) == [
                "schemas/demo.yaml:15:7: error: the default of 'flag' cannot be written for a union type"
            ]
        )
    }

    // MARK: Rules

    @Test func groupRulesNeedDistinctOptionalFields() {
        #expect(
            Self.diagnostics(
                """
                  Thing:
                    fields:
                      name:
                        type: string
                        required: true
                      email:
                        type: string
                    rules:
                      - atLeastOneOf: [name, email]
                      - exactlyOneOf: [email, email]
                      - exactlyOneOf: [email, name, phnoe]
                      - atLeastOneOf: [email]
                        exactlyOneOf: [name]
                      - when: email
                        allowedCombinations:
                          fields: [email]
                          rows: [[a]]

                """
            ) == [
                "schemas/demo.yaml:21:9: error: rule 'atLeastOneOf': 'name' is a required field, so the rule can never fail",
                "schemas/demo.yaml:22:9: error: rule 'exactlyOneOf' names 'email' twice",
                "schemas/demo.yaml:22:9: error: rule 'exactlyOneOf' needs at least two fields to choose among",
                "schemas/demo.yaml:23:9: error: rule 'exactlyOneOf' names 'phnoe', which is not a field of 'Thing'",
                "schemas/demo.yaml:23:9: error: rule 'exactlyOneOf': 'name' is a required field, so 'email', 'phnoe' could never be given; make it optional",
                "schemas/demo.yaml:23:9: error: rule id 'exactlyOneOf' is used twice in 'Thing'; give each rule its own 'id'\nschemas/demo.yaml:22:9: note: first used here",
                "schemas/demo.yaml:24:9: error: a rule checks one thing: 'atLeastOneOf', 'exactlyOneOf' belong in separate rules",
                "schemas/demo.yaml:24:9: error: rule 'atLeastOneOf' needs at least two fields to choose among",
                "schemas/demo.yaml:24:9: error: rule id 'atLeastOneOf' is used twice in 'Thing'; give each rule its own 'id'\nschemas/demo.yaml:21:9: note: first used here",
                "schemas/demo.yaml:26:9: error: 'when' goes with 'requires' only",
            ]
        )
    }

    // MARK: Warnings, JSON in strings, null presence

    @Test func warningConstraintsMustFitTheType() {
        #expect(
            Self.diagnostics(
                """
                  Thing:
                    fields:
                      count:
                        type: integer
                        warnings:
                          maxLength: 3
                          maximum: 2.5
                          minimun: 1

                """
            ) == [
                "schemas/demo.yaml:15:7: error: 'maxLength' does not apply to the warnings of field 'count'",
                "schemas/demo.yaml:15:7: error: the warnings of field 'count' has maximum 2.5, which is not a whole number",
                "schemas/demo.yaml:20:11: error: unknown key 'minimun' in the warnings of 'count'; did you mean 'minimum'?",
            ]
        )
    }

    @Test func jsonStringNeedsItsContent() {
        #expect(
            Self.diagnostics(
                """
                  Thing:
                    fields:
                      metadata:
                        type: jsonString
                      labels:
                        type: string
                        content: string
                      blob:
                        type: jsonString
                        maxLength: 10
                        content:
                          type: map
                          values: string
                          maxItems: 2

                """
            ) == [
                "schemas/demo.yaml:16:9: error: jsonString field 'metadata' is missing required key 'content'",
                "schemas/demo.yaml:19:9: error: 'content' does not apply to a field of type string",
                "schemas/demo.yaml:20:7: error: 'maxItems' does not apply to the content of field 'blob'",
                "schemas/demo.yaml:20:7: error: 'maxLength' does not apply to field 'blob'",
            ]
        )
    }

    @Test func distinguishNullOnlyWhereItMeansSomething() {
        #expect(
            Self.diagnostics(
                """
                  Thing:
                    fields:
                      note:
                        type: string
                        nullable: true
                        distinguishNull: false
                      name:
                        type: string
                        distinguishNull: true

                """
            ) == [
                "schemas/demo.yaml:18:9: error: 'Thing' is sent in a request body, where 'note' must tell absent from null (nil is omitted, .null is sent); remove 'distinguishNull: false'",
                "schemas/demo.yaml:21:9: error: 'distinguishNull' applies to fields that are nullable and not required; 'name' is not nullable",
            ]
        )
    }

    // MARK: Enum values named like Optional's cases

    @Test func enumValuesNamedNoneOrSomeNeedAnotherName() {
        #expect(
            Self.diagnostics(
                Self.thing + """
                      Plan:
                        enum: [NONE, some, basic]
                      Channel:
                        open: true
                        enum:
                          - value: none
                          - value: other
                            swiftName: some

                    """
            ) == [
                "schemas/demo.yaml:18:12: error: enum value 'NONE' would become the Swift name 'none', which Optional also has: on an optional 'Plan' '.none' would mean Optional's case, not this value; give it a 'swiftName'",
                "schemas/demo.yaml:18:18: error: enum value 'some' would become the Swift name 'some', which Optional also has: on an optional 'Plan' '.some' would mean Optional's case, not this value; give it a 'swiftName'",
                "schemas/demo.yaml:22:9: error: enum value 'none' would become the Swift name 'none', which Optional also has: on an optional 'Channel' '.none' would mean Optional's case, not this value; give it a 'swiftName'",
                "schemas/demo.yaml:23:9: error: enum value 'other' would become the Swift name 'some', which Optional also has: on an optional 'Channel' '.some' would mean Optional's case, not this value; give it a 'swiftName'",
            ]
        )
        let renamed = Self.diagnostics(
            Self.thing + """
                  Plan:
                    enum:
                      - value: none
                        swiftName: noPlan

                """
        )
        #expect(renamed.isEmpty)
    }
}
