import Testing

@testable import ProviderGenCore

/// Razorpay's updateContact and setContactActive are both `PATCH /v1/contacts/{id}`; OpenAPI has
/// room for one operation there, so the export merges them instead of keeping only the last.
@Suite struct SharedRouteExportTests {
    static let patch: JSONDocument? = {
        let loaded = SchemaFrontEnd.read(contentsOf: RepositoryPaths.schemas + "/razorpay.yaml")
        guard let schema = loaded.schema else { return nil }
        return OpenAPIDocument.document(for: schema)["paths"]?["/v1/contacts/{id}"]?["patch"]
    }()

    @Test func bothOperationsAreNamedUnderTheFirstsID() {
        #expect(Self.patch?["operationId"] == .string("updateContact"))
        #expect(Self.patch?["x-providergen-operations"] == .strings(["updateContact", "setContactActive"]))
        #expect(Self.patch?["summary"] == .string("Update a contact; or: Activate or deactivate a contact"))
    }

    @Test func theBodyIsEitherOperationsBody() {
        var update = JSONObject()
        update["$ref"] = .string("#/components/schemas/UpdateContactRequest")
        var activation = JSONObject()
        activation["$ref"] = .string("#/components/schemas/ContactActivation")
        let schema = Self.patch?["requestBody"]?["content"]?["application/json"]?["schema"]
        #expect(schema?["anyOf"] == .array([.object(update), .object(activation)]))
        #expect(Self.patch?["requestBody"]?["required"] == .bool(true))
    }

    @Test func theSharedResponseStaysOneSchema() {
        let schema = Self.patch?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
        #expect(schema?["$ref"] == .string("#/components/schemas/Contact"))
        guard case .array(let parameters)? = Self.patch?["parameters"] else {
            Issue.record("no parameters")
            return
        }
        #expect(parameters.map { $0["name"] } == [.string("id")])
        #expect(parameters.first?["required"] == .bool(true))
    }
}
