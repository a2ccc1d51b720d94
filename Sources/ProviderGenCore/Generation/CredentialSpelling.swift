/// How a provider's credentials appear in generated code: the `Client` property, the initialiser
/// labels a user chooses a scheme with, and the `authorize` call of every request builder.
struct CredentialSpelling {
    /// One way to initialise `Client`: `token: BearerToken`, stored as `storedAs`.
    struct Choice {
        var label: String
        var type: String
        var storedAs: String
    }

    /// The property on `Client` and `Client.Requests`.
    var property: String
    var propertyType: String
    /// One initialiser per choice.
    var choices: [Choice]

    /// nil for `auth: {scheme: none}`.
    init?(_ schema: ProviderSchema) {
        if schema.authenticationChoices.count > 1 {
            property = "authorization"
            propertyType = "ClientCredentials"
            choices = schema.authenticationChoices.compactMap { scheme in
                Self.single(scheme).map {
                    Choice(label: $0.label, type: $0.type, storedAs: ".\(scheme.rawValue)(\($0.label))")
                }
            }
            return
        }
        guard let single = Self.single(schema.authentication) else { return nil }
        property = single.label
        propertyType = single.type
        choices = [Choice(label: single.label, type: single.type, storedAs: single.label)]
    }

    private static func single(_ scheme: Authentication) -> (label: String, type: String)? {
        switch scheme {
        case .none: return nil
        case .bearer: return ("token", "BearerToken")
        case .basic: return ("credentials", "BasicCredentials")
        }
    }

    /// Names generated code gives `Client` members for credentials, whichever exist.
    static let memberNames: Set<String> = ["token", "credentials", "authorization"]
}
