import Foundation
import ProviderGenCore
import ProviderRuntime
import ProviderSandbox

/// `providergen validate` and `providergen-sandbox` interpret schemas instead of running generated
/// code; every validation case of these tests runs through all three, so they can never drift apart.
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

    /// The issues the sandbox reports for the model sent as the generated client sends it: in the
    /// encoding of the operation that takes the model as its body (JSON for a type none takes),
    /// read back and validated by the sandbox's body stage. Nil when the schema cannot be found.
    static func sandboxIssues<Model: Encodable>(of model: Model) -> [ValidationIssue]? {
        let qualified = String(reflecting: Model.self).split(separator: ".").map(String.init)
        guard qualified.count >= 2, let schema = schemasByModule[qualified[0]] else { return nil }
        let typeName = qualified.dropFirst().joined(separator: ".")
        let encoding = schema.operations.first { $0.body?.typeName == typeName }?.body?.encoding ?? .json
        let body: Data
        let contentType: String
        do {
            switch encoding {
            case .json:
                body = try JSONBody.encode(model)
                contentType = "application/json"
            case .form(let arrayStyle):
                body = try FormEncoder(arrayStyle: arrayStyle).encode(model)
                contentType = "application/x-www-form-urlencoded"
            }
        } catch {
            return nil
        }
        switch RequestValidation.check(
            body,
            contentType: contentType,
            encoding: encoding,
            bodyType: typeName,
            in: schema
        ) {
        case .valid(_, let warnings): return warnings
        case .invalid(let issues): return issues
        case .malformed(let issue): return [issue]
        }
    }
}
