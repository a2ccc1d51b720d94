/// The headers a provider documents on every response (`responseHeaders`) and its retry hint.
enum ResponseHeaders {
    static func all(_ schema: ProviderSchema) -> JSONObject {
        var headers = JSONObject()
        for header in schema.responseHeaders {
            var object = JSONObject()
            object["description"] = header.description.map(JSONDocument.string)
            object["schema"] = .object(self.schema(header.kind))
            object[extension: .swiftName] = FieldSchema.swiftName(header.swiftName, wire: header.name)
            headers[header.name] = .object(object)
        }
        if let hint = schema.sending.retryHintHeader {
            var values = JSONObject()
            values["type"] = .string("string")
            values["enum"] = .strings(["true", "false"])
            var object = JSONObject()
            object["description"] = .string("Whether to retry, overriding the client's own decision.")
            object["schema"] = .object(values)
            object[extension: .retryHint] = .bool(true)
            headers[hint] = .object(object)
        }
        return headers
    }

    private static func schema(_ kind: ResponseHeader.Kind) -> JSONObject {
        var schema = JSONObject()
        switch kind {
        case .string:
            schema["type"] = .string("string")
        case .integer:
            schema["type"] = .string("integer")
        case .boolean:
            schema["type"] = .string("boolean")
        case .retryAfter:
            // Seconds or an HTTP date (RFC 9110 §10.2.3); OpenAPI has no format for either.
            schema["type"] = .string("string")
            schema[extension: .headerType] = .string("retryAfter")
        }
        return schema
    }
}
