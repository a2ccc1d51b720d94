import Foundation
@_spi(Generated) import ProviderRuntimeCore

/// Checks a JSON request body against a schema without generating code, calling the same
/// ProviderRuntime rules generated validators call, so `providergen validate` and a generated
/// `validate()` agree on every payload a generated model can represent. It also reports what a
/// generated decoder would reject: wrong JSON kinds, missing required fields, unknown enum values.
public struct PayloadValidator {
    public let schema: ProviderSchema
    private let naming: TypeNaming

    public init(schema: ProviderSchema) {
        self.schema = schema
        self.naming = TypeNaming(schema: schema)
    }

    /// Validates `body` as the request body of `operation`.
    public func validate(_ body: JSONValue, bodyType typeName: String) -> ValidationReport {
        var report = ValidationReport()
        guard case .object(let object)? = schema.type(named: typeName)?.kind else {
            report.add(rule: "type", message: "the schema has no object type \(typeName)", at: nil)
            return report
        }
        validateObject(body, object, into: &report)
        return report
    }

    /// Validates a query or header parameter's value, read as its type, as the generated request
    /// builder's checks would.
    public func validate(_ value: JSONValue, parameter: Parameter) -> ValidationReport {
        var report = ValidationReport()
        let component = PathComponent.field(parameter.wireName)
        let arguments = FieldArguments(members: [:])
        validateValue(value, parameter.type, parameter.constraints, at: component, arguments: arguments, into: &report)
        return report
    }

    private func validateObject(_ value: JSONValue, _ object: ObjectType, into report: inout ValidationReport) {
        guard case .object(let members) = value else {
            report.add(rule: "type", message: "must be an object, found \(value.kindDescription)", at: nil)
            return
        }
        for field in object.fields {
            let component = PathComponent.field(field.wireName)
            guard let member = members[field.wireName] else {
                if field.required && field.defaultValue == nil && !field.nullable {
                    report.add(rule: "required", message: "is required", at: component)
                }
                continue
            }
            if member == .null {
                if !field.nullable {
                    report.add(rule: "type", message: "must not be null", at: component)
                }
                continue
            }
            let arguments = FieldArguments(members: members)
            validateValue(member, field.type, field.constraints, at: component, arguments: arguments, into: &report)
            if !field.warningConstraints.isEmpty {
                report.warnings { report in
                    checkOwn(
                        member,
                        field.type,
                        field.warningConstraints,
                        at: component,
                        arguments: arguments,
                        into: &report
                    )
                }
            }
        }
        for key in members.keys.sorted() where object.field(wireName: key) == nil {
            report.add(
                rule: "unknownField",
                message: "is not a field of this object; it would be ignored",
                severity: .warning,
                at: .field(key)
            )
        }
        for rule in object.rules {
            RuleInterpreter(rule: rule, object: object, members: members).check(into: &report)
        }
    }

    private func validateValue(
        _ value: JSONValue,
        _ type: FieldType,
        _ constraints: Constraints,
        at component: PathComponent,
        arguments: FieldArguments,
        into report: inout ValidationReport
    ) {
        switch type {
        case .string:
            guard case .string = value else {
                return mismatch(value, "a string", at: component, into: &report)
            }
            checkOwn(value, type, constraints, at: component, arguments: arguments, into: &report)
        case .integer:
            guard case .number(let number) = value, Self.exactInt(number) != nil else {
                return mismatch(value, "an integer", at: component, into: &report)
            }
            checkOwn(value, type, constraints, at: component, arguments: arguments, into: &report)
        case .decimal:
            guard case .number = value else {
                return mismatch(value, "a number", at: component, into: &report)
            }
            checkOwn(value, type, constraints, at: component, arguments: arguments, into: &report)
        case .boolean:
            guard case .bool = value else { return mismatch(value, "true or false", at: component, into: &report) }
        case .binaryBoolean:
            switch value {
            case .number(0), .number(1), .bool: return
            default: mismatch(value, "0 or 1", at: component, into: &report)
            }
        case .date:
            guard case .string(let text) = value, CalendarDate(text) != nil else {
                return mismatch(value, "a date such as 2019-08-24", at: component, into: &report)
            }
        case .dateTime(let schemaCoding):
            // What generated code would send: a number for Unix seconds, text in the field's format otherwise.
            let coding = DateCoding(schemaCoding)
            switch (coding, value) {
            case (.unixSeconds, .number): return
            case (.iso8601, .string(let text)), (.pattern, .string(let text)):
                if coding.date(from: text) != nil { return }
            default: break
            }
            let found = if case .string(let text) = value { "\"\(text)\"" } else { value.kindDescription }
            report.add(rule: "type", message: "must be \(coding.expectation), found \(found)", at: component)
        case .json:
            return
        case .jsonString(let content, let contentConstraints):
            guard case .string(let text) = value else {
                return mismatch(value, "a string of JSON text", at: component, into: &report)
            }
            guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
                report.add(rule: "type", message: "must be JSON text, found \"\(text)\"", at: component)
                return
            }
            validateValue(parsed, content, contentConstraints, at: component, arguments: arguments, into: &report)
        case .named(let name):
            validateNamed(value, name, constraints, at: component, arguments: arguments, into: &report)
        case .array(let itemType, let itemConstraints):
            guard case .array(let items) = value else {
                return mismatch(value, "an array", at: component, into: &report)
            }
            checkOwn(value, type, constraints, at: component, arguments: arguments, into: &report)
            report.nested(component) { report in
                for (index, item) in items.enumerated() {
                    validateValue(
                        item,
                        itemType,
                        itemConstraints,
                        at: .index(index),
                        arguments: arguments,
                        into: &report
                    )
                }
            }
        case .map(let valueType, let keyConstraints, let valueConstraints):
            guard case .object(let entries) = value else {
                return mismatch(value, "an object of entries", at: component, into: &report)
            }
            checkOwn(value, type, constraints, at: component, arguments: arguments, into: &report)
            report.nested(component) { report in
                for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
                    StringRules(constraints: keyConstraints, arguments: arguments).check(
                        key,
                        at: .key(key),
                        into: &report
                    )
                    validateValue(
                        entry,
                        valueType,
                        valueConstraints,
                        at: .key(key),
                        arguments: arguments,
                        into: &report
                    )
                }
            }
        }
    }

    private func validateNamed(
        _ value: JSONValue,
        _ name: String,
        _ constraints: Constraints,
        at component: PathComponent,
        arguments: FieldArguments,
        into report: inout ValidationReport
    ) {
        switch schema.type(named: name)?.kind {
        case .object(let object)?:
            report.nested(component) { report in validateObject(value, object, into: &report) }
        case .enumeration(let enumeration)?:
            guard case .string(let text) = value else {
                return mismatch(value, "a string", at: component, into: &report)
            }
            if !enumeration.isOpen && !enumeration.values.contains(where: { $0.wire == text }) {
                let values = enumeration.values.map(\.wire).joined(separator: ", ")
                report.add(rule: "enum", message: "must be one of \(values) (got \(text))", at: component)
                return
            }
            checkOwn(value, .named(name), constraints, at: component, arguments: arguments, into: &report)
        case .union(let union)?:
            validateUnion(value, union, at: component, arguments: arguments, into: &report)
        case nil:
            return
        }
    }

    /// The variant a generated decoder would pick, checked as that variant; a value no variant
    /// fits fails to decode unless the union is open.
    private func validateUnion(
        _ value: JSONValue,
        _ union: UnionType,
        at component: PathComponent,
        arguments: FieldArguments,
        into report: inout ValidationReport
    ) {
        let isConstant = union.variants.contains { variant in
            guard case .constant(let literal) = variant.shape else { return false }
            return Self.json(value, equals: literal)
        }
        if isConstant { return }
        var tag: String?
        if let discriminator = union.discriminator, case .object(let members) = value,
            case .string(let text)? = members[discriminator]
        {
            tag = text
        }
        guard let variant = union.typedVariant(kind: value.kind, tag: tag, in: schema),
            case .typed(let type, let constraints) = variant.shape
        else {
            if !union.isOpen {
                let expected = union.expectation(in: schema)
                report.add(rule: "type", message: "must be \(expected), found \(value.kindDescription)", at: component)
            }
            return
        }
        validateValue(value, type, constraints, at: component, arguments: arguments, into: &report)
    }

    private static func json(_ value: JSONValue, equals literal: Literal) -> Bool {
        switch (value, literal) {
        case (.string(let text), .string(let expected)): return text == expected
        case (.number(let number), .number(let expected)): return decimal(expected) == number
        case (.bool(let flag), .boolean(let expected)): return flag == expected
        case (.null, .null): return true
        default: return false
        }
    }

    /// A value's own constraints (not its items', entries' or fields'), as a generated validator
    /// checks them; values of the wrong JSON kind were reported by the caller and are skipped.
    private func checkOwn(
        _ value: JSONValue,
        _ type: FieldType,
        _ constraints: Constraints,
        at component: PathComponent,
        arguments: FieldArguments,
        into report: inout ValidationReport
    ) {
        switch (type, value) {
        case (.string, .string(let text)), (.named, .string(let text)):
            StringRules(constraints: constraints, arguments: arguments).check(text, at: component, into: &report)
        case (.integer, .number(let number)):
            guard let integer = Self.exactInt(number) else { return }
            report.range(
                integer,
                min: constraints.minimum.flatMap { Int($0) },
                max: constraints.maximum.flatMap { Int($0) },
                at: component
            )
        case (.decimal, .number(let number)):
            report.range(
                number,
                min: constraints.minimum.flatMap(Self.decimal),
                max: constraints.maximum.flatMap(Self.decimal),
                at: component
            )
        case (.array, .array(let items)):
            report.itemCount(items.count, min: constraints.minItems, max: constraints.maxItems, at: component)
        case (.map, .object(let entries)):
            report.entryCount(entries.count, min: constraints.minEntries, max: constraints.maxEntries, at: component)
        default:
            return
        }
    }

    private func mismatch(
        _ value: JSONValue,
        _ expected: String,
        at component: PathComponent,
        into report: inout ValidationReport
    ) {
        report.add(rule: "type", message: "must be \(expected), found \(value.kindDescription)", at: component)
    }

    static func exactInt(_ number: Decimal) -> Int? {
        var source = number
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, 0, .plain)
        guard rounded == number, let integer = Int(exactly: NSDecimalNumber(decimal: number).int64Value),
            Decimal(integer) == number
        else { return nil }
        return integer
    }

    static func decimal(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}

/// Values of the other fields of the object being validated, for formats chosen by them.
struct FieldArguments {
    let members: [String: JSONValue]

    func value(ofField wireName: String) -> String? {
        guard case .string(let text)? = members[wireName] else { return nil }
        return text
    }
}

extension DateCoding {
    /// The runtime coding of a schema's `dateFormat`.
    public init(_ coding: DateTimeCoding) {
        switch coding {
        case .iso8601: self = .iso8601
        case .unixSeconds: self = .unixSeconds
        case .pattern(let pattern, let timeZone): self = .pattern(pattern, timeZone: timeZone)
        }
    }
}
