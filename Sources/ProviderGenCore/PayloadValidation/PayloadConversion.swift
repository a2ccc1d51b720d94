import Foundation
import ProviderRuntimeCore

/// The strict reader's tree as a `JSONValue`, shaped by the body type the way a generated model
/// reads it: a number a `Decimal` cannot hold (`1e300`) is refused where the model has a field
/// for it, and ignored in a member no field names, which the generated decoder skips unread.
/// Reading the whole tree into `Decimal`s would refuse a body the generated client accepts.
struct PayloadConversion {
    let schema: ProviderSchema

    /// A number a `Decimal` cannot hold, where a field reads it.
    struct Refusal: Error {
        let path: String
        let message: String
    }

    func value(_ node: JSONNode, as typeName: String) throws(Refusal) -> JSONValue {
        try value(node, type: .named(typeName), path: "")
    }

    /// `type` is nil for a member no field names.
    private func value(_ node: JSONNode, type: FieldType?, path: String) throws(Refusal) -> JSONValue {
        switch (type, node) {
        case (nil, _):
            // Never read by the generated decoder; only its name matters (an unknownField warning).
            return (try? Self.strict(node, path: path)) ?? .null
        case (.named(let name)?, .object(let members)):
            guard case .object(let object)? = schema.type(named: name)?.kind else {
                return try Self.strict(node, path: path)
            }
            var values = [String: JSONValue](minimumCapacity: members.count)
            for (key, member) in zip(members.keys, members.values) {
                values[key] = try value(
                    member,
                    type: object.field(wireName: key)?.type,
                    path: Self.field(key, in: path)
                )
            }
            return .object(values)
        case (.array(let itemType, _)?, .array(let elements)):
            var values: [JSONValue] = []
            values.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                values.append(try value(element, type: itemType, path: path + "[\(index)]"))
            }
            return .array(values)
        case (.map(let valueType, _, _)?, .object(let members)):
            var values = [String: JSONValue](minimumCapacity: members.count)
            for (key, member) in zip(members.keys, members.values) {
                values[key] = try value(member, type: valueType, path: path + "[\(key)]")
            }
            return .object(values)
        default:
            // Scalars, `json` (read whole into a `JSONValue`), unions and values of the wrong kind.
            return try Self.strict(node, path: path)
        }
    }

    private static func strict(_ node: JSONNode, path: String) throws(Refusal) -> JSONValue {
        do {
            return try JSONValue.converting(node)
        } catch {
            let failedAt = error.reversedPath.reversed().reduce(path) { path, key in
                key.intValue.map { path + "[\($0)]" } ?? field(key.stringValue, in: path)
            }
            throw Refusal(path: failedAt, message: error.message)
        }
    }

    private static func field(_ name: String, in path: String) -> String {
        path.isEmpty ? name : path + "." + name
    }
}
