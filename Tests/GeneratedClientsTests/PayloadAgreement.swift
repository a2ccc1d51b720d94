import Foundation
import ProviderGenCore
import ProviderRuntime

/// `providergen validate` interprets schemas instead of running generated code; every
/// validation case of these tests runs through both, so the two can never drift apart.
enum PayloadAgreement {
    /// The committed schemas, and the kitchen sink's, by module name.
    static let schemasByModule: [String: ProviderSchema] = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        var schemas: [String: ProviderSchema] = [:]
        for folder in ["schemas", "Tests/Fixtures/KitchenSink"].map({ url.appendingPathComponent($0).path }) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasSuffix(".yaml") {
                if let schema = SchemaFrontEnd.read(contentsOf: folder + "/" + name).schema {
                    schemas[schema.module] = schema
                }
            }
        }
        return schemas
    }()

    /// The issues `providergen validate` reports for the model's JSON, or nil when the model's
    /// schema cannot be found (which fails the comparison).
    static func issues<Model: Encodable>(of model: Model) -> [ValidationIssue]? {
        let qualified = String(reflecting: Model.self).split(separator: ".").map(String.init)
        guard qualified.count >= 2, let schema = schemasByModule[qualified[0]],
            let body = try? JSONBody.encode(model),
            let json = try? JSONDecoder().decode(JSONValue.self, from: body)
        else { return nil }
        let typeName = qualified.dropFirst().joined(separator: ".")
        return PayloadValidator(schema: schema).validate(json, bodyType: typeName).issues
    }
}
