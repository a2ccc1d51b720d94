import ProviderRuntimeCore

/// One endpoint: how to build its request and how to read its responses.
public struct APIOperation: Sendable {
    public var name: String
    public var summary: String?
    public var description: String?
    public var method: HTTPMethod
    public var path: PathTemplate
    public var pathParameters: [Parameter]
    public var queryParameters: [Parameter]
    public var headerParameters: [Parameter]
    public var body: RequestBody?
    public var responses: [Response]
    public var location: SourceLocation
    /// `idempotencyKeyHeader`, where it was written (for diagnostics).
    public var idempotencyKey: IdempotencyKeySetting = .inherited
    public var idempotencyKeyLocation: SourceLocation?
    /// Set on list operations whose pages the client can walk (`pagination:`).
    public var pagination: Pagination?
}

/// A path such as `/organizations/{organizationId}/contacts`, split at its parameters.
public struct PathTemplate: Sendable {
    public enum Part: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    public var text: String
    public var parts: [Part]

    public var parameterNames: [String] {
        parts.compactMap { part in
            if case .parameter(let name) = part { return name }
            return nil
        }
    }
}

/// A path, query or header parameter. Parameters are scalars on the wire.
public struct Parameter: Sendable {
    public var wireName: String
    public var swiftName: String
    public var description: String?
    public var type: FieldType
    public var required: Bool
    public var constraints: Constraints
    public var example: Literal?
    /// Sent when the caller passes nothing (an API-version header); the caller may override it.
    public var defaultValue: Literal?
    public var location: SourceLocation
    /// Constraints whose failures are warnings.
    public var warningConstraints = Constraints()

    /// An optional Swift argument (`nil` sends nothing); with a default it is non-optional and
    /// always sent.
    public var isSwiftOptional: Bool { !required && defaultValue == nil }
}

/// The methods a schema may name, spelled as on the wire.
public enum HTTPMethod: String, CaseIterable, Sendable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
}

public struct RequestBody: Sendable {
    public enum Encoding: Sendable, Equatable {
        case json
        case form(arrayStyle: FormEncoder.ArrayStyle)
    }

    public var encoding: Encoding
    /// A named object type.
    public var typeName: String
    public var location: SourceLocation
}

/// The statuses a response entry covers.
public enum StatusPattern: Sendable, Hashable, Comparable {
    case exact(Int)
    /// `4XX`: every status whose first digit is this one.
    case range(Int)
    case other

    /// Exact statuses are matched before ranges, ranges before `default`.
    public static func < (lhs: StatusPattern, rhs: StatusPattern) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: (Int, Int) {
        switch self {
        case .exact(let code): return (0, code)
        case .range(let digit): return (1, digit)
        case .other: return (2, 0)
        }
    }

    public var text: String {
        switch self {
        case .exact(let code): return String(code)
        case .range(let digit): return "\(digit)XX"
        case .other: return "default"
        }
    }
}

public struct Response: Sendable {
    public var status: StatusPattern
    public var description: String?
    /// The shapes the body may have, tried in order; empty for a response without a body. A body
    /// that fits none is still this response, with what did not match.
    public var typeNames: [String]
    /// The wrapper the body sits in, when the provider wraps payloads (`{code, message, data}`).
    public var envelope: Envelope?
    public var location: SourceLocation
}

/// The payload sits under `payloadKey`; the wrapper's other fields are described by `typeName`.
public struct Envelope: Sendable {
    public var typeName: String
    public var payloadKey: String
}
