@testable import ProviderGenCore

/// A program written against a generated client that touches every part of its API the way
/// callers do: builds each model with every initialiser argument (typed exactly, in order),
/// reads every property into a variable of its exact type, switches exhaustively over every
/// closed enum, every response and `Client.Server`, calls every operation with every argument,
/// and reads every documented response header. Compiled against a newer client, it fails
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
        var arguments = ["server: " + value("\(module).Client.Server")]
        switch schema.authentication {
        case .none: break
        case .bearer: arguments.append("token: " + value("BearerToken"))
        case .basic: arguments.append("credentials: " + value("BasicCredentials"))
        }
        var lines = ["func useClient() async throws {"]
        lines.append("    let client = \(module).Client(\(arguments.joined(separator: ", ")))")
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
            return "\(SwiftNames.escaped(parameter.swiftName)): " + value(parameter.required ? type : type + "?")
        }
        if let body = operation.body {
            arguments.append(value("\(module).\(body.typeName)"))
        }
        let list = arguments.joined(separator: ", ")
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
        let base = naming.swiftType(field.type)
        let qualified = schema.type(named: base) != nil ? "\(module).\(base)" : base
        return Presence(field).propertyType(qualified)
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

    /// An exhaustive switch: a case renamed, added or removed fails to compile.
    private func unionUse(_ name: String, _ union: UnionType, index: Int) -> [String] {
        var cases = union.variants.map(\.caseName)
        if union.isOpen { cases.append(UnionType.unknownCaseName) }
        return ["func useUnion\(index)(_ value: \(module).\(name)) {", "    switch value {"]
            + cases.map { "    case .\(SwiftNames.escaped($0)): break" } + ["    }", "}"]
    }
}
