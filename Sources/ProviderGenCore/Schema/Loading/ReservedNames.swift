/// Names a schema may not use because generated code already gives them a meaning.
enum ReservedNames {
    /// Modules generated code imports; a provider module of the same name would shadow them.
    static let modules: Set<String> = [
        "Foundation", "ProviderRuntime", "ProviderRuntimeCore", "Swift", "FoundationNetworking", "Dispatch",
        "HTTPTypes",
    ]

    /// Types every generated module declares (``GeneratedNames/declaredTypes``) or uses unqualified.
    static let types: Set<String> = GeneratedNames.declaredTypes.union([
        "Data", "Date", "URL", "Decimal", "String", "Int", "Bool", "Double", "Array",
        "Dictionary", "Optional", "Error", "Result", "Encoder", "Decoder", "JSONValue", "Nullable",
        "CalendarDate", "ProviderRequest", "RequestError", "ValidationReport", "ValidationIssue", "OpenEnum",
        "Validatable", "ResponseBody", "ResponseDecodingError", "RawResponse", "BearerToken",
        "BasicCredentials", "RequestBuilder", "Pattern", "CharacterRule", "StringFormat", "Never", "Sendable",
        "Hashable", "Codable", "Equatable", "Character", "FormatProblem", "FormatVerdict", "CheckDigitPolicy",
        "AllowedCombinations", "PathComponent", "HeaderField", "RequestMethod", "PathPart",
        "DateCoding", "FormEncoder", "JSONBody", "CharacterClass", "Calendar", "TimeZone", "Locale",
        "ResponseContent", "EnvelopedBody", "RetryAfter", "HTTPFields", "HTTPField", "WireAbsence",
        "Transport", "URLSessionTransport", "ClientConfiguration", "CallOptions", "ProviderCall", "OperationTraits",
        "ProviderError", "ClientCredentials", "PageSequence", "PageResult", "PageSignals",
        "PagePosition", "PageFailure",
        // Keywords that are valid identifiers only in some places: `Self` and `Any` never name a
        // declared type, and a nested `Type` or `Protocol` would clash with `X.Type`/`X.Protocol`.
        "Self", "Any", "Type", "Protocol",
    ])
}
