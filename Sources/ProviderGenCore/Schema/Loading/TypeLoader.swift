/// Reads `types:`: objects with their fields and rules, and enums.
struct TypeLoader {
    let sink: DiagnosticSink
    private(set) var types: [NamedType] = []

    init(sink: DiagnosticSink) {
        self.sink = sink
    }

    static let typeKeys = ["description", "fields", "rules", "enum", "open", "oneOf", "discriminator"]

    mutating func loadTypes(_ node: YAMLNode) {
        for entry in MappingReader.namedEntries(node, describing: "'types'", sink: sink) {
            guard SwiftNames.isIdentifier(entry.name), entry.name.first?.isUppercase == true else {
                sink.error(entry.key.location, "type name '\(entry.name)' must be an UpperCamelCase Swift identifier")
                continue
            }
            if ReservedNames.types.contains(entry.name) {
                sink.error(
                    entry.key.location,
                    "type name '\(entry.name)' is reserved: generated code already uses it; choose another name"
                )
                continue
            }
            guard
                let reader = MappingReader(
                    entry.value,
                    describing: "type '\(entry.name)'",
                    allowedKeys: Self.typeKeys,
                    sink: sink
                )
            else { continue }
            let description = reader.string("description")
            let kinds = ["fields", "enum", "oneOf"].filter(reader.has)
            if kinds.count > 1 {
                sink.error(
                    entry.key.location,
                    "type '\(entry.name)' has '\(kinds.joined(separator: "' and '"))'; a type is an object ('fields'), an enum ('enum') or a union ('oneOf')"
                )
            }
            if let oneOf = reader.value("oneOf") {
                if reader.has("rules") {
                    sink.error(reader.keyLocation("rules") ?? entry.key.location, "'rules' applies to objects only")
                }
                var unions = UnionLoader(sink: sink, name: entry.name)
                let union = unions.load(reader, oneOf: oneOf)
                appendTypes(unions.nestedTypes)
                types.append(
                    NamedType(
                        name: entry.name,
                        description: description,
                        kind: .union(union),
                        location: entry.key.location
                    )
                )
                continue
            }
            if reader.has("discriminator") {
                sink.error(
                    reader.keyLocation("discriminator") ?? entry.key.location,
                    "'discriminator' applies to unions ('oneOf') only"
                )
            }
            if let enumNode = reader.value("enum") {
                if reader.has("rules") {
                    sink.error(reader.keyLocation("rules") ?? entry.key.location, "'rules' applies to objects only")
                }
                let values = loadEnumValues(enumNode, owner: "type '\(entry.name)'")
                let enumType = EnumType(values: values, isOpen: reader.bool("open") ?? false)
                types.append(
                    NamedType(
                        name: entry.name,
                        description: description,
                        kind: .enumeration(enumType),
                        location: entry.key.location
                    )
                )
                continue
            }
            if reader.has("open") {
                sink.error(reader.keyLocation("open") ?? entry.key.location, "'open' applies to enums and unions only")
            }
            guard let fieldsNode = reader.required("fields", in: "type '\(entry.name)'") else { continue }
            if case .mapping(let pairs) = fieldsNode.content, pairs.isEmpty {
                sink.warning(fieldsNode.location, "type '\(entry.name)' has no fields")
            }
            let fields = loadFields(fieldsNode, owner: entry.name)
            let rules = reader.value("rules").map { RuleLoader(sink: sink).loadRules($0) } ?? []
            let object = ObjectType(fields: fields, rules: rules)
            types.append(
                NamedType(
                    name: entry.name,
                    description: description,
                    kind: .object(object),
                    location: entry.key.location
                )
            )
        }
    }

    mutating func appendTypes(_ nested: [NamedType]) {
        types.append(contentsOf: nested)
    }

    mutating func loadFields(_ node: YAMLNode, owner: String) -> [Field] {
        MappingReader.namedEntries(node, describing: "fields of '\(owner)'", sink: sink).compactMap { entry in
            var loader = FieldLoader(sink: sink, owner: owner)
            let field = loader.loadField(wireName: entry.name, keyNode: entry.key, node: entry.value)
            appendTypes(loader.nestedTypes)
            return field
        }
    }

    /// `[en, fr]` or `[{value: en, description: English}]`.
    func loadEnumValues(_ node: YAMLNode, owner: String) -> [EnumType.Value] {
        guard case .sequence(let items) = node.content else {
            sink.error(node.location, "'enum' of \(owner) must be a list of values, found \(node.kindDescription)")
            return []
        }
        if items.isEmpty {
            sink.error(node.location, "'enum' of \(owner) lists no values")
        }
        return items.compactMap { item in
            var wire: String?
            var description: String?
            var swiftName: String?
            if item.isCollection {
                guard
                    let reader = MappingReader(
                        item,
                        describing: "an enum value",
                        allowedKeys: ["value", "description", "swiftName"],
                        sink: sink
                    )
                else { return nil }
                wire = reader.required("value", in: "an enum value").flatMap {
                    MappingReader.string($0, key: "value", sink: sink)
                }
                description = reader.string("description")
                swiftName = reader.string("swiftName")
            } else {
                wire = MappingReader.string(item, key: "enum value", sink: sink)
            }
            guard let wire else { return nil }
            let name = swiftName ?? SwiftNames.member(fromWire: wire)
            if let swiftName, !SwiftNames.isIdentifier(swiftName) {
                sink.error(item.location, "swiftName '\(swiftName)' is not a Swift identifier")
            }
            return EnumType.Value(wire: wire, swiftName: name, description: description, location: item.location)
        }
    }
}
