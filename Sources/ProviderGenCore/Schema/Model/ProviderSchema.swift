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
    /// The scheme, or the first of several the user may choose from (`authenticationChoices`).
    public var authentication: Authentication
    /// `auth: {schemes: [bearer, basic]}`: every scheme the user may choose at `Client` init;
    /// empty when the provider takes one.
    public var authenticationChoices: [Authentication] = []
    public var defaultHeaders: [HeaderValue]
    public var operations: [APIOperation]
    /// Headers providers document on their responses, typed on every generated response.
    public var responseHeaders: [ResponseHeader] = []
    /// Leniencies every response model of this provider reads with; fields may add their own.
    public var tolerances: Set<Tolerance> = []
    /// `sending:`: the idempotency-key header and the retry hint.
    public var sending = SendingTraits()
    /// `sandbox:`: how `providergen-sandbox` answers for the provider; the generator ignores it.
    public var sandbox = SandboxTraits()
    public let types: [NamedType]
    /// Positions in `types` by name (the first of duplicates), and inline enums by their owner:
    /// the checker and generator look types up constantly, and linear scans made large schemas
    /// quadratic.
    private let typeIndex: [String: Int]
    private let nestedIndex: [String: [Int]]

    public init(
        file: String,
        module: String,
        displayName: String,
        documentation: String?,
        description: String?,
        servers: [Server],
        authentication: Authentication,
        defaultHeaders: [HeaderValue],
        operations: [APIOperation],
        types: [NamedType]
    ) {
        self.file = file
        self.module = module
        self.displayName = displayName
        self.documentation = documentation
        self.description = description
        self.servers = servers
        self.authentication = authentication
        self.defaultHeaders = defaultHeaders
        self.operations = operations
        self.types = types
        var typeIndex: [String: Int] = [:]
        var nestedIndex: [String: [Int]] = [:]
        for (position, type) in types.enumerated() {
            if typeIndex[type.name] == nil { typeIndex[type.name] = position }
            if let dot = type.name.firstIndex(of: ".") {
                nestedIndex[String(type.name[..<dot]), default: []].append(position)
            }
        }
        self.typeIndex = typeIndex
        self.nestedIndex = nestedIndex
    }

    /// `RazorpayClient`: unique among providers, so several can be used in one Swift file.
    public var clientTypeName: String { module + "Client" }

    public func type(named name: String) -> NamedType? {
        typeIndex[name].map { types[$0] }
    }

    /// Enums declared inline on the fields of `owner`, in declaration order.
    public func nestedTypes(of owner: String) -> [NamedType] {
        (nestedIndex[owner] ?? []).map { types[$0] }
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

/// A response header the provider documents (`Retry-After`, a request id), read from the raw
/// headers by a typed property on every response.
public struct ResponseHeader: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case string
        case integer
        case boolean
        /// Seconds or an HTTP date (RFC 9110 §10.2.3).
        case retryAfter
    }

    public var name: String
    public var swiftName: String
    public var description: String?
    public var kind: Kind
    public var location: SourceLocation
}

/// A leniency in reading responses that a provider is known to need. Strict is the default.
public enum Tolerance: String, Sendable, Hashable, CaseIterable {
    /// `[]` read as an empty map (PHP backends encode an empty associative array that way).
    case emptyArrayAsMap
    /// A JSON number read as the text of a `string` field.
    case numberAsString
}
