/// One provider's schema as an OpenAPI 3.1 document. Pure: the same schema and options always
/// give the same bytes, members in a fixed order (the schema's order where it has one).
public enum OpenAPIDocument {
    public struct Options: Sendable {
        /// `info.version`; the schema language has no version of its own.
        public var apiVersion: String
        /// Replaces the schema's servers, so a contract tester can point the document at a sandbox.
        public var serverURL: String?

        public init(apiVersion: String = "1.0.0", serverURL: String? = nil) {
            self.apiVersion = apiVersion
            self.serverURL = serverURL
        }
    }

    public static let openAPIVersion = "3.1.0"

    public static func document(for schema: ProviderSchema, options: Options = Options()) -> JSONDocument {
        var document = JSONObject()
        document["openapi"] = .string(openAPIVersion)
        document["info"] = .object(DocumentHead.info(schema, version: options.apiVersion))
        if let docs = schema.documentation {
            var external = JSONObject()
            external["url"] = .string(docs)
            document["externalDocs"] = .object(external)
        }
        let servers = DocumentHead.servers(schema, override: options.serverURL)
        if !servers.isEmpty { document["servers"] = .array(servers) }
        document["security"] = DocumentHead.security(schema)
        document["paths"] = .object(PathItems.all(schema))
        var components = JSONObject()
        components["schemas"] = .object(ComponentSchemas.all(schema))
        if let schemes = DocumentHead.securitySchemes(schema) { components["securitySchemes"] = .object(schemes) }
        document["components"] = .object(components)
        for (key, value) in DocumentHead.extensions(schema).members {
            document[key] = value
        }
        return .object(document)
    }
}
