/// An operation's responses keyed `200`, `4XX` or `default`, each with the provider's response
/// headers and its body: one shape, several tried in order (`anyOf`), or a payload in an envelope.
enum Responses {
    static func all(_ operation: APIOperation, in schema: ProviderSchema) -> JSONObject {
        var responses = JSONObject()
        for response in operation.responses.sorted(by: { $0.status < $1.status }) {
            responses[response.status.text] = .object(self.response(response, in: schema))
        }
        return responses
    }

    private static func response(_ response: Response, in schema: ProviderSchema) -> JSONObject {
        var object = JSONObject()
        object["description"] = .string(response.description ?? "Status \(response.status.text).")
        let headers = ResponseHeaders.all(schema)
        if !headers.isEmpty { object["headers"] = .object(headers) }
        if let body = body(response) {
            var media = JSONObject()
            media["schema"] = .object(body)
            var content = JSONObject()
            content["application/json"] = .object(media)
            object["content"] = .object(content)
        }
        return object
    }

    private static func body(_ response: Response) -> JSONObject? {
        let shapes = response.typeNames.map { name in
            var reference = JSONObject()
            reference["$ref"] = .string(FieldTypeSchema.reference(name))
            return reference
        }
        guard shapes.count > 1 else {
            guard let shape = shapes.first else { return nil }
            return response.envelope.map { enveloped(shape, in: $0) } ?? shape
        }
        var body = JSONObject()
        body["anyOf"] = .array(shapes.map(JSONDocument.object))
        body[extension: .bodyShapes] = .string("tried in order; the first that decodes is the response's value")
        return body
    }

    /// The envelope's own fields and, under its payload key, the payload.
    private static func enveloped(_ payload: JSONObject, in envelope: Envelope) -> JSONObject {
        var wrapper = JSONObject()
        wrapper["$ref"] = .string(FieldTypeSchema.reference(envelope.typeName))
        var properties = JSONObject()
        properties[envelope.payloadKey] = .object(payload)
        var holder = JSONObject()
        holder["type"] = .string("object")
        holder["properties"] = .object(properties)
        holder["required"] = .strings([envelope.payloadKey])
        var body = JSONObject()
        body["allOf"] = .array([.object(wrapper), .object(holder)])
        var described = JSONObject()
        described["type"] = .string(envelope.typeName)
        described["payload"] = .string(envelope.payloadKey)
        body[extension: .envelope] = .object(described)
        return body
    }
}
