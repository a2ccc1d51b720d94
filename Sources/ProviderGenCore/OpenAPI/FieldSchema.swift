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
        schema[extension: .warnings] = warnings(field.warningConstraints)
        return schema
    }

    static func parameter(_ parameter: Parameter) -> JSONObject {
        var schema = FieldTypeSchema.schema(parameter.type, constraints: parameter.constraints)
        schema["default"] = parameter.defaultValue.map { WireLiteral.json($0, for: parameter.type) }
        schema[extension: .warnings] = warnings(parameter.warningConstraints)
        return schema
    }

    /// `warnings:` as the keywords they would be: only reported, never refusing a value, so kept
    /// out of the keywords a validator enforces.
    static func warnings(_ constraints: Constraints) -> JSONDocument? {
        guard !constraints.isEmpty else { return nil }
        var keywords = JSONObject()
        ConstraintKeywords.apply(constraints, to: &keywords)
        return .object(keywords)
    }

    /// Only a name the schema chose: a derived one follows from the wire name.
    static func swiftName(_ name: String, wire: String) -> JSONDocument? {
        name == SwiftNames.member(fromWire: wire) ? nil : .string(name)
    }

    static func tolerances(_ tolerances: Set<Tolerance>) -> JSONDocument {
        .strings(tolerances.map(\.rawValue).sorted())
    }
}
