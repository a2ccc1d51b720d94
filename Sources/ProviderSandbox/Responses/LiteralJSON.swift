import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// A schema literal (default or example) as the JSON a field of `type` carries: numbers written
/// for a string field stay text (`010469`), as the generated models read them.
enum LiteralJSON {
    static func value(_ literal: Literal, for type: FieldType?, in schema: ProviderSchema) -> JSONValue {
        switch literal {
        case .null:
            return .null
        case .boolean(let flag):
            if case .binaryBoolean? = type { return .number(flag ? 1 : 0) }
            return .bool(flag)
        case .string(let text):
            return .string(text)
        case .number(let text):
            if Self.isText(type, in: schema) { return .string(text) }
            return .number(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0)
        case .list(let items):
            var itemType: FieldType?
            if case .array(let item, _)? = type { itemType = item }
            return .array(items.map { value($0, for: itemType, in: schema) })
        }
    }

    private static func isText(_ type: FieldType?, in schema: ProviderSchema) -> Bool {
        switch type {
        case .string?, .date?: return true
        case .dateTime(let coding)?: return coding != .unixSeconds
        case .named(let name)?:
            if case .enumeration? = schema.type(named: name)?.kind { return true }
            return false
        default: return false
        }
    }
}
