import ProviderRuntimeCore

/// Builds the runtime format a schema's `format:` names, for checking literals and payloads at
/// generation time with exactly the code generated validators run.
enum StringFormatFactory {
    static func make(name: String, arguments: [String: String]) -> StringFormat? {
        switch name {
        case "email": return .email
        case "iban": return .iban
        case "bic": return .bic
        case "countryCode": return .countryCode
        case "currencyCode": return .currencyCode
        case "phone":
            return arguments["country"].map { .phone(country: $0) }
        case "document":
            guard let country = arguments["country"], let type = arguments["type"] else { return nil }
            return .document(country: country, type: type)
        default:
            return nil
        }
    }
}
