import ProviderRuntimeCore

/// A request body under its media type. Form bodies describe their nesting with OpenAPI's
/// `encoding` (objects and maps as `deepObject`: `parent[child]=…`); the array spellings OpenAPI
/// has no style for (`tags[]=a`, `tags[0]=a`) are named in `x-providergen-array-style`.
enum RequestBodies {
    static func body(_ body: RequestBody, in schema: ProviderSchema) -> JSONObject {
        var reference = JSONObject()
        reference["$ref"] = .string(FieldTypeSchema.reference(body.typeName))
        var media = JSONObject()
        media["schema"] = .object(reference)
        let mediaType: String
        switch body.encoding {
        case .json:
            mediaType = "application/json"
        case .form(let arrayStyle):
            mediaType = "application/x-www-form-urlencoded"
            let encodings = fieldEncodings(of: body.typeName, arrayStyle: arrayStyle, in: schema)
            if !encodings.isEmpty { media["encoding"] = .object(encodings) }
            media[extension: .formEncoding] = .object(formEncoding(arrayStyle))
        }
        var content = JSONObject()
        content[mediaType] = .object(media)
        var object = JSONObject()
        object["required"] = .bool(true)
        object["content"] = .object(content)
        return object
    }

    private static func fieldEncodings(
        of typeName: String,
        arrayStyle: FormEncoder.ArrayStyle,
        in schema: ProviderSchema
    ) -> JSONObject {
        guard case .object(let object)? = schema.type(named: typeName)?.kind else { return JSONObject() }
        var encodings = JSONObject()
        for field in object.fields {
            var encoding = JSONObject()
            switch field.type {
            case .array:
                encoding["style"] = .string("form")
                encoding["explode"] = .bool(true)
                if arrayStyle != .repeated { encoding[extension: .arrayStyle] = .string(arrayStyle.rawValue) }
            case .map:
                encoding["style"] = .string("deepObject")
                encoding["explode"] = .bool(true)
            case .named(let name) where isObject(name, in: schema):
                encoding["style"] = .string("deepObject")
                encoding["explode"] = .bool(true)
            default:
                continue
            }
            encodings[field.wireName] = .object(encoding)
        }
        return encodings
    }

    /// What a form body does beyond OpenAPI's words, for tools that rebuild it byte for byte.
    private static func formEncoding(_ arrayStyle: FormEncoder.ArrayStyle) -> JSONObject {
        var object = JSONObject()
        object["arrayStyle"] = .string(arrayStyle.rawValue)
        object["nesting"] = .string("parent[child]=value, map keys ascending")
        object["null"] = .string("key=")
        object["binaryBoolean"] = .string("1 or 0")
        object["emptyArray"] = .string("omitted")
        object["percentEncoding"] = .string("everything except A-Z a-z 0-9 - . _ ~; space as %20")
        return object
    }

    private static func isObject(_ name: String, in schema: ProviderSchema) -> Bool {
        if case .object? = schema.type(named: name)?.kind { return true }
        return false
    }
}
