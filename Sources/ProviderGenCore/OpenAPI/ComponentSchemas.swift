/// `components.schemas`: every named type of the schema, inline enums under their dotted name
/// (`CreateContactRequest.Kind`), in the schema's order.
enum ComponentSchemas {
    static func all(_ schema: ProviderSchema) -> JSONObject {
        var schemas = JSONObject()
        for type in schema.types {
            var component: JSONObject
            switch type.kind {
            case .object(let object): component = self.object(object)
            case .enumeration(let enumeration): component = self.enumeration(enumeration)
            case .union(let union): component = UnionSchema.schema(union)
            }
            var described = JSONObject()
            described["title"] = .string(type.name)
            described["description"] = type.description.map(JSONDocument.string)
            for member in component.members {
                described[member.key] = member.value
            }
            schemas[type.name] = .object(described)
        }
        return schemas
    }

    private static func object(_ object: ObjectType) -> JSONObject {
        var schema = JSONObject()
        schema["type"] = .string("object")
        var properties = JSONObject()
        for field in object.fields {
            properties[field.wireName] = .object(FieldSchema.property(field))
        }
        schema["properties"] = .object(properties)
        let required = object.fields.filter(\.required).map(\.wireName)
        if !required.isEmpty { schema["required"] = .strings(required) }
        RuleKeywords.apply(object, to: &schema)
        return schema
    }

    /// Closed enums list their values; open ones accept any string and show the known values.
    private static func enumeration(_ enumeration: EnumType) -> JSONObject {
        var known = JSONObject()
        known["type"] = .string("string")
        known["enum"] = .strings(enumeration.values.map(\.wire))
        var schema = JSONObject()
        if enumeration.isOpen {
            var any = JSONObject()
            any["type"] = .string("string")
            schema["anyOf"] = .array([.object(known), .object(any)])
            schema[extension: .openEnum] = .bool(true)
        } else {
            schema = known
        }
        var descriptions = JSONObject()
        for value in enumeration.values {
            descriptions[value.wire] = value.description.map(JSONDocument.string)
        }
        if !descriptions.isEmpty { schema[extension: .enumDescriptions] = .object(descriptions) }
        return schema
    }
}
