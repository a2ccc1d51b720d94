/// Names a schema may not use because generated code already gives them a meaning.
enum ReservedNames {
    /// Modules generated code imports; a provider module of the same name would shadow them.
    static let modules: Set<String> = [
        "Foundation", "ProviderRuntime", "ProviderRuntimeCore", "Swift", "FoundationNetworking", "Dispatch",
        "HTTPTypes",
    ]

    /// Types every generated module declares or uses unqualified.
    static let types: Set<String> = [
        "Client", "Server", "Data", "Date", "URL", "Decimal", "String", "Int", "Bool", "Double", "Array",
        "Dictionary", "Optional", "Error", "Result", "Encoder", "Decoder", "CodingKeys", "JSONValue", "Nullable",
        "CalendarDate", "ProviderRequest", "RequestError", "ValidationReport", "ValidationIssue", "OpenEnum",
        "Validatable", "ResponseBody", "ResponseDecodingError", "RawResponse", "BearerToken",
        "BasicCredentials", "RequestBuilder", "Pattern", "CharacterRule", "StringFormat", "Never", "Sendable",
        "Hashable", "Codable", "Equatable", "Character", "FormatProblem", "FormatVerdict", "CheckDigitPolicy",
        "AllowedCombinations", "PathComponent", "HeaderField", "RequestMethod", "PathPart",
        "DateCoding", "FormEncoder", "JSONBody", "CharacterClass", "Calendar", "TimeZone", "Locale",
        "ResponseContent", "EnvelopedBody", "RetryAfter", "HTTPFields", "HTTPField", "WireAbsence",
        "Transport", "URLSessionTransport", "ClientConfiguration", "CallOptions", "ProviderCall", "OperationTraits",
        "ProviderError", "Requests", "ClientCredentials", "PageSequence", "PageResult", "PageSignals",
        "PagePosition", "PageFailure",
        // Keywords that are valid identifiers only in some places: `Self` and `Any` never name a
        // declared type, and a nested `Type` or `Protocol` would clash with `X.Type`/`X.Protocol`.
        "Self", "Any", "Type", "Protocol",
    ]

    /// Names generated operation methods use for their own locals and for `Client`'s properties;
    /// a parameter of that name would shadow them (`body` is checked separately, only when there is one).
    static func builderLocals(_ schema: ProviderSchema) -> Set<String> {
        let sending: Set<String> = ["options", "transport", "configuration", "requests", "request", "report", "server"]
        let credentials = CredentialSpelling(schema).map { [$0.property] } ?? []
        return sending.union(credentials)
    }
}
