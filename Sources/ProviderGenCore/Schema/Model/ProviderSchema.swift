/// One provider's API as written in `schemas/<provider>.yaml`, after loading and checking.
/// Plain values only: the generator reads it, nothing mutates it.
public struct ProviderSchema: Sendable {
    /// Path of the schema file as given on the command line, used in diagnostics.
    public var file: String
    /// Swift module the provider's code is generated into (`Razorpay`).
    public var module: String
    public var displayName: String
    public var documentation: String?
    public var description: String?
    public var servers: [Server]
    public var authentication: Authentication
    public var defaultHeaders: [HeaderValue]
    public var operations: [Operation]
    public var types: [NamedType]

    public func type(named name: String) -> NamedType? {
        types.first { $0.name == name }
    }
}

/// A named base URL such as production or sandbox.
public struct Server: Sendable {
    public var name: String
    public var url: String
    public var description: String?
}

public enum Authentication: String, Sendable {
    case none
    /// `Authorization: Bearer <token>`.
    case bearer
    /// HTTP basic from a key and a secret (Razorpay).
    case basic
}

/// A fixed header sent with every request, such as `Accept: application/json`.
public struct HeaderValue: Sendable {
    public var name: String
    public var value: String
}
