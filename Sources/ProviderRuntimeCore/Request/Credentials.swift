import Foundation

/// A bearer token: `Authorization: Bearer <token>`.
///
/// Credentials are never printed: description, debugDescription and customMirror say "<redacted>".
public struct BearerToken: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable
{
    let token: String

    /// - Parameter token: the token alone, without the "Bearer " prefix.
    public init(_ token: String) {
        self.token = token
    }

    /// The `Authorization` header value.
    var authorizationValue: String {
        "Bearer " + token
    }

    public var description: String { Redaction.placeholder }
    public var debugDescription: String { Redaction.placeholder }

    public var customMirror: Mirror {
        Mirror(self, children: ["token": Redaction.placeholder], displayStyle: .struct)
    }
}

/// A key and secret sent as HTTP Basic authentication: `Authorization: Basic base64(key:secret)`.
///
/// Credentials are never printed: description, debugDescription and customMirror say "<redacted>".
public struct BasicCredentials: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    let key: String
    let secret: String

    /// - Parameters:
    ///   - key: the user name part, e.g. Razorpay's key id.
    ///   - secret: the password part.
    public init(key: String, secret: String) {
        self.key = key
        self.secret = secret
    }

    /// The `Authorization` header value.
    var authorizationValue: String {
        "Basic " + Data((key + ":" + secret).utf8).base64EncodedString()
    }

    public var description: String { Redaction.placeholder }
    public var debugDescription: String { Redaction.placeholder }

    public var customMirror: Mirror {
        Mirror(self, children: ["key": Redaction.placeholder, "secret": Redaction.placeholder], displayStyle: .struct)
    }
}
