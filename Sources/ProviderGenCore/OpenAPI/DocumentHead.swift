/// The parts of a document about the provider as a whole: `info`, `servers`, security, and the
/// extensions for fixed headers, sending traits and tolerances.
enum DocumentHead {
    static func info(_ schema: ProviderSchema, version: String) -> JSONObject {
        var info = JSONObject()
        info["title"] = .string(schema.displayName)
        info["version"] = .string(version)
        info["description"] = schema.description.map(JSONDocument.string)
        return info
    }

    static func servers(_ schema: ProviderSchema, override: String?) -> [JSONDocument] {
        if let override {
            var server = JSONObject()
            server["url"] = .string(override)
            return [.object(server)]
        }
        return schema.servers.map { server in
            var object = JSONObject()
            object["url"] = .string(server.url)
            object["description"] = .string(server.description.map { "\(server.name): \($0)" } ?? server.name)
            object[extension: .server] = .string(server.name)
            return .object(object)
        }
    }

    /// The schemes the user may choose from at `Client` init, each its own security scheme
    /// (`bearerAuth`, `basicAuth`); `security` lists them as alternatives.
    private static func offeredSchemes(_ schema: ProviderSchema) -> [Authentication] {
        let schemes = schema.authenticationChoices.isEmpty ? [schema.authentication] : schema.authenticationChoices
        return schemes.filter { $0 != .none }
    }

    private static func schemeName(_ authentication: Authentication) -> String {
        authentication.rawValue + "Auth"
    }

    static func securitySchemes(_ schema: ProviderSchema) -> JSONObject? {
        let schemes = offeredSchemes(schema)
        guard !schemes.isEmpty else { return nil }
        var objects = JSONObject()
        for authentication in schemes {
            var scheme = JSONObject()
            scheme["type"] = .string("http")
            scheme["scheme"] = .string(authentication.rawValue)
            objects[schemeName(authentication)] = .object(scheme)
        }
        return objects
    }

    static func security(_ schema: ProviderSchema) -> JSONDocument? {
        let schemes = offeredSchemes(schema)
        guard !schemes.isEmpty else { return nil }
        return .array(
            schemes.map { authentication in
                var requirement = JSONObject()
                requirement[schemeName(authentication)] = .array([])
                return .object(requirement)
            }
        )
    }

    static func extensions(_ schema: ProviderSchema) -> JSONObject {
        var object = JSONObject()
        object[extension: .module] = .string(schema.module)
        // OpenAPI ignores Accept, Content-Type and Authorization as header parameters, so fixed
        // headers are listed here rather than on every operation.
        if !schema.defaultHeaders.isEmpty {
            var headers = JSONObject()
            for header in schema.defaultHeaders {
                headers[header.name] = .string(header.value)
            }
            object[extension: .headers] = .object(headers)
        }
        var sending = JSONObject()
        sending["idempotencyKeyHeader"] = schema.sending.idempotencyKeyHeader.map(JSONDocument.string)
        sending["retryHintHeader"] = schema.sending.retryHintHeader.map(JSONDocument.string)
        if !sending.isEmpty { object[extension: .sending] = .object(sending) }
        if !schema.tolerances.isEmpty { object[extension: .tolerate] = FieldSchema.tolerances(schema.tolerances) }
        return object
    }
}
