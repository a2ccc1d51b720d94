/// A union as `anyOf` its variants (a constant variant is a `const`); the discriminator, the
/// variant names and whether unknown shapes are kept go in `x-providergen-union`, because an
/// OpenAPI discriminator needs every variant to be an object and a union may hold a string too.
enum UnionSchema {
    static func schema(_ union: UnionType) -> JSONObject {
        var variants: [JSONDocument] = union.variants.map { variant in
            switch variant.shape {
            case .typed(let type, let constraints):
                return .object(FieldTypeSchema.schema(type, constraints: constraints))
            case .constant(let value):
                var constant = JSONObject()
                constant["const"] = WireLiteral.json(value, for: nil)
                return .object(constant)
            }
        }
        if union.isOpen { variants.append(.object(JSONObject())) }
        var schema = JSONObject()
        schema["anyOf"] = .array(variants)
        var described = JSONObject()
        described["discriminator"] = union.discriminator.map(JSONDocument.string)
        described["cases"] = .strings(union.variants.map(\.caseName))
        let tags = union.variants.compactMap(\.tag)
        if !tags.isEmpty { described["tags"] = .strings(tags) }
        described["open"] = .bool(union.isOpen)
        schema[extension: .union] = .object(described)
        return schema
    }
}
