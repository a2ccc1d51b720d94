/// A union as `anyOf` its variants (a constant variant is a `const`, an open union adds the empty
/// schema for the shapes it keeps as `.unknown`). A discriminated union also gets OpenAPI's
/// `discriminator` with a `mapping` from each tag to its object type. The discriminator, the
/// variant names and whether unknown shapes are kept go in `x-providergen-union` too.
enum UnionSchema {
    static func schema(_ union: UnionType) -> JSONObject {
        var variants: [JSONDocument] = union.variants.map { variant in
            var schema: JSONObject
            switch variant.shape {
            case .typed(let type, let constraints):
                schema = FieldTypeSchema.schema(type, constraints: constraints)
            case .constant(let value):
                schema = JSONObject()
                schema["const"] = WireLiteral.json(value, for: nil)
            }
            schema["description"] = variant.description.map(JSONDocument.string)
            return .object(schema)
        }
        if union.isOpen { variants.append(.object(JSONObject())) }
        var schema = JSONObject()
        // `anyOf`, not `oneOf`: a discriminated union's variants need not refuse each other's tags,
        // and an open union's empty schema matches every value.
        schema["anyOf"] = .array(variants)
        schema["discriminator"] = discriminator(union).map(JSONDocument.object)
        var described = JSONObject()
        described["discriminator"] = union.discriminator.map(JSONDocument.string)
        described["cases"] = .strings(union.variants.map(\.caseName))
        let tags = union.variants.compactMap(\.tag)
        if !tags.isEmpty { described["tags"] = .strings(tags) }
        described["open"] = .bool(union.isOpen)
        schema[extension: .union] = .object(described)
        return schema
    }

    /// OpenAPI's discriminator, when every variant is a named object type with a tag (what the
    /// schema checker demands of a discriminated union).
    private static func discriminator(_ union: UnionType) -> JSONObject? {
        guard let property = union.discriminator else { return nil }
        var mapping = JSONObject()
        for variant in union.variants {
            guard case .typed(.named(let name), _) = variant.shape, let tag = variant.tag else { return nil }
            mapping[tag] = .string(FieldTypeSchema.reference(name))
        }
        var discriminator = JSONObject()
        discriminator["propertyName"] = .string(property)
        discriminator["mapping"] = .object(mapping)
        return discriminator
    }
}
