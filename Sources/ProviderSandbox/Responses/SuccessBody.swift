import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// Builds a success body from the response model: the request's values where names match (path
/// parameters included), the new id in the provider's style, the current time in each date
/// field's own format, then defaults, `null` for nullable fields, examples, and an empty value of
/// the right kind for what is still required. The envelope, if any, wraps the result.
struct SuccessBody {
    let schema: ProviderSchema
    let now: Date

    /// The body for `response`, given the request's values and the new resource's id.
    func build(for response: Response, values: [String: JSONValue], id: (field: String, value: String)?) -> JSONValue {
        wrap(payload(for: response, values: values, id: id), in: response)
    }

    /// The response model's object (no envelope) from `values`, with the id where the model has its field.
    func payload(for response: Response, values: [String: JSONValue], id: (field: String, value: String)?) -> JSONValue
    {
        guard let typeName = response.typeNames.first else { return .null }
        var payload = object(typeName, values: values)
        if let id, case .object(var members) = payload, members[id.field] != nil || fieldExists(id.field, in: typeName)
        {
            members[id.field] = .string(id.value)
            payload = .object(members)
        }
        return payload
    }

    /// `payload` in the response's envelope, if it has one.
    func wrap(_ payload: JSONValue, in response: Response) -> JSONValue {
        guard let envelope = response.envelope else { return payload }
        guard case .object(var wrapper) = object(envelope.typeName, values: [:]) else { return payload }
        wrapper[envelope.payloadKey] = payload
        return .object(wrapper)
    }

    /// The request body's members with the body type's defaults for those left out, as the
    /// provider would store them.
    func withDefaults(_ body: JSONValue?, typeName: String?) -> [String: JSONValue] {
        guard case .object(var members)? = body else { return [:] }
        if let typeName, case .object(let object)? = schema.type(named: typeName)?.kind {
            for field in object.fields where members[field.wireName] == nil {
                if let value = field.defaultValue {
                    members[field.wireName] = LiteralJSON.value(value, for: field.type, in: schema)
                }
            }
        }
        return members
    }

    private func fieldExists(_ wireName: String, in typeName: String) -> Bool {
        guard case .object(let object)? = schema.type(named: typeName)?.kind else { return false }
        return object.field(wireName: wireName) != nil
    }

    private func object(_ typeName: String, values: [String: JSONValue]) -> JSONValue {
        guard case .object(let object)? = schema.type(named: typeName)?.kind else { return .object([:]) }
        var members: [String: JSONValue] = [:]
        for field in object.fields {
            if let value = value(for: field, from: values[field.wireName]) {
                members[field.wireName] = value
            }
        }
        return .object(members)
    }

    private func value(for field: Field, from given: JSONValue?) -> JSONValue? {
        // Validation reads a null on a field that is not nullable as absent; copying it would answer
        // a null the response schema refuses (found by the contract test, .ci/contract).
        if let given, given != .null || field.nullable, let copied = copy(given, as: field.type) { return copied }
        if case .dateTime(let coding) = field.type { return timestamp(coding) }
        if case .date = field.type {
            return CalendarDate(now, in: TimeZone(identifier: "UTC")!).map { .string("\($0)") }
        }
        if let value = field.defaultValue { return LiteralJSON.value(value, for: field.type, in: schema) }
        if field.nullable { return .null }
        if let example = field.example { return LiteralJSON.value(example, for: field.type, in: schema) }
        // Not a ternary: `nil` beside a `JSONValue` would become `JSONValue.null` (it is nil-literal
        // expressible), answering null for every optional field (found by the contract test).
        guard field.required else { return nil }
        return empty(field.type)
    }

    private func timestamp(_ coding: DateTimeCoding) -> JSONValue {
        let runtime = DateCoding(coding)
        if let text = runtime.string(from: now) { return .string(text) }
        return .number(Decimal(Int(now.timeIntervalSince1970)))
    }

    /// The request's value when its JSON kind fits the response field's type; objects are rebuilt
    /// field by field so they take the response type's shape.
    private func copy(_ value: JSONValue, as type: FieldType) -> JSONValue? {
        switch (type, value) {
        case (.json, _): return value
        case (.string, .string), (.date, .string), (.dateTime(.iso8601), .string), (.dateTime(.pattern), .string):
            return value
        case (.dateTime(.unixSeconds), .number), (.decimal, .number), (.boolean, .bool), (.binaryBoolean, .number):
            return value
        case (.integer, .number(let number)):
            guard number == number.rounded(0) else { return nil }
            return value
        case (.array(let item, _), .array(let items)):
            let copied = items.compactMap { copy($0, as: item) }
            guard copied.count == items.count else { return nil }
            return .array(copied)
        case (.map(let item, _, _), .object(let entries)):
            let copied = entries.compactMapValues { copy($0, as: item) }
            guard copied.count == entries.count else { return nil }
            return .object(copied)
        case (.jsonString, .string):
            return value
        case (.named(let name), _):
            switch schema.type(named: name)?.kind {
            case .object?:
                guard case .object(let members) = value else { return nil }
                return object(name, values: members)
            case .enumeration(let enumeration)?:
                guard case .string(let text) = value else { return nil }
                guard enumeration.isOpen || enumeration.values.contains(where: { $0.wire == text }) else { return nil }
                return value
            case .union(let union)?:
                // The first variant the value fits, as the generated decoder picks it.
                for variant in union.variants {
                    switch variant.shape {
                    case .typed(let variantType, _):
                        if let copied = copy(value, as: variantType) { return copied }
                    case .constant(let constant):
                        if LiteralJSON.value(constant, for: nil, in: schema) == value { return value }
                    }
                }
                guard union.isOpen else { return nil }
                return value
            case nil:
                return nil
            }
        default:
            return nil
        }
    }

    /// What a required field holds when nothing else says: the type's empty value.
    private func empty(_ type: FieldType) -> JSONValue {
        switch type {
        case .string: return .string("")
        case .integer, .decimal, .binaryBoolean: return .number(0)
        case .boolean: return .bool(false)
        case .date: return .string("1970-01-01")
        case .dateTime(let coding): return timestamp(coding)
        case .json: return .null
        case .array: return .array([])
        case .map: return .object([:])
        case .jsonString(let content, _):
            let text = (try? JSONEncoder().encode(empty(content))).map { String(decoding: $0, as: UTF8.self) }
            return .string(text ?? "null")
        case .named(let name):
            switch schema.type(named: name)?.kind {
            case .object?: return object(name, values: [:])
            case .enumeration(let enumeration)?: return .string(enumeration.values.first?.wire ?? "")
            case .union(let union)?:
                switch union.variants.first?.shape {
                case .typed(let variantType, _)?: return empty(variantType)
                case .constant(let constant)?: return LiteralJSON.value(constant, for: nil, in: schema)
                case nil: return .null
                }
            case nil: return .null
            }
        }
    }
}

extension Decimal {
    fileprivate func rounded(_ scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }
}
