@testable import ProviderGenCore

/// A program written against a generated client that touches every part of its API the way
/// callers do: builds each model with every initialiser argument (typed exactly, in order),
/// reads every property into a variable of its exact type, switches exhaustively over every
/// closed enum and union, every response and `Client.Server`, builds every union case, creates
/// the client with every credential scheme, calls every operation with every argument (and its
/// page sequence), and reads every documented response header. Compiled against a newer client, it fails
/// exactly when some caller's code would: the compiler's verdict on a diff's Swift findings.
struct UserProgram {
    let schema: ProviderSchema

    private var naming: TypeNaming { TypeNaming(schema: schema) }
    private var module: String { schema.module }

    var text: String {
        var lines = [
            "import Foundation",
            "import ProviderRuntime",
            "",
            "func placeholder<T>() -> T { fatalError() }",
            "",
        ]
        lines += client()
        for (index, type) in schema.types.enumerated() {
            switch type.kind {
            case .object(let object): lines += model(type.name, object, index: index)
            case .enumeration(let enumeration): lines += enumUse(type.name, enumeration, index: index)
            case .union(let union): lines += unionUse(type.name, union, index: index)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `placeholder() as T`: an argument of exactly this type, so a changed type fails to compile.
    private func value(_ type: String) -> String { "placeholder() as \(type)" }

    private func client() -> [String] {
        let server = "server: " + value("\(module).Client.Server")
        let credentials = CredentialSpelling(schema)
        let initialisers = credentials?.choices.map { "\(server), \($0.label): " + value($0.type) } ?? [server]
        var lines = ["func useClient() async throws {"]
        for (index, arguments) in initialisers.enumerated() {
            lines.append("    let \(index == 0 ? "client" : "_") = \(module).\(schema.clientTypeName)(\(arguments))")
        }
        lines.append("    let _: \(module).Client = client")
        if let credentials {
            lines.append("    let _: \(credentials.propertyType) = client.\(credentials.property)")
        }
        let serverCases = schema.servers.map { "    case .\(SwiftNames.escaped($0.name)): break" }
        lines += ["    switch client.server {"] + serverCases + ["    case .custom: break", "    }"]
        for (index, operation) in schema.operations.enumerated() {
            lines += call(operation, index: index)
        }
        lines.append("}")
        return lines
    }

    private func call(_ operation: APIOperation, index: Int) -> [String] {
        let parameters = operation.pathParameters + operation.queryParameters + operation.headerParameters
        var arguments = parameters.map { parameter in
            let type = naming.swiftType(parameter.type)
            return (
                parameter.wireName,
                "\(SwiftNames.escaped(parameter.swiftName)): " + value(parameter.isSwiftOptional ? type + "?" : type)
            )
        }
        if let body = operation.body {
            arguments.append(("", value("\(module).\(body.typeName)")))
        }
        let list = arguments.map { $0.1 }.joined(separator: ", ")
        let name = SwiftNames.escaped(operation.name)
        let responseType = "\(module).\(SwiftNames.type(fromWire: operation.name))Response"
        let response = "response\(index)"
        var lines = [
            "    let _: ProviderRequest = try client.requests.\(name)(\(list))",
            "    let \(response): \(responseType) = try await client.\(name)(\(list))",
            "    switch \(response) {",
        ]
        let responses = operation.responses.sorted { $0.status < $1.status }
        for entry in responses {
            let caseName = ResponseCaseNames.caseName(entry.status)
            lines.append("    case .\(caseName)(\(entry.typeNames.isEmpty ? "" : "let content, ")_):")
            if let content = contentType(entry, responseType: responseType, caseName: caseName) {
                lines.append("        let _: \(content) = content")
            } else {
                lines.append("        break")
            }
        }
        if !operation.responses.contains(where: { $0.status == .other }) {
            lines.append("    case .undocumented: break")
        }
        lines.append("    }")
        if let pagination = operation.pagination,
            case .success(let shape) = PageShape.resolve(pagination, of: operation, in: schema)
        {
            let sequenceArguments = arguments.filter { $0.0 != shape.position.wireName }.map { $0.1 }
            lines += [
                "    for try await item in client.\(SwiftNames.escaped(pagination.sequenceName.value))(\(sequenceArguments.joined(separator: ", "))) {",
                "        let _: \(qualified(naming.swiftType(shape.itemType))) = item",
                "    }",
            ]
        }
        for header in schema.responseHeaders {
            lines.append("    let _: \(headerType(header.kind))? = \(response).\(SwiftNames.escaped(header.swiftName))")
        }
        return lines
    }

    private func contentType(_ response: Response, responseType: String, caseName: String) -> String? {
        switch response.typeNames.count {
        case 0: return nil
        case 1:
            let model = "\(module).\(response.typeNames[0])"
            guard let envelope = response.envelope else { return "ResponseContent<\(model)>" }
            return "ResponseContent<EnvelopedBody<\(model), \(module).\(envelope.typeName)>>"
        default: return "\(responseType).\(SwiftNames.type(fromWire: caseName))Body"
        }
    }

    private func headerType(_ kind: ResponseHeader.Kind) -> String {
        switch kind {
        case .string: return "String"
        case .integer: return "Int"
        case .boolean: return "Bool"
        case .retryAfter: return "RetryAfter"
        }
    }

    private func propertyType(_ field: Field) -> String {
        Presence(field).propertyType(qualified(naming.swiftType(field.type)))
    }

    /// A generated type with its module, so that it cannot be mistaken for a runtime one.
    private func qualified(_ swiftType: String) -> String {
        schema.type(named: swiftType) != nil ? "\(module).\(swiftType)" : swiftType
    }

    private func model(_ name: String, _ object: ObjectType, index: Int) -> [String] {
        let arguments = object.fields.map { "\(SwiftNames.escaped($0.swiftName)): " + value(propertyType($0)) }
        var lines = [
            "func useModel\(index)() {",
            "    let model = \(module).\(name)(\(arguments.joined(separator: ", ")))",
        ]
        for field in object.fields {
            lines.append("    let _: \(propertyType(field)) = model.\(SwiftNames.escaped(field.swiftName))")
        }
        lines.append("}")
        return lines
    }

    private func enumUse(_ name: String, _ enumeration: EnumType, index: Int) -> [String] {
        let type = "\(module).\(name)"
        var lines = ["func useEnum\(index)(_ value: \(type)) {"]
        if enumeration.isOpen {
            lines.append("    let _: \(type) = \(type)(rawValue: \"unknown\")")
            lines.append("    let _: [\(type)] = \(type).knownValues")
            for entry in enumeration.values {
                lines.append("    let _: \(type) = .\(SwiftNames.escaped(entry.swiftName))")
            }
        } else {
            lines.append("    let _: \(type)? = \(type)(rawValue: \"unknown\")")
            lines.append("    switch value {")
            for entry in enumeration.values {
                lines.append("    case .\(SwiftNames.escaped(entry.swiftName)): break")
            }
            lines.append("    }")
        }
        lines.append("}")
        return lines
    }

    /// Every case built and matched with exactly its value's type.
    private func unionUse(_ name: String, _ union: UnionType, index: Int) -> [String] {
        let type = "\(module).\(name)"
        var built: [String] = []
        var matched: [String] = []
        for variant in union.variants {
            let caseName = SwiftNames.escaped(variant.caseName)
            switch variant.shape {
            case .typed(let valueType, _):
                let swiftType = qualified(naming.swiftType(valueType))
                built.append("    let _: \(type) = .\(caseName)(\(value(swiftType)))")
                matched += ["    case .\(caseName)(let content):", "        let _: \(swiftType) = content"]
            case .constant:
                built.append("    let _: \(type) = .\(caseName)")
                matched.append("    case .\(caseName): break")
            }
        }
        if union.isOpen {
            built.append("    let _: \(type) = .\(UnionType.unknownCaseName)(\(value("JSONValue")))")
            matched += ["    case .\(UnionType.unknownCaseName)(let content):", "        let _: JSONValue = content"]
        }
        return ["func useUnion\(index)(_ value: \(type)) {"] + built + ["    switch value {"] + matched + [
            "    }", "}",
        ]
    }
}
