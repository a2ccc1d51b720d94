import HTTPTypes

/// How a generated client sends, beyond its transport; every part has a default.
public struct ClientConfiguration: Sendable {
    /// Each call's deadline unless the call sets its own (``CallOptions/timeout``); nil waits forever.
    public var timeout: Duration?
    /// The ordered chain between the client and its transport; the first sees the request first.
    /// Append your own (per attempt, inside retries) or insert at the front (once per call).
    public var middlewares: [any Middleware]
    /// Response headers that carry the provider's request id, for errors and logs.
    public var requestIDHeaders: [HTTPField.Name]

    public init(
        timeout: Duration? = .seconds(60),
        middlewares: [any Middleware] = .standard(),
        requestIDHeaders: [HTTPField.Name] = [HTTPField.Name("Request-Id")!, HTTPField.Name("X-Request-Id")!]
    ) {
        self.timeout = timeout
        self.middlewares = middlewares
        self.requestIDHeaders = requestIDHeaders
    }
}

/// Settings for one call.
public struct CallOptions: Sendable, Hashable {
    /// This call's deadline, replacing ``ClientConfiguration/timeout``.
    public var timeout: Duration?
    /// Your own idempotency key, e.g. your order id, so that a call repeated after a crash is
    /// recognised too; by default each call makes a UUID v4. Used only by operations whose schema
    /// declares an idempotency-key header.
    public var idempotencyKey: String?

    public init(timeout: Duration? = nil, idempotencyKey: String? = nil) {
        self.timeout = timeout
        self.idempotencyKey = idempotencyKey
    }
}
