/// One field or parameter as a property schema: its type and constraints, presence (`null` via
/// type arrays), documentation, and the extensions for what only providergen reads.
enum FieldSchema {
    static func property(_ field: Field) -> JSONObject {
        var schema = FieldTypeSchema.schema(field.type, constraints: field.constraints)
        if field.nullable { schema = FieldTypeSchema.nullable(schema) }
        schema["description"] = field.description.map(JSONDocument.string)
        schema["default"] = field.defaultValue.map { WireLiteral.json($0, for: field.type) }
        schema["examples"] = field.example.map { .array([WireLiteral.json($0, for: field.type)]) }
        schema[extension: .swiftName] = swiftName(field.swiftName, wire: field.wireName)
        if !field.alternateNames.isEmpty { schema[extension: .alternateNames] = .strings(field.alternateNames) }
        if !field.tolerances.isEmpty { schema[extension: .tolerate] = tolerances(field.tolerances) }
        return schema
    }

    static func parameter(_ parameter: Parameter) -> JSONObject {
        FieldTypeSchema.schema(parameter.type, constraints: parameter.constraints)
    }

    /// Only a name the schema chose: a derived one follows from the wire name.
    static func swiftName(_ name: String, wire: String) -> JSONDocument? {
        name == SwiftNames.member(fromWire: wire) ? nil : .string(name)
    }

    static func tolerances(_ tolerances: Set<Tolerance>) -> JSONDocument {
        .strings(tolerances.map(\.rawValue).sorted())
    }
}
