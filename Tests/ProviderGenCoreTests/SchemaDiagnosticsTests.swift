import Testing

@testable import ProviderGenCore

/// Every schema mistake is reported at its line and column, in compiler format, all in one run.
@Suite struct SchemaDiagnosticsTests {
    /// A valid schema to break one line at a time. Line numbers below refer to this text.
    static let valid = """
        provider:
          module: Demo
        servers:
          production: https://api.example.com
        auth:
          scheme: bearer
        operations:
          createThing:
            method: POST
            path: /things/{thingId}
            pathParameters:
              thingId:
                type: string
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
                minLength: 1
                maxLength: 10
        """

    static func diagnostics(_ yaml: String) -> [String] {
        SchemaFrontEnd.read(yaml: Array(yaml.utf8), file: "schemas/demo.yaml").diagnostics.map(\.description)
    }

    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), "test fixture does not contain \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }

    @Test func validSchemaHasNoDiagnostics() {
        #expect(Self.diagnostics(Self.valid) == [])
    }

    @Test func unknownKeySuggestsTheClosestOne() {
        let yaml = Self.replacing("        minLength: 1", with: "        minLenght: 1")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:24:9: error: unknown key 'minLenght' in field 'name'; did you mean 'minLength'?"
            ]
        )
    }

    @Test func unknownTopLevelKey() {
        let yaml = Self.valid + "\noperation: {}\n"
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:26:1: error: unknown key 'operation' in the schema; did you mean 'operations'?"
            ]
        )
    }

    @Test func wrongValueKind() {
        let yaml = Self.replacing("        maxLength: 10", with: "        maxLength: ten")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:25:20: error: 'maxLength' must be a non-negative integer, found a string"
            ]
        )
    }

    @Test func missingRequiredKey() {
        let yaml = Self.replacing("    method: POST\n", with: "")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:9:5: error: operation 'createThing' is missing required key 'method'"
            ]
        )
    }

    @Test func unknownTypeName() {
        let yaml = Self.replacing("      type: Thing\n    responses", with: "      type: Thng\n    responses")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:15:13: error: the body of 'createThing' names unknown type 'Thng'; did you mean 'Thing'?"
            ]
        )
    }

    @Test func unknownScalarType() {
        let yaml = Self.replacing(
            "        type: string\n        minLength",
            with: "        type: strng\n        minLength"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:23:15: error: unknown type 'strng'; did you mean 'string'?; expected string, integer, decimal, boolean, binaryBoolean, date, dateTime, json, jsonString, array, map or a type declared under 'types'"
            ]
        )
    }

    @Test func minimumGreaterThanMaximum() {
        let yaml = Self.replacing("        minLength: 1", with: "        minLength: 11")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:22:7: error: field 'name' has minLength 11 greater than maxLength 10"
            ]
        )
    }

    @Test func patternThatDoesNotCompile() {
        let yaml = Self.replacing("        maxLength: 10", with: "        maxLength: 10\n        pattern: \"[a-z\"")
        let found = Self.diagnostics(yaml)
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix("schemas/demo.yaml:22:7: error: the pattern of field 'name' does not compile")
                == true
        )
    }

    /// Issue 17 item 2: ICU would give up on such a pattern at run time (and cost seconds per value).
    @Test func patternOutsideTheLinearMatcher() {
        let yaml = Self.replacing(
            "        maxLength: 10",
            with:
                "        maxLength: 30\n        pattern: '(\\p{L}+)+a{25}b'\n        example: aaaaaaaaaaaaaaaaaaaaaaaaaab"
        )
        #expect(
            Self.diagnostics(yaml) == [
                #"schemas/demo.yaml:22:7: error: the pattern of field 'name' cannot be matched in linear time: the escape "\p" is not supported (supported: \d \D \s \S \t \n \r \f and escaped punctuation; Unicode properties such as \p{L}, \w, \b and backreferences are not) (at character 2 of the pattern)"#
            ]
        )
    }

    @Test func exampleThatBreaksItsOwnField() {
        let yaml = Self.replacing(
            "        maxLength: 10",
            with: "        maxLength: 10\n        example: far too long a name"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:22:7: error: the example of 'name' breaks its own field's rule: must be at most 10 characters (got 19) [maxLength]"
            ]
        )
    }

    @Test func defaultThatBreaksItsOwnField() {
        let yaml = Self.replacing("        maxLength: 10", with: "        maxLength: 10\n        default: \"\"")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:22:7: error: the default of 'name' breaks its own field's rule: "
                    + "must be at least 1 character (got 0) [minLength]"
            ]
        )
    }

    @Test func pathParameterNotDeclared() {
        let yaml = Self.replacing("    path: /things/{thingId}", with: "    path: /things/{thingId}/{partId}")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:8:3: error: path '/things/{thingId}/{partId}' of 'createThing' uses '{partId}', which is not declared under 'pathParameters'"
            ]
        )
    }

    @Test func declaredPathParameterNotInPath() {
        let yaml = Self.replacing("    path: /things/{thingId}", with: "    path: /things")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:12:7: error: path parameter 'thingId' is declared but path '/things' does not use '{thingId}'"
            ]
        )
    }

    @Test func duplicateKeyPointsAtTheFirstDefinition() {
        let yaml = Self.replacing("        maxLength: 10", with: "        maxLength: 10\n        minLength: 2")
        #expect(Self.diagnostics(yaml).first?.hasPrefix("schemas/demo.yaml:26:9: error:") == true)
        #expect(Self.diagnostics(yaml).first?.contains("schemas/demo.yaml:24:9: note:") == true)
    }

    @Test func twoFieldsWithTheSameSwiftName() {
        let yaml = Self.valid + "\n      first_name:\n        type: string\n      firstName:\n        type: string\n"
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:28:7: error: fields 'first_name' and 'firstName' of 'Thing' both become the Swift property 'firstName'; set 'swiftName' on one of them\nschemas/demo.yaml:26:7: note: 'first_name' is here"
            ]
        )
    }

    @Test func everyProblemIsReportedInOneRunSortedByPosition() {
        var yaml = Self.replacing("        minLength: 1", with: "        minLenght: 1")
        yaml = yaml.replacingOccurrences(of: "    method: POST", with: "    method: FETCH")
        let found = Self.diagnostics(yaml)
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("schemas/demo.yaml:9:13: error: unknown HTTP method 'FETCH'") == true)
        #expect(found.last?.hasPrefix("schemas/demo.yaml:24:9: error: unknown key 'minLenght'") == true)
    }

    @Test func yamlSyntaxErrorCarriesLibyamlsPosition() {
        let found = Self.diagnostics("provider:\n  module: [Demo\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("schemas/demo.yaml:3:1: error:") == true)
    }

    @Test func emptySchema() {
        #expect(
            Self.diagnostics("") == [
                "schemas/demo.yaml:1:1: error: the schema is empty; it needs at least 'provider' and 'operations'"
            ]
        )
    }

    @Test func ruleNamingAMissingField() {
        let yaml = Self.valid + "\n    rules:\n      - when: nmae\n        requires: name\n"
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:27:9: error: rule 'requires' names 'nmae', which is not a field of 'Thing'; did you mean 'name'?"
            ]
        )
    }

    @Test func duplicateEnumValues() {
        let yaml = Self.valid + "\n  Color:\n    enum: [red, green, red]\n"
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:27:24: error: enum 'Color' lists 'red' twice\nschemas/demo.yaml:27:12: note: first listed here"
            ]
        )
    }
}
