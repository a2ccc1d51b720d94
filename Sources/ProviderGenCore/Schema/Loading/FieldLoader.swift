/// Reads one field (or parameter): its type, presence, default, example and constraints.
struct FieldLoader {
    let sink: DiagnosticSink
    /// The object the field belongs to; inline enums are nested in it. Empty for parameters,
    /// whose inline enums are top-level types.
    let owner: String
    private(set) var nestedTypes: [NamedType] = []

    init(sink: DiagnosticSink, owner: String) {
        self.sink = sink
        self.owner = owner
    }

    static let fieldKeys =
        [
            "type", "description", "required", "nullable", "default", "example", "swiftName", "enum", "open",
            "enumName", "items", "values", "keys", "dateFormat", "timeZone", "tolerate", "alternateNames", "warnings",
            "content", "distinguishNull",
        ] + ConstraintLoader.keys

    /// Keys allowed on array items and map values: a type with its constraints, nothing about presence.
    static let elementKeys =
        [
            "type", "description", "enum", "open", "enumName", "items", "values", "keys", "dateFormat", "timeZone",
            "content",
        ] + ConstraintLoader.keys

    static let scalarTypeNames = [
        "string", "integer", "decimal", "boolean", "binaryBoolean", "date", "dateTime", "json", "jsonString", "array",
        "map",
    ]

    mutating func loadField(wireName: String, keyNode: YAMLNode, node: YAMLNode) -> Field? {
        guard
            let reader = MappingReader(node, describing: "field '\(wireName)'", allowedKeys: Self.fieldKeys, sink: sink)
        else {
            return nil
        }
        let swiftName = reader.string("swiftName") ?? SwiftNames.member(fromWire: wireName)
        if let explicit = reader.value("swiftName"), !SwiftNames.isIdentifier(swiftName) {
            sink.error(explicit.location, "swiftName '\(swiftName)' is not a Swift identifier")
        }
        guard let (type, constraints) = loadTypeAndConstraints(reader, wireName: wireName, swiftName: swiftName) else {
            return nil
        }
        let literals = LiteralReader(sink: sink)
        let reading = ResponseReadingLoader(sink: sink)
        var field = Field(
            wireName: wireName,
            swiftName: swiftName,
            description: reader.string("description"),
            type: type,
            required: reader.bool("required") ?? false,
            nullable: reader.bool("nullable") ?? false,
            defaultValue: reader.value("default").flatMap { literals.read($0) },
            example: reader.value("example").flatMap { literals.read($0) },
            constraints: constraints,
            location: keyNode.location,
            tolerances: reader.value("tolerate").map(reading.tolerances) ?? [],
            alternateNames: reader.value("alternateNames").map { reading.alternateNames($0, wireName: wireName) } ?? []
        )
        field.distinguishNull = reader.bool("distinguishNull")
        field.distinguishNullLocation = reader.keyLocation("distinguishNull")
        if let warnings = reader.value("warnings"),
            let warningsReader = MappingReader(
                warnings,
                describing: "the warnings of '\(wireName)'",
                allowedKeys: ConstraintLoader.keys,
                sink: sink
            )
        {
            field.warningConstraints = ConstraintLoader(sink: sink).load(warningsReader)
        }
        return field
    }

    /// The type of a field, array item or map value, with the constraints that apply to it.
    mutating func loadTypeAndConstraints(_ reader: MappingReader, wireName: String, swiftName: String) -> (
        FieldType, Constraints
    )? {
        let constraints = ConstraintLoader(sink: sink).load(reader)
        if let enumNode = reader.value("enum") {
            if let typeNode = reader.value("type"), typeNode.scalar != "string" {
                sink.error(typeNode.location, "an inline 'enum' is a string enum; remove 'type' or set it to string")
            }
            let explicitName = reader.string("enumName")
            let enumName = explicitName ?? SwiftNames.type(fromWire: swiftName)
            let nameLocation = reader.value("enumName")?.location ?? enumNode.location
            if explicitName != nil, !SwiftNames.isIdentifier(enumName) || enumName.first?.isUppercase != true {
                sink.error(nameLocation, "enumName '\(enumName)' must be an UpperCamelCase Swift identifier")
            } else if ReservedNames.types.contains(enumName) {
                sink.error(
                    nameLocation,
                    "the inline enum would be named '\(enumName)', which generated code already uses; set 'enumName'"
                )
            }
            let values = TypeLoader(sink: sink).loadEnumValues(enumNode, owner: "field '\(wireName)'")
            let nestedName = owner.isEmpty ? enumName : "\(owner).\(enumName)"
            let enumType = EnumType(values: values, isOpen: reader.bool("open") ?? false)
            nestedTypes.append(
                NamedType(name: nestedName, description: nil, kind: .enumeration(enumType), location: enumNode.location)
            )
            return (.named(nestedName), constraints)
        }
        for key in ["open", "enumName"] where reader.has(key) {
            sink.error(
                reader.keyLocation(key) ?? reader.node.location,
                "'\(key)' applies to inline enums only (add 'enum')"
            )
        }
        guard let typeNode = reader.required("type", in: "field '\(wireName)'"),
            let typeName = MappingReader.string(typeNode, key: "type", sink: sink)
        else { return nil }
        let type: FieldType
        switch typeName {
        case "string": type = .string
        case "integer": type = .integer
        case "decimal": type = .decimal
        case "boolean": type = .boolean
        case "binaryBoolean": type = .binaryBoolean
        case "date": type = .date
        case "json": type = .json
        case "dateTime":
            guard let coding = readDateCoding(reader, at: typeNode) else { return nil }
            type = .dateTime(coding)
        case "array":
            guard let itemsNode = reader.required("items", in: "array field '\(wireName)'"),
                let (itemType, itemConstraints) = loadElement(
                    itemsNode,
                    describing: "items of '\(wireName)'",
                    swiftName: swiftName + "Item"
                )
            else { return nil }
            type = .array(of: itemType, itemConstraints: itemConstraints)
        case "jsonString":
            guard let contentNode = reader.required("content", in: "jsonString field '\(wireName)'"),
                let (contentType, contentConstraints) = loadElement(
                    contentNode,
                    describing: "content of '\(wireName)'",
                    swiftName: swiftName
                )
            else { return nil }
            type = .jsonString(of: contentType, contentConstraints: contentConstraints)
        case "map":
            guard let valuesNode = reader.required("values", in: "map field '\(wireName)'"),
                let (valueType, valueConstraints) = loadElement(
                    valuesNode,
                    describing: "values of '\(wireName)'",
                    swiftName: swiftName + "Value"
                )
            else { return nil }
            var keyConstraints = Constraints()
            if let keysNode = reader.value("keys"),
                let keysReader = MappingReader(
                    keysNode,
                    describing: "keys of '\(wireName)'",
                    allowedKeys: ConstraintLoader.keys,
                    sink: sink
                )
            {
                keyConstraints = ConstraintLoader(sink: sink).load(keysReader)
            }
            type = .map(of: valueType, keyConstraints: keyConstraints, valueConstraints: valueConstraints)
        default:
            guard SwiftNames.isIdentifier(typeName), typeName.first?.isUppercase == true else {
                sink.error(
                    typeNode.location,
                    "unknown type '\(typeName)'\(Suggestion.didYouMean(typeName, among: Self.scalarTypeNames)); expected \(Self.scalarTypeNames.joined(separator: ", ")) or a type declared under 'types'"
                )
                return nil
            }
            type = .named(typeName)
        }
        for (key, applies) in [
            ("items", typeName == "array"), ("values", typeName == "map"), ("keys", typeName == "map"),
            ("dateFormat", typeName == "dateTime"), ("timeZone", typeName == "dateTime"),
            ("content", typeName == "jsonString"),
        ]
        where reader.has(key) && !applies {
            sink.error(
                reader.keyLocation(key) ?? typeNode.location,
                "'\(key)' does not apply to a field of type \(typeName)"
            )
        }
        return (type, constraints)
    }

    private mutating func loadElement(_ node: YAMLNode, describing what: String, swiftName: String) -> (
        FieldType, Constraints
    )? {
        // `items: string` is shorthand for `items: {type: string}`.
        if !node.isCollection {
            let typeKey = YAMLNode(.scalar("type", .plain), location: node.location)
            let synthetic = YAMLNode(.mapping([YAMLNode.Pair(key: typeKey, value: node)]), location: node.location)
            guard let reader = MappingReader(synthetic, describing: what, allowedKeys: Self.elementKeys, sink: sink)
            else { return nil }
            return loadTypeAndConstraints(reader, wireName: what, swiftName: swiftName)
        }
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.elementKeys, sink: sink) else {
            return nil
        }
        if let location = reader.keyLocation("description") {
            // An element has no declaration of its own to carry a doc comment.
            sink.warning(location, "the 'description' of \(what) is not shown anywhere; describe the field instead")
        }
        return loadTypeAndConstraints(reader, wireName: what, swiftName: swiftName)
    }

    private func readDateCoding(_ reader: MappingReader, at typeNode: YAMLNode) -> DateTimeCoding? {
        guard let formatNode = reader.value("dateFormat") else {
            if reader.has("timeZone") {
                sink.error(
                    reader.keyLocation("timeZone") ?? typeNode.location,
                    "'timeZone' needs a pattern in 'dateFormat'"
                )
            }
            return .iso8601
        }
        guard let format = MappingReader.string(formatNode, key: "dateFormat", sink: sink) else { return nil }
        switch format {
        case "iso8601": return .iso8601
        case "unixSeconds": return .unixSeconds
        default:
            guard DatePatternSyntax.isSupported(format) else {
                sink.error(
                    formatNode.location,
                    "dateFormat '\(format)' is neither iso8601, unixSeconds nor a date pattern using \(DatePatternSyntax.summary)"
                )
                return nil
            }
            let zone = reader.string("timeZone") ?? "UTC"
            guard DatePatternSyntax.isKnownTimeZone(zone) else {
                sink.error(reader.value("timeZone")?.location ?? formatNode.location, "unknown time zone '\(zone)'")
                return nil
            }
            return .pattern(format, timeZone: zone)
        }
    }
}
