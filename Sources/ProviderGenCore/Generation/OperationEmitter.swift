/// For one operation: the request builder method on `Client`, and the response type that
/// decodes every documented status.
struct OperationEmitter {
    let schema: ProviderSchema
    let naming: TypeNaming
    let operation: Operation

    var responseTypeName: String { SwiftNames.type(fromWire: operation.name) + "Response" }

    func emit(into writer: inout SwiftWriter) {
        emitBuilder(into: &writer)
        writer.line()
        emitResponse(into: &writer)
    }

    // MARK: Request

    private var parameters: [(parameter: Parameter, location: String)] {
        operation.pathParameters.map { ($0, "path") } + operation.queryParameters.map { ($0, "query") }
            + operation.headerParameters.map { ($0, "header") }
    }

    private func emitBuilder(into writer: inout SwiftWriter) {
        writer.block("extension Client") { writer in
            var docs: [String?] = [
                operation.summary, operation.description, "`\(operation.method.rawValue) \(operation.path.text)`",
            ]
            var parameterDocs: [String] = parameters.map { entry in
                "- Parameter \(entry.parameter.swiftName): "
                    + (entry.parameter.description ?? "The `\(entry.parameter.wireName)` \(entry.location) parameter.")
            }
            if operation.body != nil {
                parameterDocs.append("- Parameter body: The request body; it is validated before anything is built.")
            }
            docs.append(parameterDocs.isEmpty ? nil : parameterDocs.joined(separator: "\n"))
            docs.append(
                "- Returns: The request, ready for URLSession (`urlRequestIncludingCredentials()`) or swift-http-types (`httpRequestIncludingCredentials()`); print the request itself, never those.\n- Throws: `RequestError.invalid` with every issue when the input breaks a rule of the schema."
            )
            writer.doc(paragraphs: docs)
            var arguments = parameters.map { entry -> String in
                let type = naming.swiftType(entry.parameter.type)
                let name = SwiftNames.escaped(entry.parameter.swiftName)
                return entry.parameter.required ? "\(name): \(type)" : "\(name): \(type)? = nil"
            }
            if let body = operation.body {
                arguments.append("_ body: \(body.typeName)")
            }
            let signature = SwiftCode.call(
                "public func \(SwiftNames.escaped(operation.name))",
                arguments.map(SwiftCode.text),
                close: ") throws(RequestError) -> ProviderRequest"
            )
            writer.block(signature) { writer in
                emitBuilderBody(into: &writer)
            }
        }
    }

    private func emitBuilderBody(into writer: inout SwiftWriter) {
        let path = operation.path.parts.map { part -> SwiftCode in
            switch part {
            case .literal(let text): return .text(".literal(\(SwiftLiteral.string(text)))")
            case .parameter(let name):
                let parameter = operation.pathParameters.first { $0.wireName == name }
                return .text(
                    ".parameter(\(stringValue(parameter.map { SwiftNames.escaped($0.swiftName) } ?? name, type: parameter?.type ?? .string)))"
                )
            }
        }
        let method = SwiftCode.text("method: \(RuntimeSpelling.requestMethod(operation.method))")
        let parameterChecks = parameterValidation()
        // Nothing to add (no checks, query, headers, credentials or body): `var` would be a warning.
        let isMutated =
            parameterChecks != nil || !operation.queryParameters.isEmpty || !operation.headerParameters.isEmpty
            || !schema.defaultHeaders.isEmpty || schema.authentication != .none || operation.body != nil
        let binding = isMutated ? "var" : "let"
        writer.code(
            .call("\(binding) request = RequestBuilder", [method, .text("server: server.url"), .array("path: ", path)])
        )
        if let parameterChecks {
            // Parameters and body are validated together so the caller sees every issue at once.
            writer.line("var report = ValidationReport()")
            writer.append(parameterChecks)
            if operation.body != nil {
                writer.line("body.validate(into: &report)")
            }
            writer.line("try request.require(report)")
        }
        for parameter in operation.queryParameters {
            writer.line("request.query(\(SwiftLiteral.string(parameter.wireName)), \(optionalStringValue(parameter)))")
        }
        for header in schema.defaultHeaders {
            writer.line("request.header(\(SwiftLiteral.string(header.name)), \(SwiftLiteral.string(header.value)))")
        }
        for parameter in operation.headerParameters {
            writer.line("request.header(\(SwiftLiteral.string(parameter.wireName)), \(optionalStringValue(parameter)))")
        }
        switch schema.authentication {
        case .none: break
        case .bearer: writer.line("request.authorize(token)")
        case .basic: writer.line("request.authorize(credentials)")
        }
        if let body = operation.body {
            if parameterChecks == nil {
                writer.line("try request.validate(body)")
            }
            switch body.encoding {
            case .json: writer.line("try request.jsonBody(body)")
            case .form(let style):
                writer.line("try request.formBody(body, arrayStyle: \(RuntimeSpelling.arrayStyle(style)))")
            }
        }
        writer.line("return try request.build()")
    }

    /// Path, query and header parameters are checked like fields, at paths named after them.
    private func parameterValidation() -> SwiftWriter? {
        let fields = parameters.map { entry in
            Field(
                wireName: entry.parameter.wireName,
                swiftName: entry.parameter.swiftName,
                description: nil,
                type: entry.parameter.type,
                required: entry.parameter.required,
                nullable: false,
                defaultValue: nil,
                example: nil,
                constraints: entry.parameter.constraints,
                location: entry.parameter.location
            )
        }
        guard fields.contains(where: { !$0.constraints.isEmpty }) else { return nil }
        let holder = NamedType(
            name: "",
            description: nil,
            kind: .object(ObjectType(fields: fields, rules: [])),
            location: operation.location
        )
        return ValidatorEmitter(naming: naming, type: holder, object: ObjectType(fields: fields, rules: []))
            .localChecks()
    }

    private func stringValue(_ expression: String, type: FieldType) -> String {
        switch type {
        case .string: return expression
        case .named: return "\(expression).rawValue"
        default: return "String(describing: \(expression))"
        }
    }

    private func optionalStringValue(_ parameter: Parameter) -> String {
        let name = SwiftNames.escaped(parameter.swiftName)
        if parameter.required { return stringValue(name, type: parameter.type) }
        switch parameter.type {
        case .string: return name
        case .named: return "\(name)?.rawValue"
        default: return "\(name).map { String(describing: $0) }"
        }
    }

    // MARK: Response

    private func emitResponse(into writer: inout SwiftWriter) {
        let responses = operation.responses.sorted { $0.status < $1.status }
        writer.doc("The responses `\(operation.name)` can receive, by status.")
        writer.block("public enum \(responseTypeName): Hashable, Sendable") { writer in
            for response in responses {
                writer.doc(paragraphs: ["\(response.status.text): " + (response.description ?? "Documented response.")])
                writer.line("case " + caseDeclaration(response))
            }
            if !hasDefault {
                writer.doc("A status the schema does not document, with its raw body.")
                writer.line("case undocumented(UndocumentedResponse)")
            }
            writer.line()
            writer.doc(paragraphs: [
                "Decodes a response by its status.",
                "- Throws: `ResponseDecodingError`, naming the field, when a documented status carries a body that does not match its model.",
            ])
            writer.block("public init(status: Int, body: Data) throws(ResponseDecodingError)") { writer in
                let cases = responses.map { response in
                    (
                        label: response.status == .other ? "default:" : "case \(statusMatch(response.status)):",
                        body: decodeStatements(response)
                    )
                }
                let fallback = (
                    label: "default:",
                    body: [SwiftCode.text("self = .undocumented(UndocumentedResponse(status: status, body: body))")]
                )
                writer.switchBlock("status", cases: hasDefault ? cases : cases + [fallback])
            }
        }
    }

    /// A `default` response takes every undocumented status, so no separate case is needed.
    private var hasDefault: Bool { operation.responses.contains { $0.status == .other } }

    private func caseName(_ response: Response) -> String {
        switch response.status {
        case .exact(let code): return Self.statusNames[code] ?? "status\(code)"
        case .range(let digit): return Self.rangeNames[digit] ?? "status\(digit)xx"
        case .other: return "other"
        }
    }

    private var needsStatus: (Response) -> Bool {
        { response in
            if case .exact = response.status { return false }
            return true
        }
    }

    private func caseDeclaration(_ response: Response) -> String {
        var values: [String] = []
        if needsStatus(response) { values.append("status: Int") }
        if let typeName = response.typeName { values.append(typeName) }
        if let envelope = response.envelope { values.append("envelope: \(envelope.typeName)") }
        return caseName(response) + (values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")")
    }

    private func statusMatch(_ status: StatusPattern) -> String {
        switch status {
        case .exact(let code): return String(code)
        case .range(let digit): return "\(digit * 100)...\(digit * 100 + 99)"
        case .other: return "default"
        }
    }

    private func decodeStatements(_ response: Response) -> [SwiftCode] {
        let name = caseName(response)
        let status = needsStatus(response) ? "status: status" : nil
        guard let typeName = response.typeName else {
            return [.text("self = ." + name + (status.map { "(\($0))" } ?? ""))]
        }
        if let envelope = response.envelope {
            let values = [status, "decoded.payload", "envelope: decoded.envelope"].compactMap { $0 }
            let arguments = [
                "\(typeName).self", "at: \(SwiftLiteral.string(envelope.payloadKey))",
                "envelope: \(envelope.typeName).self", "status: status", "from: body",
            ]
            return [
                .call("let decoded = try ResponseBody.decodeEnveloped", arguments.map(SwiftCode.text)),
                .text("self = .\(name)(\(values.joined(separator: ", ")))"),
            ]
        }
        let decode = SwiftCode.call(
            "try ResponseBody.decode",
            [.text("\(typeName).self"), .text("status: status"), .text("from: body")]
        )
        return [.call("self = .\(name)", (status.map { [SwiftCode.text($0)] } ?? []) + [decode])]
    }

    static let statusNames: [Int: String] = [
        200: "ok", 201: "created", 202: "accepted", 204: "noContent", 400: "badRequest", 401: "unauthorized",
        402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 409: "conflict",
        410: "gone", 415: "unsupportedMediaType", 422: "unprocessableContent", 429: "tooManyRequests",
        500: "internalServerError", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
    ]

    static let rangeNames: [Int: String] = [
        1: "informational", 2: "success", 3: "redirection", 4: "clientError", 5: "serverError",
    ]
}
