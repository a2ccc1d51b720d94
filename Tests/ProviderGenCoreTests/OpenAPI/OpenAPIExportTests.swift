import Foundation
import Testing

@testable import ProviderGenCore

/// The exported document, key by key, for a schema that uses every mapped key
/// (`Tests/Fixtures/OpenAPI/kitchen-sink.yaml`).
@Suite struct OpenAPIExportTests {
    static let schema: ProviderSchema = {
        let loaded = SchemaFrontEnd.read(contentsOf: RepositoryPaths.kitchenSink, displayPath: "kitchen-sink.yaml")
        precondition(loaded.schema != nil, "\(loaded.diagnostics.map(\.description))")
        return loaded.schema!
    }()

    static let document = OpenAPIDocument.document(for: schema)

    static func at(_ keys: String...) -> JSONDocument? {
        keys.reduce(Optional(document)) { $0?[$1] }
    }

    static func property(_ name: String, of type: String = "ThingRequest") -> JSONDocument? {
        at("components", "schemas", type, "properties", name)
    }

    static func parameters(_ operation: String = "post") -> [JSONDocument] {
        guard case .array(let parameters)? = at("paths", "/v1/owners/{ownerId}/things", operation, "parameters")
        else { return [] }
        return parameters
    }

    static func parameter(_ name: String) -> JSONDocument? {
        parameters().first { $0["name"] == .string(name) }
    }

    @Test func headDescribesTheProvider() {
        #expect(Self.at("openapi") == .string("3.1.0"))
        #expect(Self.at("info", "title") == .string("Kitchen Sink"))
        #expect(Self.at("info", "description") == .string("Every key the export maps."))
        #expect(Self.at("externalDocs", "url") == .string("https://example.com/docs"))
        #expect(Self.at("components", "securitySchemes", "bearerAuth", "scheme") == .string("bearer"))
        #expect(Self.at("x-providergen-module") == .string("Sink"))
        #expect(Self.at("x-providergen-headers", "Accept") == .string("application/json"))
        #expect(Self.at("x-providergen-sending", "retryHintHeader") == .string("Should-Retry"))
        #expect(Self.at("x-providergen-tolerate") == .strings(["numberAsString"]))
        guard case .array(let servers)? = Self.at("servers") else {
            Issue.record("no servers")
            return
        }
        #expect(
            servers.map { $0["url"] } == [.string("https://api.example.com"), .string("https://sandbox.example.com")]
        )
        #expect(servers[1]["description"] == .string("sandbox: Test mode."))
    }

    @Test func aServerURLReplacesTheSchemasServers() {
        let document = OpenAPIDocument.document(
            for: Self.schema,
            options: .init(serverURL: "http://127.0.0.1:8080")
        )
        guard case .array(let servers)? = document["servers"] else {
            Issue.record("no servers")
            return
        }
        #expect(servers.map { $0["url"] } == [.string("http://127.0.0.1:8080")])
    }

    @Test func operationsShareTheirPathAndKeepTheirIds() {
        #expect(Self.at("paths", "/v1/owners/{ownerId}/things", "post", "operationId") == .string("createThing"))
        #expect(Self.at("paths", "/v1/owners/{ownerId}/things", "get", "operationId") == .string("getThing"))
        #expect(Self.at("paths", "/v1/owners/{ownerId}/things", "post", "summary") == .string("Create a thing"))
    }

    @Test func parametersCarryLocationPresenceConstraintsAndExamples() {
        #expect(
            Self.parameters().map { $0["name"] }
                == ["ownerId", "dryRun", "sort", "limit", "X-Trace", "X-Api-Version", "Idempotency-Key"].map(
                    JSONDocument.string
                )
        )
        #expect(Self.parameter("ownerId")?["in"] == .string("path"))
        #expect(Self.parameter("ownerId")?["required"] == .bool(true))
        #expect(Self.parameter("ownerId")?["schema"]?["pattern"] != nil)
        #expect(Self.parameter("dryRun")?["required"] == .bool(false))
        #expect(Self.parameter("sort")?["schema"]?["$ref"] == .string("#/components/schemas/Sort"))
        #expect(Self.parameter("limit")?["schema"]?["minimum"] == .number("1"))
        #expect(Self.parameter("limit")?["example"] == .number("10"))
        #expect(Self.parameter("X-Trace")?["in"] == .string("header"))
        #expect(Self.parameter("X-Trace")?["x-providergen-swift-name"] == .string("trace"))
        #expect(Self.parameter("Idempotency-Key")?["x-providergen-idempotency-key"] == .bool(true))
        // GET takes no idempotency key.
        #expect(Self.parameters("get").map { $0["name"] } == [.string("ownerId")])
    }

    @Test func formBodiesDescribeTheirEncoding() {
        let media = Self.at(
            "paths",
            "/v1/owners/{ownerId}/things",
            "post",
            "requestBody",
            "content",
            "application/x-www-form-urlencoded"
        )
        #expect(media?["schema"]?["$ref"] == .string("#/components/schemas/ThingRequest"))
        #expect(media?["encoding"]?["tags"]?["x-providergen-array-style"] == .string("indexed"))
        #expect(media?["encoding"]?["notes"]?["style"] == .string("deepObject"))
        #expect(media?["encoding"]?["address"]?["style"] == .string("deepObject"))
        #expect(media?["encoding"]?["name"] == nil)
        #expect(media?["x-providergen-form-encoding"]?["arrayStyle"] == .string("indexed"))
    }

    @Test func responsesCoverStatusesRangesDefaultEnvelopesAndShapes() throws {
        let responses = try #require(Self.at("paths", "/v1/owners/{ownerId}/things", "post", "responses"))
        guard case .object(let object) = responses else {
            Issue.record("responses")
            return
        }
        #expect(object.members.map(\.key) == ["201", "204", "400", "4XX", "default"])
        let created = responses["201"]?["content"]?["application/json"]?["schema"]
        #expect(created?["x-providergen-envelope"]?["payload"] == .string("data"))
        #expect(created?["allOf"] != nil)
        #expect(responses["204"]?["content"] == nil)
        #expect(responses["4XX"]?["description"] == .string("Status 4XX."))
        let shapes = responses["4XX"]?["content"]?["application/json"]?["schema"]?["anyOf"]
        #expect(shapes == .array([.object(Self.reference("ValidationError")), .object(Self.reference("Problem"))]))
        #expect(responses["200"] == nil)
        #expect(
            responses["201"]?["headers"]?["Retry-After"]?["schema"]?["x-providergen-header-type"]
                == .string("retryAfter")
        )
        #expect(responses["201"]?["headers"]?["X-RateLimit-Remaining"]?["schema"]?["type"] == .string("integer"))
        #expect(responses["default"]?["headers"]?["Should-Retry"]?["schema"]?["enum"] == .strings(["true", "false"]))
    }

    static func reference(_ name: String) -> JSONObject {
        var object = JSONObject()
        object["$ref"] = .string("#/components/schemas/" + name)
        return object
    }

    @Test func stringConstraintsBecomeKeywordsAndExtensions() {
        let name = Self.property("name")
        #expect(name?["minLength"] == .integer(3))
        #expect(name?["maxLength"] == .integer(50))
        #expect(name?["pattern"] == .string("^(?:[A-Z][a-z.]+)$"))
        #expect(
            name?["allOf"]
                == .array([
                    .object(Self.pattern("^[A-Za-z\\u0020\\-\\.]*$")),
                    .object(Self.pattern("^(?:[\\s\\S]*[A-Za-z])?$")),
                ])
        )
        #expect(name?["x-providergen-allowed-characters"]?["extra"] == .string("-."))
        #expect(name?["x-providergen-allowed-last-character"]?["classes"] == .strings(["asciiLetters"]))
        #expect(Self.at("components", "schemas", "ThingRequest", "required") == .strings(["name"]))
        // Unicode-wide letters have no portable pattern: the extension alone says it.
        #expect(Self.property("title")?["pattern"] == nil)
        #expect(Self.property("title")?["x-providergen-allowed-characters"]?["classes"] == .strings(["letters"]))
    }

    static func pattern(_ text: String) -> JSONObject {
        var object = JSONObject()
        object["pattern"] = .string(text)
        return object
    }

    @Test func literalsTakeTheirFieldsWireForm() {
        #expect(Self.property("code")?["examples"] == .array([.string("010469")]))
        #expect(Self.property("amount")?["examples"] == .array([.number("12.50")]))
        #expect(Self.property("amount")?["minimum"] == .number("0.01"))
        #expect(Self.property("amount")?["x-providergen-type"] == .string("decimal"))
        #expect(Self.property("active")?["default"] == .integer(1))
        #expect(Self.property("active")?["enum"] == .array([.integer(0), .integer(1)]))
    }

    @Test func datesDescribeTheirWireFormat() {
        #expect(Self.property("born")?["format"] == .string("date"))
        #expect(Self.property("when")?["format"] == .string("date-time"))
        #expect(Self.property("seen")?["type"] == .string("number"))
        #expect(Self.property("seen")?["x-providergen-date-format"] == .string("unixSeconds"))
        let at = Self.property("at")
        #expect(at?["pattern"] == .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\u0020[0-9]{2}:[0-9]{2}:[0-9]{2}$"))
        #expect(at?["x-providergen-date-format"] == .string("yyyy-MM-dd HH:mm:ss"))
        #expect(at?["x-providergen-time-zone"] == .string("America/Bogota"))
    }

    @Test func collectionsCarryTheirElementConstraints() {
        let tags = Self.property("tags")
        #expect(tags?["minItems"] == .integer(1))
        #expect(tags?["maxItems"] == .integer(5))
        #expect(tags?["items"]?["maxLength"] == .integer(20))
        let notes = Self.property("notes")
        #expect(notes?["minProperties"] == .integer(1))
        #expect(notes?["maxProperties"] == .integer(15))
        #expect(notes?["propertyNames"]?["maxLength"] == .integer(256))
        #expect(notes?["additionalProperties"]?["type"] == .string("string"))
    }

    @Test func nullabilityUsesTypeArraysOrAnyOf() {
        #expect(Self.property("count")?["type"] == .array([.string("integer"), .string("null")]))
        #expect(Self.property("extra") == .object(JSONObject()))
        let optionalAddress = Self.property("optionalAddress")
        #expect(optionalAddress?["anyOf"] == .array([.object(Self.reference("Address")), .object(Self.nullType)]))
        #expect(
            Self.property("kind")?["anyOf"]
                == .array([.object(Self.reference("ThingRequest.Kind")), .object(Self.nullType)])
        )
    }

    static var nullType: JSONObject {
        var object = JSONObject()
        object["type"] = .string("null")
        return object
    }

    @Test func formatsKeepTheirArgumentsInTheExtension() {
        #expect(Self.property("email")?["format"] == .string("email"))
        #expect(Self.property("country")?["format"] == .string("countryCode"))
        #expect(Self.property("phone")?["format"] == .string("phone"))
        #expect(
            Self.property("phone")?["x-providergen-format"]?["arguments"]?["country"]?["field"] == .string("country")
        )
    }

    @Test func rulesAreExtensionsAndDependentRequiredWhereExact() throws {
        let object = try #require(Self.at("components", "schemas", "ThingRequest"))
        #expect(object["dependentRequired"]?["phone"] == .strings(["country"]))
        guard case .array(let rules)? = object["x-providergen-rules"] else {
            Issue.record("no rules")
            return
        }
        #expect(
            rules.map { $0["id"] }
                == ["phoneNeedsCountry", "atLeastOneOf", "oneDate", "oneAddress", "oneTime", "sizeFitsCountry"]
                .map(JSONDocument.string)
        )
        #expect(rules[5]["severity"] == .string("warning"))
        #expect(rules[5]["allowedCombinations"]?["rows"] == .array([.strings(["CO", "S"])]))
        #expect(rules[5]["message"] == .string("that size is not sold there"))
    }

    @Test func enumsOpenAndClosedInlineAndNamed() {
        let kind = Self.at("components", "schemas", "ThingRequest.Kind")
        #expect(kind?["enum"] == .strings(["S", "M", "L"]))
        let status = Self.at("components", "schemas", "Status")
        #expect(status?["x-providergen-open-enum"] == .bool(true))
        #expect(status?["anyOf"]?.text.contains("active") ?? false)
        #expect(status?["x-providergen-enum-descriptions"]?["active"] == .string("In use."))
        #expect(status?["description"] == .string("Grows over time."))
    }

    @Test func responseReadingKeysAreExtensions() {
        #expect(Self.property("id", of: "Thing")?["x-providergen-alternate-names"] == .strings(["thingId"]))
        #expect(Self.property("meta", of: "Thing")?["x-providergen-tolerate"] == .strings(["emptyArrayAsMap"]))
    }

    @Test func exportIsDeterministic() {
        let first = OpenAPIExport.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        let second = OpenAPIExport.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        #expect(first.diagnostics.isEmpty)
        // One document per schema, in file order: the seeds and any provider added since.
        let schemaStems =
            (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.schemas))?
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted() ?? []
        #expect(Set(["jetpay", "koywe", "payarc", "pik", "razorpay"]).isSubset(of: schemaStems))
        #expect(first.files.map(\.path) == schemaStems.map { $0 + ".openapi.json" })
        #expect(first.files == second.files)
        #expect(Self.document.text == OpenAPIDocument.document(for: Self.schema).text)
    }

    @Test func schemaErrorsExportNothingAndSayWhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            "provider:\n  module: Bad\noperations: {}\ntypes:\n  X:\n    fields:\n      a:\n        type: integr\n".utf8
        )
        .write(to: folder.appendingPathComponent("bad.yaml"))
        let export = OpenAPIExport.run(schemaFolder: folder.path, displayFolder: "schemas")
        #expect(export.hasErrors)
        #expect(export.files.isEmpty)
        #expect(export.diagnostics.contains { $0.description.hasPrefix("schemas/bad.yaml:") })
    }
}
