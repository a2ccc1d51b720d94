/// Names a schema may not use because generated code already gives them a meaning.
enum ReservedNames {
    /// Modules generated code imports; a provider module of the same name would shadow them.
    static let modules: Set<String> = [
        "Foundation", "ProviderRuntime", "ProviderRuntimeCore", "Swift", "FoundationNetworking", "Dispatch",
    ]

    /// Types every generated module declares or uses unqualified.
    static let types: Set<String> = [
        "Client", "Server", "Data", "Date", "URL", "Decimal", "String", "Int", "Bool", "Double", "Array",
        "Dictionary", "Optional", "Error", "Result", "Encoder", "Decoder", "CodingKeys", "JSONValue", "Nullable",
        "CalendarDate", "ProviderRequest", "RequestError", "ValidationReport", "ValidationIssue", "OpenEnum",
        "Validatable", "ResponseBody", "ResponseDecodingError", "UndocumentedResponse", "BearerToken",
        "BasicCredentials", "RequestBuilder", "Pattern", "CharacterRule", "StringFormat", "Never", "Sendable",
        "Hashable", "Codable", "Equatable", "Character", "FormatProblem", "FormatVerdict", "CheckDigitPolicy",
        "AllowedCombinations", "PathComponent", "HeaderField", "RequestMethod", "PathPart",
        "DateCoding", "FormEncoder", "JSONBody", "CharacterClass", "Calendar", "TimeZone", "Locale",
        // Keywords that are valid identifiers only in some places: `Self` and `Any` never name a
        // declared type, and a nested `Type` or `Protocol` would clash with `X.Type`/`X.Protocol`.
        "Self", "Any", "Type", "Protocol",
    ]

    /// Names generated operation methods use for their own locals and for `Client`'s properties;
    /// a parameter of that name would shadow them (`body` is checked separately, only when there is one).
    static func builderLocals(_ authentication: Authentication) -> Set<String> {
        switch authentication {
        case .none: return ["request", "report", "server"]
        case .bearer: return ["request", "report", "server", "token"]
        case .basic: return ["request", "report", "server", "credentials"]
        }
    }
}
