/// `paths`: operations grouped by path in the order the schema first names each path, each
/// with its `operationId`, parameters, request body and responses; operations sharing a method
/// and path become one (`SharedRoutes`).
enum PathItems {
    static func all(_ schema: ProviderSchema) -> JSONObject {
        var routes: [(path: String, method: String, operations: [(name: String, object: JSONObject)])] = []
        for operation in schema.operations {
            let method = operation.method.rawValue.lowercased()
            let entry = (name: operation.name, object: self.operation(operation, in: schema))
            if let index = routes.firstIndex(where: { $0.path == operation.path.text && $0.method == method }) {
                routes[index].operations.append(entry)
            } else {
                routes.append((operation.path.text, method, [entry]))
            }
        }
        var paths = JSONObject()
        for route in routes {
            var item: JSONObject =
                if case .object(let existing)? = paths[route.path] { existing } else { .init() }
            item[route.method] = .object(SharedRoutes.merged(route.operations))
            paths[route.path] = .object(item)
        }
        return paths
    }

    private static func operation(_ operation: APIOperation, in schema: ProviderSchema) -> JSONObject {
        var object = JSONObject()
        object["operationId"] = .string(operation.name)
        object["summary"] = operation.summary.map(JSONDocument.string)
        object["description"] = operation.description.map(JSONDocument.string)
        let parameters =
            operation.pathParameters.map { parameter($0, in: "path", required: true) }
            + operation.queryParameters.map { parameter($0, in: "query", required: $0.required) }
            + operation.headerParameters.map { parameter($0, in: "header", required: $0.required) }
            + [operation.idempotencyKeyHeader(in: schema).map(idempotencyKey)].compactMap { $0 }
        if !parameters.isEmpty { object["parameters"] = .array(parameters) }
        if let body = operation.body {
            object["requestBody"] = .object(RequestBodies.body(body, in: schema))
        }
        object["responses"] = .object(Responses.all(operation, in: schema))
        object[extension: .pagination] = operation.pagination.map(PaginationExtension.describe)
        return object
    }

    /// Parameters are sent as text (`true`, `42`, an enum's wire value), percent-encoded: what
    /// OpenAPI's defaults (`simple` in the path and headers, `form` in the query) describe.
    private static func parameter(_ parameter: Parameter, in location: String, required: Bool) -> JSONDocument {
        var object = JSONObject()
        object["name"] = .string(parameter.wireName)
        object["in"] = .string(location)
        object["description"] = parameter.description.map(JSONDocument.string)
        object["required"] = .bool(required)
        object["schema"] = .object(FieldSchema.parameter(parameter))
        object["example"] = parameter.example.map { WireLiteral.json($0, for: parameter.type) }
        object[extension: .swiftName] = FieldSchema.swiftName(parameter.swiftName, wire: parameter.wireName)
        return .object(object)
    }

    /// The generated client sends a fresh key per call, the same on every retry of that call.
    private static func idempotencyKey(_ header: String) -> JSONDocument {
        var schema = JSONObject()
        schema["type"] = .string("string")
        schema["minLength"] = .integer(1)
        var object = JSONObject()
        object["name"] = .string(header)
        object["in"] = .string("header")
        object["description"] = .string(
            "Idempotency key: the generated client sends a fresh one per call, the same on every retry."
        )
        object["required"] = .bool(false)
        object["schema"] = .object(schema)
        object[extension: .idempotencyKey] = .bool(true)
        return .object(object)
    }
}
