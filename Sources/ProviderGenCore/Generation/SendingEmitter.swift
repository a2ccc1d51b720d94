/// Sending, generated: on `Client` the transport, the configuration and the `requests` namespace
/// of request builders; per operation an async method that builds, sends through `ProviderCall`
/// and returns the typed response.
struct SendingEmitter {
    private typealias Member = GeneratedNames.ClientMember
    private typealias Local = GeneratedNames.Local

    let schema: ProviderSchema

    /// `Client`'s credential property, which the request builders need too.
    private var credentials: (name: String, type: String)? {
        CredentialSpelling(schema).map { ($0.property, $0.propertyType) }
    }

    /// The initialiser's extra parameters, after `server:` and the credentials, all defaulted.
    static let initParameters = [
        "\(Member.transport): any Transport = URLSessionTransport()",
        "\(Member.configuration): ClientConfiguration = ClientConfiguration()",
    ]

    static let initAssignments = [Member.transport, Member.configuration].map { "self.\($0) = \($0)" }

    /// The properties and the `Requests` namespace inside `Client`.
    func emitClientMembers(into writer: inout SwiftWriter) {
        writer.line()
        writer.doc("How requests travel: `URLSessionTransport` unless another is passed.")
        writer.line("\(writer.access)var \(Member.transport): any Transport")
        writer.line()
        writer.doc("Deadline, retries, idempotency keys, logging: the middleware chain every call passes through.")
        writer.line("\(writer.access)var \(Member.configuration): ClientConfiguration")
        writer.line()
        writer.doc(
            "Builds each operation's request without sending it: `try client.\(Member.requests).\(exampleOperation)(…)` returns a validated `ProviderRequest`."
        )
        let arguments = ["\(Member.server): \(Member.server)"] + (credentials.map { ["\($0.name): \($0.name)"] } ?? [])
        writer.line(
            "\(writer.access)var \(Member.requests): Requests { Requests(\(arguments.joined(separator: ", "))) }"
        )
        writer.line()
        writer.doc("One request builder per operation, with the client's server and credentials.")
        writer.block("\(writer.access)struct Requests: Sendable") { writer in
            writer.line("\(writer.access)var \(Member.server): Server")
            if let credentials {
                writer.line("\(writer.access)var \(credentials.name): \(credentials.type)")
            }
        }
    }

    private var exampleOperation: String {
        schema.operations.first.map { SwiftNames.escaped($0.name) } ?? "operation"
    }

    /// `extension Client { public func <operation>(…) async throws(ProviderError) -> <Response> }`.
    func emitSend(
        _ operation: APIOperation,
        parameters: [String],
        parameterDocs: [String],
        arguments: [String],
        responseType: String,
        into writer: inout SwiftWriter
    ) {
        let name = SwiftNames.escaped(operation.name)
        let sends: String =
            "Sends `\(operation.method.rawValue) \(operation.path.text)` and returns the response for its status; "
            + "`\(Member.requests).\(name)` builds the same request without sending it."
        let optionsDoc: String =
            "- Parameter \(Local.options): This call's deadline and idempotency key; the client's configuration otherwise."
        writer.block("extension \(schema.clientTypeName)") { writer in
            writer.doc(
                paragraphs: [
                    operation.summary,
                    sends,
                    (parameterDocs + [optionsDoc]).joined(separator: "\n"),
                    "- Throws: `ProviderError.invalidInput` with every issue when the input breaks a rule of the schema "
                        + "(nothing is sent); `ProviderError.transportFailed` when no response came, saying whether "
                        + "the provider may have processed the request.",
                ]
            )
            let signature = SwiftCode.call(
                "\(writer.access)func \(name)",
                (parameters + ["\(Local.options): CallOptions = CallOptions()"]).map(SwiftCode.text),
                close: ") async throws(ProviderError) -> \(responseType)"
            )
            writer.block(signature) { writer in
                writer.line("let \(Local.request): ProviderRequest")
                writer.line("do throws(RequestError) {")
                writer.indented { writer in
                    writer.code(
                        .call("\(Local.request) = try \(Member.requests).\(name)", arguments.map(SwiftCode.text))
                    )
                }
                writer.line("} catch {")
                writer.indented { writer in
                    writer.line("throw .invalidInput(error)")
                }
                writer.line("}")
                writer.code(
                    .call(
                        "return try await ProviderCall(\(Member.transport): \(Member.transport), \(Member.configuration): \(Member.configuration)).send",
                        [
                            .text(Local.request),
                            traits(operation),
                            .text("\(Local.options): \(Local.options)"),
                            .text("read: \(responseType).init(status:headers:body:)"),
                        ]
                    )
                )
            }
        }
    }

    private func traits(_ operation: APIOperation) -> SwiftCode {
        var arguments: [SwiftCode] = [.text("name: \(SwiftLiteral.string(operation.name))")]
        if let header = operation.idempotencyKeyHeader(in: schema) {
            arguments.append(.text("idempotencyKeyHeader: \(SwiftLiteral.string(header))"))
        }
        if let header = schema.sending.retryHintHeader {
            arguments.append(.text("retryHintHeader: \(SwiftLiteral.string(header))"))
        }
        return .call("operation: OperationTraits", arguments)
    }
}
