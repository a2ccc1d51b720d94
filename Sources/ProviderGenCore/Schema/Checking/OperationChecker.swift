/// Operations must reference declared object types, declare exactly the parameters their path
/// uses, and list each status once.
struct OperationChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        checkGeneratedNames()
        var typeNames = FirstDefinitions<String, APIOperation>(reportingTo: sink)
        for operation in schema.operations {
            typeNames.claim(operation.name.lowercased(), for: operation) { first in
                "operations '\(first.name)' and '\(operation.name)' would generate types whose names differ only in case"
            } note: { _ in
                "first declared here"
            }
            checkPath(operation)
            checkParameters(operation)
            if let body = operation.body {
                if operation.method == .get {
                    sink.error(body.location, "GET operation '\(operation.name)' cannot have a body")
                }
                requireObject(body.typeName, at: body.location, describing: "the body of '\(operation.name)'")
            }
            checkResponses(operation)
        }
    }

    /// Each operation generates `Operations/<Name>.swift`, a `<Name>Response` type and a method on
    /// `Client`; none may collide with what types and `Client` already declare. Swift needs file
    /// names unique within a module, and macOS compares them without case.
    private func checkGeneratedNames() {
        var topLevelTypesByLowercasedName: [String: [NamedType]] = [:]
        for type in schema.types where !type.name.contains(".") {
            topLevelTypesByLowercasedName[type.name.lowercased(), default: []].append(type)
        }
        let clientProperties = GeneratedNames.clientProperties(schema)
        for operation in schema.operations {
            let typeName = GeneratedNames.operationStem(operation.name)
            for type in topLevelTypesByLowercasedName[typeName.lowercased()] ?? [] {
                sink.error(
                    operation.location,
                    "operation '\(operation.name)' and type '\(type.name)' would both be written to \(typeName).swift, and file names must be unique within a module; rename one",
                    notes: [.init(location: type.location, message: "'\(type.name)' is declared here")]
                )
            }
            let responseName = GeneratedNames.responseType(operation.name)
            for type in topLevelTypesByLowercasedName[responseName.lowercased()] ?? [] where type.name == responseName {
                sink.error(
                    type.location,
                    "type '\(type.name)' has the name of the response type generated for operation '\(operation.name)'; rename the type",
                    notes: [.init(location: operation.location, message: "'\(operation.name)' is declared here")]
                )
            }
            if clientProperties.contains(operation.name) {
                sink.error(
                    operation.location,
                    "operation '\(operation.name)' would become a method named like Client's property '\(operation.name)'; rename it"
                )
            }
        }
    }

    private func checkPath(_ operation: APIOperation) {
        let inPath = operation.path.parameterNames
        let declared = operation.pathParameters.map(\.wireName)
        for name in inPath where !declared.contains(name) {
            sink.error(
                operation.location,
                "path '\(operation.path.text)' of '\(operation.name)' uses '{\(name)}', which is not declared under 'pathParameters'"
            )
        }
        for parameter in operation.pathParameters where !inPath.contains(parameter.wireName) {
            sink.error(
                parameter.location,
                "path parameter '\(parameter.wireName)' is declared but path '\(operation.path.text)' does not use '{\(parameter.wireName)}'"
            )
        }
        var seen = Set<String>()
        for name in inPath where !seen.insert(name).inserted {
            sink.error(operation.location, "path '\(operation.path.text)' uses '{\(name)}' twice")
        }
    }

    private func checkParameters(_ operation: APIOperation) {
        let all = operation.pathParameters + operation.queryParameters + operation.headerParameters
        var swiftNames = FirstDefinitions<String, Parameter>(reportingTo: sink)
        for parameter in all {
            if parameter.swiftName == GeneratedNames.Local.body && operation.body != nil {
                sink.error(
                    parameter.location,
                    "parameter '\(parameter.wireName)' would be named 'body', which the request body uses; set 'swiftName'"
                )
            }
            if GeneratedNames.operationMethodNames(schema).contains(parameter.swiftName) {
                sink.error(
                    parameter.location,
                    "parameter '\(parameter.wireName)' would be named '\(parameter.swiftName)', which the generated method already uses; set 'swiftName'"
                )
            }
            swiftNames.claim(parameter.swiftName, for: parameter) { first in
                "parameters '\(first.wireName)' and '\(parameter.wireName)' of '\(operation.name)' both become the Swift argument '\(parameter.swiftName)'; set 'swiftName'"
            } note: { first in
                "'\(first.wireName)' is here"
            }
            let context = FieldContext(owner: operation.name, object: nil, schema: schema, sink: sink)
            context.checkType(
                parameter.type,
                constraints: parameter.constraints,
                warnings: parameter.warningConstraints,
                at: parameter.location,
                describing: "parameter '\(parameter.wireName)'"
            )
            switch parameter.type {
            case .string, .integer, .decimal, .boolean:
                break
            case .named(let name) where isEnum(name):
                break
            default:
                sink.error(
                    parameter.location,
                    "parameter '\(parameter.wireName)' must be a string, integer, decimal, boolean or enum"
                )
            }
            for (value, role) in [(parameter.defaultValue, "default"), (parameter.example, "example")] {
                guard let value else { continue }
                LiteralChecker(schema: schema, sink: sink).check(
                    value,
                    type: parameter.type,
                    constraints: parameter.constraints,
                    nullable: false,
                    at: parameter.location,
                    describing: "the \(role) of '\(parameter.wireName)'"
                )
            }
        }
        for header in operation.headerParameters {
            if !HTTPSyntax.isToken(header.wireName) {
                sink.error(header.location, "'\(header.wireName)' is not a valid HTTP header name")
            } else if let problem = HTTPSyntax.reservedHeaderProblem(header.wireName) {
                sink.error(header.location, "header parameter '\(header.wireName)': " + problem)
            }
        }
    }

    private func checkResponses(_ operation: APIOperation) {
        var statuses = FirstDefinitions<StatusPattern, Response>(reportingTo: sink)
        for response in operation.responses {
            statuses.claim(response.status, for: response) { _ in
                "status \(response.status.text) is listed twice for '\(operation.name)'"
            } note: { _ in
                "first listed here"
            }
            for typeName in response.typeNames {
                requireObject(
                    typeName,
                    at: response.location,
                    describing: "response \(response.status.text) of '\(operation.name)'"
                )
            }
            if let envelope = response.envelope {
                requireObject(
                    envelope.typeName,
                    at: response.location,
                    describing: "the envelope of response \(response.status.text)"
                )
                if case .object(let object)? = schema.type(named: envelope.typeName)?.kind,
                    object.field(wireName: envelope.payloadKey) != nil
                {
                    sink.error(
                        response.location,
                        "envelope '\(envelope.typeName)' must not declare the payload field '\(envelope.payloadKey)'; it holds the wrapper's other fields"
                    )
                }
            }
        }
        if !operation.responses.contains(where: {
            if case .exact(let code) = $0.status { return (200..<300).contains(code) }
            return $0.status == .range(2)
        }) {
            sink.error(operation.location, "operation '\(operation.name)' documents no success response (2XX)")
        }
    }

    private func isEnum(_ name: String) -> Bool {
        if case .enumeration? = schema.type(named: name)?.kind { return true }
        return false
    }

    private func requireObject(_ name: String, at location: SourceLocation, describing what: String) {
        guard let type = schema.type(named: name) else {
            sink.error(
                location,
                "\(what) names unknown type '\(name)'\(Suggestion.didYouMean(name, among: schema.types.map(\.name)))"
            )
            return
        }
        guard case .object = type.kind else {
            sink.error(location, "\(what) must be an object type; '\(name)' is an enum")
            return
        }
    }
}
