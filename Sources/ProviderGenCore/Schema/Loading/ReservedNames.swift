/// Names a schema may not use because generated code already gives them a meaning.
enum ReservedNames {
    /// Modules generated code imports; a provider module of the same name would shadow them.
    static let modules: Set<String> = ["Foundation", "ProviderRuntime", "Swift", "FoundationNetworking", "Dispatch"]

    /// Types every generated module declares or uses unqualified.
    static let types: Set<String> = [
        "Client", "Server", "Data", "Date", "URL", "Decimal", "String", "Int", "Bool", "Double", "Array",
        "Dictionary", "Optional", "Error", "Result", "Encoder", "Decoder", "CodingKeys", "JSONValue", "Nullable",
        "CalendarDate", "ProviderRequest", "RequestError", "ValidationReport", "ValidationIssue", "OpenEnum",
        "Validatable", "ResponseBody", "ResponseDecodingError", "UndocumentedResponse", "BearerToken",
        "BasicCredentials", "RequestBuilder", "Pattern", "CharacterRule", "StringFormat", "Never", "Sendable",
        "Hashable", "Codable", "Equatable", "Character",
    ]
}
