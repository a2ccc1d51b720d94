/// A field type with its constraints as a JSON Schema, describing the wire form (a
/// `binaryBoolean` is the integer 0 or 1, a `decimal` a JSON number read exactly).
enum FieldTypeSchema {
    static func schema(_ type: FieldType, constraints: Constraints) -> JSONObject {
        var schema = JSONObject()
        switch type {
        case .string:
            schema["type"] = .string("string")
        case .integer:
            schema["type"] = .string("integer")
            schema["format"] = .string("int64")
        case .decimal:
            schema["type"] = .string("number")
            schema[extension: .type] = .string("decimal")
        case .boolean:
            schema["type"] = .string("boolean")
        case .binaryBoolean:
            schema["type"] = .string("integer")
            schema["enum"] = .array([.integer(0), .integer(1)])
            schema[extension: .type] = .string("binaryBoolean")
        case .date:
            schema["type"] = .string("string")
            schema["format"] = .string("date")
        case .dateTime(let coding):
            dateTime(coding, into: &schema)
        case .json:
            break
        case .named(let name):
            schema["$ref"] = .string(reference(name))
        case .array(let element, let itemConstraints):
            schema["type"] = .string("array")
            schema["items"] = .object(Self.schema(element, constraints: itemConstraints))
        case .map(let value, let keyConstraints, let valueConstraints):
            schema["type"] = .string("object")
            if !keyConstraints.isEmpty {
                var keys = JSONObject()
                keys["type"] = .string("string")
                ConstraintKeywords.apply(keyConstraints, to: &keys)
                schema["propertyNames"] = .object(keys)
            }
            schema["additionalProperties"] = .object(Self.schema(value, constraints: valueConstraints))
        case .jsonString(let content, let contentConstraints):
            // JSON Schema 2020-12's content keywords: a string whose text is JSON of this shape.
            schema["type"] = .string("string")
            schema["contentMediaType"] = .string("application/json")
            schema["contentSchema"] = .object(Self.schema(content, constraints: contentConstraints))
        }
        ConstraintKeywords.apply(constraints, to: &schema)
        return schema
    }

    static func reference(_ typeName: String) -> String {
        "#/components/schemas/" + typeName
    }

    /// `null` allowed too: a type array where there is a type, otherwise `anyOf` with `null`.
    static func nullable(_ schema: JSONObject) -> JSONObject {
        var schema = schema
        switch schema["type"] {
        case .string(let type)?:
            schema["type"] = .array([.string(type), .string("null")])
            if case .array(let values)? = schema["enum"] { schema["enum"] = .array(values + [.null]) }
            return schema
        case nil where schema["$ref"] == nil && schema["anyOf"] == nil:
            return schema  // `json`: any value, null included
        default:
            var null = JSONObject()
            null["type"] = .string("null")
            var either = JSONObject()
            either["anyOf"] = .array([.object(schema), .object(null)])
            return either
        }
    }

    private static func dateTime(_ coding: DateTimeCoding, into schema: inout JSONObject) {
        switch coding {
        case .iso8601:
            schema["type"] = .string("string")
            schema["format"] = .string("date-time")
        case .unixSeconds:
            schema["type"] = .string("number")
            schema[extension: .dateFormat] = .string("unixSeconds")
        case .pattern(let pattern, let timeZone):
            schema["type"] = .string("string")
            schema["pattern"] = .string(DatePatternRegex.pattern(pattern))
            schema[extension: .dateFormat] = .string(pattern)
            schema[extension: .timeZone] = .string(timeZone)
        }
    }
}
