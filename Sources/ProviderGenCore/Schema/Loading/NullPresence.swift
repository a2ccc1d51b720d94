/// Whether an optional nullable field tells absent from null in Swift (`Nullable<T>?`) or reads
/// both as nil (`T?`).
///
/// A request must be able to send either, so fields of types a request body can hold always tell
/// them apart. Elsewhere (models only read from responses) `T?` is what a reader wants, and the
/// model still remembers which keys were absent, so encoding it again writes `null` only where
/// the body had `null`. `distinguishNull: true` asks for `Nullable<T>?` on a response field.
enum NullPresence {
    static func resolved(_ types: [NamedType], operations: [APIOperation]) -> [NamedType] {
        let sent = sentTypes(types, operations: operations)
        return types.map { type in
            guard case .object(var object) = type.kind else { return type }
            for index in object.fields.indices {
                let field = object.fields[index]
                object.fields[index].distinguishesNull = field.distinguishNull ?? sent.contains(type.name)
            }
            var resolved = type
            resolved.kind = .object(object)
            return resolved
        }
    }

    /// The names of the types a request body can hold, through fields, items, map values, union
    /// variants and JSON held in strings.
    static func sentTypes(_ types: [NamedType], operations: [APIOperation]) -> Set<String> {
        var byName: [String: NamedType] = [:]
        for type in types where byName[type.name] == nil {
            byName[type.name] = type
        }
        var sent: Set<String> = []
        var pending = operations.compactMap(\.body?.typeName)
        while let name = pending.popLast() {
            guard sent.insert(name).inserted, let type = byName[name] else { continue }
            switch type.kind {
            case .object(let object):
                pending += object.fields.flatMap { namedTypes(in: $0.type) }
            case .union(let union):
                for variant in union.variants {
                    if case .typed(let variantType, _) = variant.shape {
                        pending += namedTypes(in: variantType)
                    }
                }
            case .enumeration:
                continue
            }
        }
        return sent
    }

    private static func namedTypes(in type: FieldType) -> [String] {
        switch type {
        case .named(let name): return [name]
        case .array(let item, _): return namedTypes(in: item)
        case .map(let value, _, _): return namedTypes(in: value)
        case .jsonString(let content, _): return namedTypes(in: content)
        case .string, .integer, .decimal, .boolean, .binaryBoolean, .date, .dateTime, .json: return []
        }
    }
}
