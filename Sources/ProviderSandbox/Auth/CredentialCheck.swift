import Foundation
import HTTPTypes
import ProviderGenCore
import ProviderRuntimeCore

/// The credentials the schema's auth scheme requires. Any well-formed credentials are accepted:
/// the sandbox stands in for the provider's test mode, not for its key store.
enum CredentialCheck {
    /// The problem with the request's credentials, or nil when they are acceptable.
    static func problem(in headers: HTTPFields, for scheme: Authentication) -> ValidationIssue? {
        let value = headers[.authorization]
        switch scheme {
        case .none:
            return nil
        case .bearer:
            guard let value, let token = Self.credentials(value, scheme: "Bearer"), !token.isEmpty else {
                return issue("a bearer token is required: Authorization: Bearer <token>")
            }
            return nil
        case .basic:
            guard let value, let encoded = Self.credentials(value, scheme: "Basic"),
                let decoded = Data(base64Encoded: encoded).flatMap({ String(data: $0, encoding: .utf8) }),
                let colon = decoded.firstIndex(of: ":"), colon != decoded.startIndex
            else {
                return issue("HTTP basic credentials are required: Authorization: Basic base64(key:secret)")
            }
            return nil
        }
    }

    /// What follows `scheme ` in the header, the scheme's case ignored (RFC 9110 §11.1).
    private static func credentials(_ value: String, scheme: String) -> String? {
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == scheme.lowercased() else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    private static func issue(_ message: String) -> ValidationIssue {
        ValidationIssue(path: "", rule: "credentials", message: message)
    }
}
