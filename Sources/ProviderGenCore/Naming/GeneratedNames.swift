/// The names generated code gives its own files, types, `Client` members and locals. The emitters
/// spell them from here and the checker keeps schema names off them from here, so a name the
/// generated code starts using is refused in schemas without a second list to update.
enum GeneratedNames {
    // MARK: Files

    static func clientFile(module: String) -> String { "\(module)/Client.swift" }

    static func operationFile(module: String, operation: String) -> String {
        "\(module)/Operations/\(operationStem(operation)).swift"
    }

    static func modelFile(module: String, type: String) -> String { "\(module)/Models/\(type).swift" }

    // MARK: Types

    /// What an operation's file and response type are named after: `createContact` gives `CreateContact`.
    static func operationStem(_ operation: String) -> String { SwiftNames.type(fromWire: operation) }

    /// The enum of an operation's responses: `CreateContactResponse`.
    static func responseType(_ operation: String) -> String { operationStem(operation) + "Response" }

    /// Types every generated module declares itself (besides the client, named after the module).
    static let declaredTypes: Set<String> = ["Client", "Server", "Requests", "CodingKeys"]

    // MARK: Client members

    /// `Client`'s stored properties and its namespace of request builders.
    enum ClientMember {
        static let server = "server"
        static let transport = "transport"
        static let configuration = "configuration"
        static let requests = "requests"

        static let all = [server, transport, configuration, requests]
    }

    /// `Client`'s properties, the credentials' included: an operation method may not share a name with them.
    static func clientProperties(_ schema: ProviderSchema) -> [String] {
        ClientMember.all + (CredentialSpelling(schema).map { [$0.property] } ?? [])
    }

    // MARK: Locals

    /// Locals and parameters of the generated operation methods (builder, sending and page sequence).
    enum Local {
        /// The `RequestBuilder`, then the built `ProviderRequest`.
        static let request = "request"
        /// The `ValidationReport` of the parameters and body; also every `validate(into:)`'s parameter.
        static let report = "report"
        /// The sending methods' `CallOptions` parameter.
        static let options = "options"
        /// The request body parameter, present only when the operation has one.
        static let body = "body"
    }

    /// Names an operation parameter may not take, because the generated methods already use them
    /// (`body` is checked separately, only when there is one).
    static func operationMethodNames(_ schema: ProviderSchema) -> Set<String> {
        Set(clientProperties(schema) + [Local.options, Local.request, Local.report])
    }

    /// Locals of a page sequence's method; the parameter set from `position` may take one of them.
    enum SequenceLocal {
        /// The `PagePosition` a page is fetched at.
        static let position = "position"
        /// The operation's response to one page.
        static let response = "response"
        /// The decoded page.
        static let page = "page"
        /// The function that fetches one page.
        static let fetch = "fetch"

        static let all: Set<String> = [position, response, page, fetch]
    }

    /// Locals of the generated validators' loops, besides the report; a field of one of these
    /// names is unwrapped under another.
    static let validatorLocals: Set<String> = [Local.report, "index", "item", "key", "value"]
}
