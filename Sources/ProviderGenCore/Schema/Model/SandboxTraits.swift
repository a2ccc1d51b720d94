/// `sandbox:`: how `providergen-sandbox` stands in for the provider. The generator ignores it; it
/// says what the provider's documentation says about behaviour rather than shapes: the error body
/// each kind of refusal gets, the id style, and the stateful semantics of each operation.
public struct SandboxTraits: Sendable {
    /// The answer for each kind of refusal; a kind without one uses `default`, then the built-in body.
    public var errors: [SandboxErrorKind: SandboxErrorAnswer] = [:]
    /// Behaviour per operation, by operation name.
    public var operations: [String: SandboxOperation] = [:]

    public init() {}

    /// The answer for `kind`: its own entry, else `default`'s body with the kind's status.
    public func answer(for kind: SandboxErrorKind) -> SandboxErrorAnswer {
        if let own = errors[kind] { return own }
        if kind == .unknownID, let notFound = errors[.notFound] { return notFound }
        let body = errors[.default]?.body ?? SandboxTemplate.builtInBody
        return SandboxErrorAnswer(status: kind.defaultStatus, body: body)
    }
}

/// Why the sandbox refuses a request; each kind is a key under `sandbox.errors`.
public enum SandboxErrorKind: String, Sendable, CaseIterable, Hashable {
    /// The body of every kind that has no entry of its own.
    case `default`
    /// The body is not JSON or form data as the operation needs, or is of the wrong content type.
    case malformed
    /// The body broke the schema's rules; one issue per problem.
    case invalid
    case unauthorized
    /// No operation at the method and path.
    case notFound
    /// A fetch, update or delete named an id no stored resource has; without an entry of its own it
    /// takes `notFound`'s.
    case unknownID
    case methodNotAllowed
    /// A resource with the same `uniqueBy` values exists.
    case conflict
    /// An idempotency key was sent again with a different body.
    case idempotencyConflict
    case tooLarge
    /// `--fault 429:…`.
    case rateLimited
    /// `--fault 503:…` and any other injected status.
    case unavailable

    public var defaultStatus: Int {
        switch self {
        case .default, .malformed, .invalid: 400
        case .unauthorized: 401
        case .notFound, .unknownID: 404
        case .methodNotAllowed: 405
        case .conflict: 409
        case .idempotencyConflict: 422
        case .tooLarge: 413
        case .rateLimited: 429
        case .unavailable: 503
        }
    }
}

/// The status and body template of one kind of refusal.
public struct SandboxErrorAnswer: Sendable {
    public var status: Int
    public var body: SandboxTemplate

    public init(status: Int, body: SandboxTemplate) {
        self.status = status
        self.body = body
    }
}

/// A JSON body with places for the issues. In text, `{field}`, `{message}` and `{rule}` stand for
/// the current issue's (the first, outside `eachIssue`), `{summary}` for every issue as one
/// sentence and `{status}` for the answer's status; a text that is only `{field}` becomes `null`
/// when the issue concerns no field, and one that is only `{status}` becomes a number.
public indirect enum SandboxTemplate: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: SandboxTemplate

        public init(key: String, value: SandboxTemplate) {
            self.key = key
            self.value = value
        }
    }

    case text(String)
    /// The number as written in the schema.
    case number(String)
    case boolean(Bool)
    case null
    case list([SandboxTemplate])
    case object([Member])
    /// `{eachIssue: T}`: an array with `T` rendered once per issue.
    case eachIssue(SandboxTemplate)
    /// `{issuesByField: T}`: an object from each issue's field to the list of `T` rendered for its issues.
    case issuesByField(SandboxTemplate)

    /// `{"message": "{summary}"}`, for a schema that declares no error body.
    public static let builtInBody = SandboxTemplate.object([Member(key: "message", value: .text("{summary}"))])

    /// The placeholders text may hold.
    public static let placeholders = ["field", "message", "rule", "summary", "status"]
}

/// What the sandbox does for one operation, beyond validating and answering.
public struct SandboxOperation: Sendable {
    /// The success status to answer with; default: the lowest documented 2xx (200 for `2XX`).
    public var status: Int?
    /// How new resources' ids look.
    public var id: SandboxIDStyle?
    public var idLocation: SourceLocation?
    /// Body fields (wire names) that identify a resource: a second create with the same values is
    /// refused as `conflict` (Jetpay's email).
    public var uniqueBy: [SandboxFieldName] = []
    /// Body fields (wire names) that, when all equal those of a stored resource (absent equals
    /// absent), return that resource instead of creating one (Razorpay's contacts).
    public var returnExistingWhen: [SandboxFieldName] = []
    /// What the operation does to the resources another operation created (`fetch: createContact`);
    /// nil for an operation that creates (or only answers).
    public var action: SandboxAction?
    /// `list` only: the newest resource first (Razorpay), instead of the oldest.
    public var newestFirst = false
    /// `list` only: the query parameters that bound a time field of the resources (Razorpay's `from`/`to`).
    public var createdBetween: SandboxTimeRange?
    /// `list` only: page figures written into the list body, by field path (wire names).
    public var counts: [SandboxCount] = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// `fetch`, `list`, `update` or `delete: <creating operation>`: the operation answers from the
/// resources the named operation stored, found by the operation's one path parameter.
public struct SandboxAction: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The stored resource with the id, or `unknownID`.
        case fetch
        /// The stored resources, filtered by query parameters named like their fields, a page at a
        /// time as the operation's `pagination` says.
        case list
        /// The body's fields merged into the stored resource, which is answered.
        case update
        /// The stored resource removed.
        case delete
    }

    public var kind: Kind
    /// The operation whose created resources this one reads or changes.
    public var creator: String
    public var location: SourceLocation

    public init(kind: Kind, creator: String, location: SourceLocation) {
        self.kind = kind
        self.creator = creator
        self.location = location
    }
}

/// `createdBetween: {field: created_at, from: from, to: to}`: the query parameters holding the
/// earliest and latest Unix time of `field`, both included.
public struct SandboxTimeRange: Sendable, Equatable {
    public var field: String
    public var from: String?
    public var to: String?
    public var location: SourceLocation
}

/// `counts: {count: pageItems}`: a list body field (a dotted path of wire names) and the figure it holds.
public struct SandboxCount: Sendable, Equatable {
    public enum Figure: String, Sendable, CaseIterable {
        /// Items on this page.
        case pageItems
        /// Items on every page.
        case total
        /// The page size asked for (or defaulted).
        case limit
        /// This page's number, from 1.
        case page
        /// Pages in all.
        case totalPages
    }

    public var path: [String]
    public var figure: Figure
    public var location: SourceLocation
}

/// A body field named in `sandbox.operations`, where it was written.
public struct SandboxFieldName: Sendable, Equatable {
    public var wireName: String
    public var location: SourceLocation
}

/// `id: {field: id, prefix: cont_, length: 14, alphabet: alphanumeric}`.
public struct SandboxIDStyle: Sendable, Equatable {
    public enum Alphabet: String, Sendable, CaseIterable {
        case alphanumeric
        case digits
        case hex

        public var characters: [Character] {
            switch self {
            case .alphanumeric: Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            case .digits: Array("0123456789")
            case .hex: Array("0123456789abcdef")
            }
        }
    }

    /// The wire name of the success response's field that holds the id.
    public var field: String
    public var prefix: String
    /// Characters after the prefix.
    public var length: Int
    public var alphabet: Alphabet

    public init(field: String, prefix: String, length: Int, alphabet: Alphabet) {
        self.field = field
        self.prefix = prefix
        self.length = length
        self.alphabet = alphabet
    }

    /// Whether `text` has this style's prefix and alphabet (the schema's example should); its
    /// length may differ, as documentation examples are often shortened (`contact_123`).
    public func fits(_ text: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let rest = text.dropFirst(prefix.count)
        let allowed = Set(alphabet.characters)
        return !rest.isEmpty && rest.allSatisfy { allowed.contains($0) }
    }
}

extension APIOperation {
    /// The documented response a status falls under: exact, then its range, then `default`, as
    /// generated response types match.
    public func response(covering status: Int) -> Response? {
        responses.first { $0.status == .exact(status) }
            ?? responses.first { $0.status == .range(status / 100) }
            ?? responses.first { $0.status == .other }
    }

    /// The status the sandbox answers a success with: the one `sandbox` sets, else the lowest
    /// documented exact 2xx, else 200.
    public func sandboxSuccessStatus(_ sandbox: SandboxOperation?) -> Int {
        if let status = sandbox?.status { return status }
        let exact = responses.compactMap { response -> Int? in
            if case .exact(let code) = response.status, (200...299).contains(code) { return code }
            return nil
        }
        return exact.min() ?? 200
    }
}
