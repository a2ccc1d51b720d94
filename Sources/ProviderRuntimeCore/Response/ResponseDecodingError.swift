import Foundation

/// Why a documented response body could not be decoded, naming the field: "status 200: data.paymentContactAccount.isDefault: expected 0 or 1".
public struct ResponseDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status of the response.
    public var status: Int
    /// Where decoding failed, e.g. `"data.items[2].amount"`; `""` for the body as a whole.
    public var fieldPath: String
    /// What was wrong, e.g. `"missing required field"` or `"expected a string, found a number"`.
    public var message: String

    public init(status: Int, fieldPath: String, message: String) {
        self.status = status
        self.fieldPath = fieldPath
        self.message = message
    }

    public var description: String {
        "status \(status): " + (fieldPath.isEmpty ? "" : fieldPath + ": ") + message
    }
}

extension ResponseDecodingError {
    /// Translates a decoder's error; `body` is consulted to name what was found instead.
    init(_ error: any Error, status: Int, body: Data) {
        guard let decodingError = error as? DecodingError else {
            self.init(status: status, fieldPath: "", message: String(describing: error))
            return
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(
                status: status,
                fieldPath: FieldPath.render(context.codingPath + [key]),
                message: "missing required field"
            )
        case .valueNotFound(let type, let context):
            self.init(
                status: status,
                fieldPath: FieldPath.render(context.codingPath),
                message: "expected \(Self.noun(for: type)), found null"
            )
        case .typeMismatch(let type, let context):
            let found = Self.foundKind(in: body, at: context.codingPath).map { ", found " + $0 } ?? ""
            self.init(
                status: status,
                fieldPath: FieldPath.render(context.codingPath),
                message: "expected \(Self.noun(for: type))" + found
            )
        case .dataCorrupted(let context):
            self.init(
                status: status,
                fieldPath: FieldPath.render(context.codingPath),
                message: context.debugDescription
            )
        @unknown default:
            self.init(status: status, fieldPath: "", message: String(describing: decodingError))
        }
    }

    /// "a string", "an integer", … for the type a decoder expected.
    static func noun(for type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type, is Character.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type,
            is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
            return "an integer"
        case is Double.Type, is Float.Type, is Decimal.Type: return "a number"
        default: break
        }
        // Decoders report container mismatches as Array<Any> and Dictionary<String, Any>.
        let name = String(describing: type)
        if name.hasPrefix("Array<") || name.hasPrefix("Set<") {
            return "an array"
        }
        if name.hasPrefix("Dictionary<") {
            return "an object"
        }
        return "a value of type \(name)"
    }

    /// What the JSON holds at `codingPath`, when it can be found.
    static func foundKind(in body: Data, at codingPath: [any CodingKey]) -> String? {
        guard var node = try? JSONReader.read(body) else { return nil }
        for key in codingPath {
            switch node {
            case .array(let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return nil }
                node = elements[index]
            case .object(let members):
                guard let member = members[key.stringValue] else { return nil }
                node = member
            default:
                return nil
            }
        }
        return node.kindDescription
    }
}
