/// For one operation: the request builder on `Client.Requests`, the sending method on `Client`
/// (``SendingEmitter``), then its response type (``ResponseEmitter``).
struct OperationEmitter {
    private typealias Local = GeneratedNames.Local

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
        if let pagination = operation.pagination {
            writer.line()
            PaginationEmitter(operation: self, pagination: pagination).emit(into: &writer)
        }
        writer.line()
        response.emit(into: &writer)
    }

    /// The builder's parameters, which the sending method takes too.
    private var signatureParameters: [String] { signatureParameters(excluding: nil) }

    /// The parameters, less the one a page sequence sets itself.
    func signatureParameters(excluding excluded: String?) -> [String] {
        let literals = LiteralEmitter(naming: naming)
        var arguments = parameters.filter { $0.parameter.wireName != excluded }.map { entry -> String in
            let type = naming.swiftType(entry.parameter.type)
            let name = SwiftNames.escaped(entry.parameter.swiftName)
            if let value = entry.parameter.defaultValue,
                let expression = literals.expression(value, type: entry.parameter.type)
            {
                return "\(name): \(type) = \(expression)"
            }
            return entry.parameter.isSwiftOptional ? "\(name): \(type)? = nil" : "\(name): \(type)"
        }
        if let body = operation.body {
            arguments.append("_ \(Local.body): \(body.typeName)")
        }
        return arguments
    }

    /// How the sending method passes its parameters on to the builder.
    private var forwardedArguments: [String] { forwardedArguments(replacing: [:]) }

    /// The arguments, with the given expressions for the parameters named by wire name.
    func forwardedArguments(replacing replaced: [String: String]) -> [String] {
        parameters.map { entry in
            let name = replaced[entry.parameter.wireName] ?? SwiftNames.escaped(entry.parameter.swiftName)
            return "\(entry.parameter.swiftName): \(name)"
        } + (operation.body == nil ? [] : [Local.body])
    }

    // MARK: Request

    private var parameters: [(parameter: Parameter, location: String)] {
        operation.pathParameters.map { ($0, "path") } + operation.queryParameters.map { ($0, "query") }
            + operation.headerParameters.map { ($0, "header") }
    }

    /// `- Parameter` lines for the builder and the sending method, which take the same parameters.
    private var parameterDocs: [String] { parameterDocs(excluding: nil) }

    /// `- Parameter` lines for the parameters `signatureParameters(excluding:)` keeps.
    func parameterDocs(excluding excludedWireName: String?) -> [String] {
        var docs = parameters.filter { $0.parameter.wireName != excludedWireName }.map { entry in
            let parameter = entry.parameter
            let values = [("Default", parameter.defaultValue), ("Example", parameter.example)].compactMap {
                label,
                value in
                value.map { " \(label): \(FieldDocumentation.literalText($0))." }
            }
            return "- Parameter \(parameter.swiftName): "
                + (parameter.description ?? "The `\(parameter.wireName)` \(entry.location) parameter.")
                + values.joined()
        }
        if operation.body != nil {
            docs.append("- Parameter \(Local.body): The request body; it is validated before anything is built.")
        }
        return docs
    }

    private func emitBuilder(into writer: inout SwiftWriter) {
        writer.block("extension \(schema.clientTypeName).Requests") { writer in
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
            .call(
                "\(binding) \(Local.request) = RequestBuilder",
                [method, .text("server: \(GeneratedNames.ClientMember.server).url"), .array("path: ", path)]
            )
        )
        if let parameterChecks {
            // Parameters and body are validated together so the caller sees every issue at once.
            writer.line("var \(Local.report) = ValidationReport()")
            writer.append(parameterChecks)
            if operation.body != nil {
                writer.line("\(Local.body).validate(into: &\(Local.report))")
            }
            writer.line("try \(Local.request).require(\(Local.report))")
        }
        for parameter in operation.queryParameters {
            writer.line(
                "\(Local.request).query(\(SwiftLiteral.string(parameter.wireName)), \(optionalStringValue(parameter)))"
            )
        }
        for header in schema.defaultHeaders {
            writer.line(
                "\(Local.request).header(\(SwiftLiteral.string(header.name)), \(SwiftLiteral.string(header.value)))"
            )
        }
        for parameter in operation.headerParameters {
            writer.line(
                "\(Local.request).header(\(SwiftLiteral.string(parameter.wireName)), \(optionalStringValue(parameter)))"
            )
        }
        if let credentials = CredentialSpelling(schema) {
            writer.line("\(Local.request).authorize(\(credentials.property))")
        }
        if let body = operation.body {
            if parameterChecks == nil {
                writer.line("try \(Local.request).validate(\(Local.body))")
            }
            switch body.encoding {
            case .json: writer.line("try \(Local.request).jsonBody(\(Local.body))")
            case .form(let style):
                writer.line(
                    "try \(Local.request).formBody(\(Local.body), arrayStyle: \(RuntimeSpelling.arrayStyle(style)))"
                )
            }
        }
        writer.line("return try \(Local.request).build()")
    }

    /// Path, query and header parameters are checked like fields, at paths named after them.
    private func parameterValidation() -> SwiftWriter? {
        let fields = parameters.map { entry in
            var field = Field(
                wireName: entry.parameter.wireName,
                swiftName: entry.parameter.swiftName,
                description: nil,
                type: entry.parameter.type,
                required: !entry.parameter.isSwiftOptional,
                nullable: false,
                defaultValue: nil,
                example: nil,
                constraints: entry.parameter.constraints,
                location: entry.parameter.location
            )
            field.warningConstraints = entry.parameter.warningConstraints
            return field
        }
        guard fields.contains(where: { !$0.constraints.isEmpty || !$0.warningConstraints.isEmpty }) else { return nil }
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
        if !parameter.isSwiftOptional { return stringValue(name, type: parameter.type) }
        switch parameter.type {
        case .string: return name
        case .named: return "\(name)?.rawValue"
        default: return "\(name).map { String(describing: $0) }"
        }
    }
}
