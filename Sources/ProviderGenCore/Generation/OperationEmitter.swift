/// For one operation: the request builder on `Client.Requests`, the sending method on `Client`
/// (``SendingEmitter``), then its response type (``ResponseEmitter``).
struct OperationEmitter {
    let schema: ProviderSchema
    let naming: TypeNaming
    let operation: APIOperation

    func emit(into writer: inout SwiftWriter) {
        emitBuilder(into: &writer)
        writer.line()
        let response = ResponseEmitter(schema: schema, operation: operation)
        SendingEmitter(schema: schema).emitSend(
            operation,
            parameters: signatureParameters,
            parameterDocs: parameterDocs,
            arguments: forwardedArguments,
            responseType: response.typeName,
            into: &writer
        )
        writer.line()
        response.emit(into: &writer)
    }

    /// The builder's parameters, which the sending method takes too.
    private var signatureParameters: [String] {
        var arguments = parameters.map { entry -> String in
            let type = naming.swiftType(entry.parameter.type)
            let name = SwiftNames.escaped(entry.parameter.swiftName)
            return entry.parameter.required ? "\(name): \(type)" : "\(name): \(type)? = nil"
        }
        if let body = operation.body {
            arguments.append("_ body: \(body.typeName)")
        }
        return arguments
    }

    /// How the sending method passes its parameters on to the builder.
    private var forwardedArguments: [String] {
        parameters.map { entry in
            let name = SwiftNames.escaped(entry.parameter.swiftName)
            return "\(entry.parameter.swiftName): \(name)"
        } + (operation.body == nil ? [] : ["body"])
    }

    // MARK: Request

    private var parameters: [(parameter: Parameter, location: String)] {
        operation.pathParameters.map { ($0, "path") } + operation.queryParameters.map { ($0, "query") }
            + operation.headerParameters.map { ($0, "header") }
    }

    /// `- Parameter` lines for the builder and the sending method, which take the same parameters.
    private var parameterDocs: [String] {
        var docs = parameters.map { entry in
            "- Parameter \(entry.parameter.swiftName): "
                + (entry.parameter.description ?? "The `\(entry.parameter.wireName)` \(entry.location) parameter.")
        }
        if operation.body != nil {
            docs.append("- Parameter body: The request body; it is validated before anything is built.")
        }
        return docs
    }

    private func emitBuilder(into writer: inout SwiftWriter) {
        writer.block("extension Client.Requests") { writer in
            var docs: [String?] = [
                operation.summary, operation.description, "`\(operation.method.rawValue) \(operation.path.text)`",
            ]
            docs.append(parameterDocs.isEmpty ? nil : parameterDocs.joined(separator: "\n"))
            docs.append(
                "- Returns: The request, unsent (`Client.\(operation.name)` sends it), ready for URLSession (`urlRequestIncludingCredentials()`) or swift-http-types (`httpRequestIncludingCredentials()`); print the request itself, never those.\n- Throws: `RequestError.invalid` with every issue when the input breaks a rule of the schema."
            )
            writer.doc(paragraphs: docs)
            let signature = SwiftCode.call(
                "\(writer.access)func \(SwiftNames.escaped(operation.name))",
                signatureParameters.map(SwiftCode.text),
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
}
