import Testing

@testable import ProviderGenCore

/// The keys the schema language gained after the first export: parameter defaults, warnings,
/// pagination, several auth schemes, unions, `jsonString` and the one-of rules.
extension OpenAPIExportTests {
    @Test func severalAuthSchemesAreAlternatives() {
        #expect(Self.at("components", "securitySchemes", "bearerAuth", "scheme") == .string("bearer"))
        #expect(Self.at("components", "securitySchemes", "basicAuth", "scheme") == .string("basic"))
        var bearer = JSONObject()
        bearer["bearerAuth"] = .array([])
        var basic = JSONObject()
        basic["basicAuth"] = .array([])
        #expect(Self.at("security") == .array([.object(bearer), .object(basic)]))
    }

    @Test func parameterDefaultsTakeTheirWireForm() {
        #expect(Self.parameter("dryRun")?["schema"]?["default"] == .bool(false))
        #expect(Self.parameter("X-Api-Version")?["schema"]?["default"] == .string("2024-06-01"))
        #expect(Self.parameter("X-Api-Version")?["required"] == .bool(false))
        #expect(Self.parameter("limit")?["schema"]?["default"] == nil)
    }

    @Test func warningsAreKeywordsAValidatorDoesNotEnforce() {
        let limit = Self.parameter("limit")?["schema"]
        #expect(limit?["maximum"] == .integer(100))
        #expect(limit?["x-providergen-warnings"]?["maximum"] == .integer(50))
        let name = Self.property("name")
        #expect(name?["maxLength"] == .integer(50))
        #expect(name?["x-providergen-warnings"]?["maxLength"] == .integer(30))
        #expect(name?["x-providergen-warnings"]?["pattern"] == .string("^(?:[A-Z][a-z]+)$"))
        #expect(Self.property("title")?["x-providergen-warnings"] == nil)
    }

    @Test func paginationIsAnOperationExtension() {
        let pagination = Self.at("paths", "/v1/things", "get", "x-providergen-pagination")
        #expect(pagination?["style"] == .string("offset"))
        #expect(pagination?["items"] == .string("items"))
        #expect(pagination?["limit"] == .string("count"))
        #expect(pagination?["offset"] == .string("skip"))
        #expect(pagination?["total"] == .string("meta.total"))
        #expect(pagination?["nextCursor"] == nil)
        #expect(pagination?["name"] == .string("allThings"))
        #expect(Self.at("paths", "/v1/owners/{ownerId}/things", "get", "x-providergen-pagination") == nil)
    }

    /// `distinguishNull` only picks the Swift type: absent and `null` are already two wire forms.
    @Test func distinguishNullChangesNothingOnTheWire() {
        let nickname = Self.property("nickname", of: "Thing")
        #expect(nickname?["type"] == .array([.string("string"), .string("null")]))
        #expect(Self.at("components", "schemas", "Thing", "required") == .strings(["id"]))
        guard case .object(let object)? = nickname else {
            Issue.record("no nickname")
            return
        }
        #expect(object.members.map(\.key) == ["type"])
    }

    @Test func discriminatedUnionsMapTagsToTheirObjects() {
        let union = Self.at("components", "schemas", "PaymentSource")
        #expect(union?["discriminator"]?["propertyName"] == .string("object"))
        #expect(union?["discriminator"]?["mapping"]?["card"] == .string("#/components/schemas/Card"))
        #expect(union?["discriminator"]?["mapping"]?["bank_account"] == .string("#/components/schemas/BankAccount"))
        var card = Self.reference("Card")
        card["description"] = .string("A card.")
        #expect(union?["anyOf"] == .array([.object(card), .object(Self.reference("BankAccount"))]))
        #expect(union?["x-providergen-union"]?["tags"] == .strings(["card", "bank_account"]))
        #expect(union?["x-providergen-union"]?["open"] == .bool(false))
    }

    @Test func constantAndOpenUnionsKeepTheirShapes() {
        var cleared = JSONObject()
        cleared["const"] = .string("")
        #expect(
            Self.at("components", "schemas", "AddressOrCleared", "anyOf")
                == .array([.object(Self.reference("Address")), .object(cleared)])
        )
        let holder = Self.at("components", "schemas", "Holder")
        guard case .array(let variants)? = holder?["anyOf"] else {
            Issue.record("no variants")
            return
        }
        #expect(variants.count == 3)
        #expect(variants[0]["pattern"] == .string("^(?:h_[a-z0-9]+)$"))
        #expect(variants[2] == .object(JSONObject()))
        #expect(holder?["discriminator"] == nil)
        #expect(holder?["x-providergen-union"]?["cases"] == .strings(["id", "expanded"]))
        #expect(holder?["x-providergen-union"]?["open"] == .bool(true))
    }

    @Test func jsonStringsAreStringsWithJSONContent() {
        let settings = Self.property("settings", of: "Thing")
        #expect(settings?["type"] == .string("string"))
        #expect(settings?["contentMediaType"] == .string("application/json"))
        #expect(settings?["contentSchema"] == .object(Self.reference("Address")))
    }

    /// Error-severity groups of fields that cannot be null become `anyOf`/`oneOf` of `required`;
    /// a nullable member (`null` is a present key) or a warning stays in the extension only.
    @Test func oneOfRulesAreKeywordsWhereExact() throws {
        let object = try #require(Self.at("components", "schemas", "ThingRequest"))
        func required(_ names: String...) -> JSONDocument {
            .array(
                names.map { name in
                    var present = JSONObject()
                    present["required"] = .strings([name])
                    return .object(present)
                }
            )
        }
        var atLeastOne = JSONObject()
        atLeastOne["anyOf"] = required("email", "phone")
        var exactlyOne = JSONObject()
        exactlyOne["oneOf"] = required("born", "when")
        #expect(object["allOf"] == .array([.object(atLeastOne), .object(exactlyOne)]))
        guard case .array(let rules)? = object["x-providergen-rules"] else {
            Issue.record("no rules")
            return
        }
        #expect(rules[1]["atLeastOneOf"] == .strings(["email", "phone"]))
        #expect(rules[3]["exactlyOneOf"] == .strings(["address", "optionalAddress"]))
        #expect(rules[4]["severity"] == .string("warning"))
    }
}
