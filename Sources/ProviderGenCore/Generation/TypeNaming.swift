/// How schema types are spelled in generated Swift.
struct TypeNaming {
    let schema: ProviderSchema

    /// The Swift type of a value; nested enums are spelled short inside their owner.
    func swiftType(_ type: FieldType, inside owner: String? = nil) -> String {
        switch type {
        case .string: return "String"
        case .integer: return "Int"
        case .decimal: return "Decimal"
        case .boolean, .binaryBoolean: return "Bool"
        case .date: return "CalendarDate"
        case .dateTime: return "Date"
        case .json: return "JSONValue"
        case .named(let name): return spelled(name, inside: owner)
        case .array(let item, _):
            // `[[T]]` sugar type-checks in time exponential in its depth (23 s at depth 24 with
            // Swift 6.0); `Array<[T]>` is the same type and stays linear.
            if case .array = item {
                return "Array<\(swiftType(item, inside: owner))>"
            }
            return "[\(swiftType(item, inside: owner))]"
        case .map(let value, _, _): return "[String: \(swiftType(value, inside: owner))]"
        case .jsonString(let content, _): return swiftType(content, inside: owner)
        }
    }

    func spelled(_ typeName: String, inside owner: String?) -> String {
        if let owner, typeName.hasPrefix(owner + ".") {
            return String(typeName.dropFirst(owner.count + 1))
        }
        return typeName
    }

    func enumeration(_ type: FieldType) -> EnumType? {
        guard case .named(let name) = type, case .enumeration(let enumeration)? = schema.type(named: name)?.kind else {
            return nil
        }
        return enumeration
    }

    func isUnion(_ type: FieldType) -> Bool {
        guard case .named(let name) = type, case .union? = schema.type(named: name)?.kind else { return false }
        return true
    }

    func isObject(_ type: FieldType) -> Bool {
        guard case .named(let name) = type, case .object? = schema.type(named: name)?.kind else { return false }
        return true
    }
}

/// How a field is stored and written, which follows from `required`, `nullable` and `default`.
enum Presence {
    /// Always on the wire, never null.
    case required
    /// May be absent; absent means the default, and the default is always sent.
    case defaulted(Literal)
    /// May be absent; absent is `nil` and nothing is sent.
    case optional
    /// `T?`, written as `null` when nil unless the decoded body left the key out: a required
    /// nullable field, or an optional one that does not tell absent from null (`NullPresence`).
    case requiredNullable
    /// May be absent or null: absent is `nil`, null is `.null`.
    case optionalNullable

    init(_ field: Field) {
        switch (field.required, field.nullable, field.defaultValue) {
        case (_, false, let value?): self = .defaulted(value)
        case (true, false, nil): self = .required
        case (false, false, nil): self = .optional
        case (true, true, _): self = .requiredNullable
        case (false, true, _): self = field.distinguishesNull ? .optionalNullable : .requiredNullable
        }
    }

    func propertyType(_ base: String) -> String {
        switch self {
        case .required, .defaulted: return base
        case .optional, .requiredNullable: return base + "?"
        case .optionalNullable: return "Nullable<\(base)>?"
        }
    }

    var isOptional: Bool {
        switch self {
        case .required, .defaulted: return false
        case .optional, .requiredNullable, .optionalNullable: return true
        }
    }
}
