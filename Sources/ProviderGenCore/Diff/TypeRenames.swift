/// Types that only changed their name: a type gone from the old schema whose shape (fields and
/// their types, or enum values) matches exactly one type new in the new schema. Their uses are
/// then compared as the same type, so a rename is one finding, not a removal and an addition
/// at every field that refers to it.
struct TypeRenames {
    private(set) var newNameByOld: [String: String] = [:]

    init(old: ProviderSchema, new: ProviderSchema) {
        let gone = old.types.filter { new.type(named: $0.name) == nil }
        let added = new.types.filter { old.type(named: $0.name) == nil }
        guard !gone.isEmpty, !added.isEmpty else { return }
        var addedByShape: [String: [String]] = [:]
        for type in added {
            addedByShape[Self.shape(type), default: []].append(type.name)
        }
        for type in gone {
            if let candidates = addedByShape[Self.shape(type)], candidates.count == 1 {
                newNameByOld[type.name] = candidates[0]
            }
        }
    }

    /// The name an old type has in the new schema.
    func newName(_ oldName: String) -> String { newNameByOld[oldName] ?? oldName }

    func isRenamed(_ oldName: String) -> Bool { newNameByOld[oldName] != nil }

    /// An old type's uses spelled with the new names.
    func renamed(_ type: FieldType) -> FieldType {
        switch type {
        case .named(let name): return .named(newName(name))
        case .array(let item, let constraints): return .array(of: renamed(item), itemConstraints: constraints)
        case .map(let value, let keys, let values):
            return .map(of: renamed(value), keyConstraints: keys, valueConstraints: values)
        case .jsonString(let content, let constraints):
            return .jsonString(of: renamed(content), contentConstraints: constraints)
        case .string, .integer, .decimal, .boolean, .binaryBoolean, .date, .dateTime, .json:
            return type
        }
    }

    /// What must match for two types to count as one renamed: wire and Swift names, types and
    /// presence; descriptions and rules may differ and are compared afterwards.
    private static func shape(_ type: NamedType) -> String {
        switch type.kind {
        case .object(let object):
            let fields = object.fields.map { field in
                [
                    field.wireName, field.swiftName, SchemaSpelling.type(field.type, nestedIn: type.name),
                    field.required ? "required" : "", field.nullable ? "nullable" : "",
                ].joined(separator: " ")
            }
            return "object{" + fields.joined(separator: ";") + "}"
        case .enumeration(let enumeration):
            let values = enumeration.values.map { $0.wire + "=" + $0.swiftName }
            return (enumeration.isOpen ? "open" : "closed") + "{" + values.joined(separator: ";") + "}"
        case .union(let union):
            let variants = union.variants.map { variant in
                let shape: String
                switch variant.shape {
                case .typed(let variantType, _): shape = SchemaSpelling.type(variantType, nestedIn: type.name)
                case .constant(let value): shape = SchemaSpelling.literal(value)
                }
                return [variant.caseName, shape, variant.tag ?? ""].joined(separator: " ")
            }
            let kind = (union.isOpen ? "open" : "closed") + " by " + (union.discriminator ?? "kind")
            return "union " + kind + "{" + variants.joined(separator: ";") + "}"
        }
    }
}
