import Testing

@testable import ProviderGenCore

/// Misused response-reading keys (body shapes, tolerances, alternate names, typed response headers)
/// are reported at their line and column, like every other schema mistake.
@Suite struct ResponseReadingDiagnosticsTests {
    static func diagnostics(_ yaml: String) -> [String] {
        SchemaDiagnosticsTests.diagnostics(yaml)
    }

    static func replacing(_ old: String, with new: String) -> String {
        SchemaDiagnosticsTests.replacing(old, with: new)
    }

    @Test func severalBodyShapesAndARawFallbackAreValid() {
        let yaml = Self.replacing(
            "        type: Thing\ntypes:",
            with:
                "        type: Thing\n      4XX:\n        type: [Thing, Other]\n      default: {}\ntypes:\n  Other:\n    fields:\n      detail:\n        type: string"
        )
        #expect(Self.diagnostics(yaml) == [])
    }

    @Test func bodyShapeListedTwice() {
        let yaml = Self.replacing("        type: Thing\ntypes:", with: "        type: [Thing, Thing]\ntypes:")
        #expect(
            Self.diagnostics(yaml) == ["schemas/demo.yaml:18:23: error: response 200 lists body type 'Thing' twice"]
        )
    }

    @Test func emptyBodyShapeList() {
        let yaml = Self.replacing("        type: Thing\ntypes:", with: "        type: []\ntypes:")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:18:15: error: 'type' lists nothing; remove it or name at least one"
            ]
        )
    }

    @Test func envelopeWithSeveralShapes() {
        let yaml = Self.replacing(
            "        type: Thing\ntypes:",
            with:
                "        type: [Thing, Wrapper]\n        envelope:\n          type: Wrapper\n          payload: data\ntypes:\n  Wrapper:\n    fields:\n      code:\n        type: integer"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:19:9: error: response 200 lists several body types; an envelope applies to one payload type only"
            ]
        )
    }

    @Test func unknownShapeIsNamedWithASuggestion() {
        let yaml = Self.replacing("        type: Thing\ntypes:", with: "        type: [Thing, Thng]\ntypes:")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:17:7: error: response 200 of 'createThing' names unknown type 'Thng'; did you mean 'Thing'?"
            ]
        )
    }

    @Test func unknownToleranceSuggestsTheClosest() {
        let yaml = Self.replacing(
            "        maxLength: 10",
            with: "        maxLength: 10\n        tolerate: [numberAsStrings]"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:26:20: error: unknown tolerance 'numberAsStrings'; did you mean 'numberAsString'?; expected emptyArrayAsMap or numberAsString"
            ]
        )
    }

    @Test func toleranceThatDoesNotFitTheField() {
        let yaml = Self.replacing(
            "        maxLength: 10",
            with: "        maxLength: 10\n        tolerate: emptyArrayAsMap"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:22:7: error: tolerance 'emptyArrayAsMap' on field 'name' of 'Thing' applies to map fields only"
            ]
        )
        let number = Self.replacing(
            "      name:\n        type: string",
            with:
                "      count:\n        type: integer\n        tolerate: [numberAsString]\n      name:\n        type: string"
        )
        #expect(
            Self.diagnostics(number) == [
                "schemas/demo.yaml:22:7: error: tolerance 'numberAsString' on field 'count' of 'Thing' applies to string fields only"
            ]
        )
    }

    @Test func toleranceListedTwiceAndProviderWideUnknown() {
        let yaml = Self.replacing(
            "auth:\n",
            with: "tolerate: [numberAsString, numberAsString, emptyArrayAsMapp]\nauth:\n"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:5:28: error: tolerance 'numberAsString' is listed twice",
                "schemas/demo.yaml:5:44: error: unknown tolerance 'emptyArrayAsMapp'; did you mean 'emptyArrayAsMap'?; expected emptyArrayAsMap or numberAsString",
            ]
        )
    }

    @Test func tolerancesAndAlternateNamesAreRefusedOnParameters() {
        let yaml = Self.replacing(
            "        type: string\n    body:",
            with: "        type: string\n        tolerate: [numberAsString]\n    body:"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:12:7: error: 'tolerate' and 'alternateNames' apply to how responses are read, not to parameters; remove them"
            ]
        )
    }

    @Test func alternateNameMistakes() {
        let own = Self.replacing(
            "        maxLength: 10",
            with: "        maxLength: 10\n        alternateNames: [name, title, title]"
        )
        #expect(
            Self.diagnostics(own) == [
                "schemas/demo.yaml:26:26: error: alternate name 'name' is the field's own wire name; remove it",
                "schemas/demo.yaml:26:39: error: alternate name 'title' is listed twice",
            ]
        )
        let taken = Self.replacing(
            "        maxLength: 10",
            with: "        maxLength: 10\n        alternateNames: [label]\n      label:\n        type: string"
        )
        #expect(
            Self.diagnostics(taken) == [
                "schemas/demo.yaml:22:7: error: alternate name 'label' of field 'name' of 'Thing' is already the wire name of 'label'\nschemas/demo.yaml:27:7: note: 'label' is here"
            ]
        )
        let clash = Self.replacing(
            "        maxLength: 10",
            with: "        maxLength: 10\n        alternateNames: [title]\n      nameAlternate1:\n        type: string"
        )
        #expect(
            Self.diagnostics(clash) == [
                "schemas/demo.yaml:22:7: error: the coding key 'nameAlternate1' generated for alternate name 'title' of field 'name' clashes with a field of 'Thing'; set 'swiftName' on that field"
            ]
        )
    }

    @Test func responseHeaderMistakes() {
        let yaml = Self.replacing(
            "auth:\n",
            with: """
                responseHeaders:
                  Retry-After:
                    type: retryafter
                  X-Request-Id:
                    swiftName: requestId
                  x-request-id:
                    swiftName: requestID
                  Bad Name: {}
                  X-Status:
                    swiftName: status
                  X-Ok:
                    swiftName: ok
                  X-Other:
                    swiftName: requestId
                  X-Thing:
                    swiftName: Thing

                """ + "auth:\n"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:7:11: error: unknown header type 'retryafter'; did you mean 'retryAfter'?; expected string, integer, boolean, retryAfter",
                "schemas/demo.yaml:10:3: error: response header 'x-request-id' is listed twice (header names ignore case)\nschemas/demo.yaml:8:3: note: first listed here",
                "schemas/demo.yaml:12:3: error: 'Bad Name' is not a valid HTTP header name",
                "schemas/demo.yaml:13:3: error: response header 'X-Status' would become the property 'status', which is already the status on responses; set 'swiftName'",
                "schemas/demo.yaml:15:3: error: response header 'X-Ok' would become the property 'ok', which is already the case for status 200 on responses; set 'swiftName'",
                "schemas/demo.yaml:17:3: error: response headers 'X-Request-Id' and 'X-Other' both become the property 'requestId'; set 'swiftName' on one of them\nschemas/demo.yaml:8:3: note: 'X-Request-Id' is here",
                "schemas/demo.yaml:20:16: error: response header 'X-Thing' needs a lowerCamelCase Swift identifier as 'swiftName', found 'Thing'",
            ]
        )
    }

    @Test func wireAbsenceIsReserved() {
        let yaml = Self.replacing("      name:\n", with: "      wire_absence:\n        type: string\n      name:\n")
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:22:7: error: field 'wire_absence' of 'Thing' would become the property 'wireAbsence', which generated models use to remember absent keys; set 'swiftName'"
            ]
        )
    }

    @Test func nestedBodyEnumNamesMustBeFree() {
        let yaml = Self.replacing(
            "        type: Thing\ntypes:",
            with:
                "        type: [Thing, OkBody, Unmatched]\ntypes:\n  OkBody:\n    fields:\n      a:\n        type: string\n  Unmatched:\n    fields:\n      b:\n        type: string"
        )
        #expect(
            Self.diagnostics(yaml) == [
                "schemas/demo.yaml:17:7: error: body type 'Unmatched' of response 200 would become the case 'unmatched', which holds bodies that fit no type; rename the type",
                "schemas/demo.yaml:17:7: error: response 200 of 'createThing' lists several body types, which generates the nested type 'OkBody', and that name is already taken; rename the type 'OkBody'",
            ]
        )
    }
}
