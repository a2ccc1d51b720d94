/// What the schema says about sending: the idempotency-key header and the provider's retry hint.
public struct SendingTraits: Sendable {
    /// Sent with a fresh key on every POST and PATCH operation unless the operation says otherwise.
    public var idempotencyKeyHeader: String?
    /// A response header saying `true` or `false`: whether to retry, overriding the default decision.
    public var retryHintHeader: String?

    public init(idempotencyKeyHeader: String? = nil, retryHintHeader: String? = nil) {
        self.idempotencyKeyHeader = idempotencyKeyHeader
        self.retryHintHeader = retryHintHeader
    }
}

/// An operation's own `idempotencyKeyHeader`.
public enum IdempotencyKeySetting: Sendable, Equatable {
    /// Not set: the provider's header for POST and PATCH, none otherwise.
    case inherited
    case header(String)
    /// `idempotencyKeyHeader: false`: the operation takes no key.
    case none
}

extension APIOperation {
    /// The header the client sends the call's idempotency key in, if any.
    public func idempotencyKeyHeader(in schema: ProviderSchema) -> String? {
        switch idempotencyKey {
        case .header(let name): return name
        case .none: return nil
        case .inherited: return [.post, .patch].contains(method) ? schema.sending.idempotencyKeyHeader : nil
        }
    }
}
