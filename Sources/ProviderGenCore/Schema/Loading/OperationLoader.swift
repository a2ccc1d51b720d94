import ProviderRuntimeCore

/// Reads `operations:`: method, path, parameters, body and responses of each endpoint.
struct OperationLoader {
    let sink: DiagnosticSink

    static let operationKeys = [
        "summary", "description", "method", "path", "pathParameters", "query", "headers", "body", "responses",
        "idempotencyKeyHeader", "pagination",
    ]

    func loadOperations(_ node: YAMLNode, types: inout TypeLoader) -> [APIOperation] {
        let entries = MappingReader.namedEntries(node, describing: "'operations'", sink: sink)
        if entries.isEmpty, node.isCollection {
            sink.error(node.location, "'operations' lists no operations")
        }
        return entries.compactMap { entry in
            guard SwiftNames.isIdentifier(entry.name), entry.name.first?.isLowercase == true else {
                sink.error(
                    entry.key.location,
                    "operation name '\(entry.name)' must be a lowerCamelCase Swift identifier such as 'createContact'"
                )
                return nil
            }
            return loadOperation(entry.name, keyNode: entry.key, node: entry.value, types: &types)
        }
    }

    private func loadOperation(_ name: String, keyNode: YAMLNode, node: YAMLNode, types: inout TypeLoader)
        -> APIOperation?
    {
        let what = "operation '\(name)'"
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.operationKeys, sink: sink) else {
            return nil
        }
        let methodNode = reader.required("method", in: what)
        let methodName = methodNode.flatMap { MappingReader.string($0, key: "method", sink: sink) }
        let method = methodName.flatMap(HTTPMethod.init(rawValue:))
        if let methodNode, let methodName, method == nil {
            let spellings = HTTPMethod.allCases.map(\.rawValue)
            let hint =
                HTTPMethod(rawValue: methodName.uppercased()) != nil
                ? "; write it in capitals: \(methodName.uppercased())" : ""
            sink.error(
                methodNode.location,
                "unknown HTTP method '\(methodName)'\(hint); expected \(spellings.joined(separator: ", "))"
            )
        }
        let pathNode = reader.required("path", in: what)
        let path = pathNode.flatMap { node in
            MappingReader.string(node, key: "path", sink: sink).flatMap { parsePath($0, at: node.location) }
        }
        let pathParameters =
            reader.value("pathParameters").map { loadParameters($0, kind: "path parameters", types: &types) } ?? []
        let query = reader.value("query").map { loadParameters($0, kind: "query parameters", types: &types) } ?? []
        let headers = reader.value("headers").map { loadParameters($0, kind: "header parameters", types: &types) } ?? []
        let body = reader.value("body").flatMap(loadBody)
        let responses = reader.required("responses", in: what).map(loadResponses) ?? []
        guard let method, let path else { return nil }
        var operation = APIOperation(
            name: name,
            summary: reader.string("summary"),
            description: reader.string("description"),
            method: method,
            path: path,
            pathParameters: pathParameters.map {
                var parameter = $0
                parameter.required = true
                return parameter
            },
            queryParameters: query,
            headerParameters: headers,
            body: body,
            responses: responses,
            location: keyNode.location
        )
        if let node = reader.value("idempotencyKeyHeader") {
            operation.idempotencyKey = SendingLoader(sink: sink).operationSetting(node)
            operation.idempotencyKeyLocation = node.location
        }
        operation.pagination = reader.value("pagination").flatMap {
            PaginationLoader(sink: sink).load($0, operation: name)
        }
        return operation
    }

    /// Splits `/a/{id}/b` into literal and parameter parts; braces must pair and name identifiers.
    private func parsePath(_ text: String, at location: SourceLocation) -> PathTemplate? {
        guard text.hasPrefix("/") else {
            sink.error(location, "path '\(text)' must start with '/'")
            return nil
        }
        var parts: [PathTemplate.Part] = []
        var literal = ""
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "}" {
                sink.error(location, "path '\(text)' has a '}' without its '{'")
                return nil
            }
            guard character == "{" else {
                literal.append(character)
                continue
            }
            guard let close = rest.firstIndex(of: "}") else {
                sink.error(location, "path '\(text)' has a '{' that is never closed")
                return nil
            }
            let name = String(rest[..<close])
            guard SwiftNames.isIdentifier(name) else {
                sink.error(location, "path parameter '{\(name)}' in '\(text)' must be an identifier")
                return nil
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(.parameter(name))
            rest = rest[rest.index(after: close)...]
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return PathTemplate(text: text, parts: parts)
    }

    private func loadParameters(_ node: YAMLNode, kind: String, types: inout TypeLoader) -> [Parameter] {
        MappingReader.namedEntries(node, describing: "'\(kind)'", sink: sink).compactMap { entry in
            var loader = FieldLoader(sink: sink, owner: "")
            guard let field = loader.loadField(wireName: entry.name, keyNode: entry.key, node: entry.value) else {
                return nil
            }
            types.appendTypes(loader.nestedTypes)
            if field.nullable {
                sink.error(entry.key.location, "parameters cannot be null; remove 'nullable'")
            }
            if kind == "path parameters" {
                checkPathParameterPresence(entry.name, node: entry.value)
            }
            if !field.tolerances.isEmpty || !field.alternateNames.isEmpty {
                sink.error(
                    entry.key.location,
                    "'tolerate' and 'alternateNames' apply to how responses are read, not to parameters; remove them"
                )
            }
            return Parameter(
                wireName: field.wireName,
                swiftName: field.swiftName,
                description: field.description,
                type: field.type,
                required: field.required,
                constraints: field.constraints,
                example: field.example,
                defaultValue: field.defaultValue,
                location: field.location,
                warningConstraints: field.warningConstraints
            )
        }
    }

    /// A path parameter is always given, so `default` and `required: false` would be ignored.
    private func checkPathParameterPresence(_ name: String, node: YAMLNode) {
        guard case .mapping(let pairs) = node.content else { return }
        for pair in pairs {
            switch (pair.key.scalar, pair.value.resolved) {
            case ("default", _):
                sink.error(
                    pair.key.location,
                    "'default' does not apply to path parameter '\(name)': the path needs a value on every call; remove it"
                )
            case ("required", .bool(false)?):
                sink.error(
                    pair.value.location,
                    "path parameter '\(name)' cannot be optional: the path needs a value on every call; remove 'required'"
                )
            default:
                break
            }
        }
    }

    private func loadBody(_ node: YAMLNode) -> RequestBody? {
        guard
            let reader = MappingReader(
                node,
                describing: "'body'",
                allowedKeys: ["type", "encoding", "arrayStyle"],
                sink: sink
            ),
            let typeNode = reader.required("type", in: "'body'"),
            let typeName = MappingReader.string(typeNode, key: "type", sink: sink)
        else { return nil }
        let encodingName = reader.string("encoding") ?? "json"
        let encoding: RequestBody.Encoding
        switch encodingName {
        case "json":
            if reader.has("arrayStyle") {
                sink.error(
                    reader.keyLocation("arrayStyle") ?? node.location,
                    "'arrayStyle' applies to form encoding only"
                )
            }
            encoding = .json
        case "form":
            let styleName = reader.string("arrayStyle") ?? "brackets"
            let style = FormEncoder.ArrayStyle(rawValue: styleName)
            if style == nil {
                let styles = FormEncoder.ArrayStyle.allCases.map(\.rawValue)
                sink.error(
                    reader.value("arrayStyle")?.location ?? node.location,
                    "unknown arrayStyle '\(styleName)'\(Suggestion.didYouMean(styleName, among: styles)); expected brackets, indexed or repeated"
                )
            }
            encoding = .form(arrayStyle: style ?? .brackets)
        default:
            sink.error(
                reader.value("encoding")?.location ?? node.location,
                "unknown body encoding '\(encodingName)'\(Suggestion.didYouMean(encodingName, among: ["json", "form"])); expected json or form"
            )
            return nil
        }
        return RequestBody(encoding: encoding, typeName: typeName, location: typeNode.location)
    }

    private func loadResponses(_ node: YAMLNode) -> [Response] {
        guard case .mapping(let pairs) = node.content else {
            sink.error(
                node.location,
                "'responses' must be a mapping from status to response, found \(node.kindDescription)"
            )
            return []
        }
        return pairs.compactMap { pair in
            guard let status = parseStatus(pair.key) else { return nil }
            guard
                let reader = MappingReader(
                    pair.value,
                    describing: "response \(status.text)",
                    allowedKeys: ["description", "type", "envelope"],
                    sink: sink
                )
            else { return nil }
            var envelope: Envelope?
            if let envelopeNode = reader.value("envelope"),
                let envelopeReader = MappingReader(
                    envelopeNode,
                    describing: "'envelope'",
                    allowedKeys: ["type", "payload"],
                    sink: sink
                ),
                let type = envelopeReader.required("type", in: "'envelope'").flatMap({
                    MappingReader.string($0, key: "type", sink: sink)
                }),
                let payload = envelopeReader.required("payload", in: "'envelope'").flatMap({
                    MappingReader.string($0, key: "payload", sink: sink)
                })
            {
                envelope = Envelope(typeName: type, payloadKey: payload)
            }
            if envelope != nil, !reader.has("type") {
                sink.error(pair.key.location, "response \(status.text) has an envelope but no 'type' for its payload")
            }
            let shapes = bodyShapes(reader.value("type"), status: status)
            if envelope != nil, shapes.count > 1 {
                sink.error(
                    reader.keyLocation("envelope") ?? pair.key.location,
                    "response \(status.text) lists several body types; an envelope applies to one payload type only"
                )
            }
            return Response(
                status: status,
                description: reader.string("description"),
                typeNames: shapes,
                envelope: envelope,
                location: pair.key.location
            )
        }
    }

    /// `type: Contact`, or `type: [ValidationError, ErrorMessage]` for a status whose body comes in
    /// several shapes, tried in order.
    private func bodyShapes(_ node: YAMLNode?, status: StatusPattern) -> [String] {
        guard let node else { return [] }
        var shapes: [String] = []
        for (name, location) in MappingReader.string(sequenceOf: node, key: "type", sink: sink) {
            if shapes.contains(name) {
                sink.error(location, "response \(status.text) lists body type '\(name)' twice")
            } else {
                shapes.append(name)
            }
        }
        return shapes
    }

    /// `200`, `4XX` or `default`.
    private func parseStatus(_ key: YAMLNode) -> StatusPattern? {
        if case .int(let code)? = key.resolved, (100...599).contains(code) { return .exact(code) }
        if let text = key.scalar, !key.isCollection {
            if text == "default" { return .other }
            let upper = text.uppercased()
            if upper.count == 3, upper.hasSuffix("XX"), let digit = upper.first?.wholeNumberValue,
                (1...5).contains(digit)
            {
                return .range(digit)
            }
        }
        sink.error(
            key.location,
            "response status must be a code from 100 to 599, a range such as 4XX, or 'default'; found '\(key.scalar ?? key.kindDescription)'"
        )
        return nil
    }
}
