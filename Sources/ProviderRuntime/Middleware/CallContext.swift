import Foundation
import HTTPTypes

/// What the middlewares know about the call in flight, beyond the request itself.
public struct CallContext: Sendable {
    /// The operation's name in the generated client, e.g. `"createContact"`.
    public var operation: String
    /// The header the provider reads an idempotency key from, when the schema declares one.
    public var idempotencyKeyHeader: HTTPField.Name?
    /// One key for the whole logical call, sent unchanged on every attempt: the caller's own or a
    /// fresh UUID v4. Nil when the operation declares no idempotency-key header.
    public var idempotencyKey: String?
    /// A response header by which the provider says whether to retry (`true` or `false`),
    /// overriding the default decision; from the schema.
    public var retryHintHeader: HTTPField.Name?
    /// Headers that carry the provider's request id, for errors and logs.
    public var requestIDHeaders: [HTTPField.Name]
    /// When the call gives up, if it has a deadline.
    public var deadline: ContinuousClock.Instant?
    /// Attempts so far and whether any may have reached the server.
    public let progress: CallProgress

    public init(
        operation: String,
        idempotencyKeyHeader: HTTPField.Name? = nil,
        idempotencyKey: String? = nil,
        retryHintHeader: HTTPField.Name? = nil,
        requestIDHeaders: [HTTPField.Name] = [],
        deadline: ContinuousClock.Instant? = nil
    ) {
        self.operation = operation
        self.idempotencyKeyHeader = idempotencyKeyHeader
        self.idempotencyKey = idempotencyKey
        self.retryHintHeader = retryHintHeader
        self.requestIDHeaders = requestIDHeaders
        self.deadline = deadline
        progress = CallProgress()
    }

    /// Whether sending `request` twice cannot duplicate a side effect: the method is idempotent
    /// (RFC 9110 §9.2.2) or the request carries the operation's idempotency key.
    public func isIdempotent(_ request: HTTPRequest) -> Bool {
        switch request.method {
        case .get, .head, .put, .delete, .options, .trace:
            return true
        default:
            guard let idempotencyKeyHeader else { return false }
            return request.headerFields[idempotencyKeyHeader] != nil
        }
    }

    /// The provider's request id in `fields`, if any of ``requestIDHeaders`` is present.
    public func requestID(in fields: HTTPFields) -> String? {
        requestIDHeaders.lazy.compactMap { fields[$0] }.first
    }
}

/// Counts the attempts of one call as they reach the transport, whatever the middlewares do.
public final class CallProgress: Sendable {
    private struct State {
        var attempts = 0
        var mayHaveBeenProcessed = false
        var requestID: String?
    }

    private let state = Locked(State())

    /// Statuses by which a server says it did not act on the request (RFC 9110, RFC 6585, RFC 8470).
    private static let unprocessedStatuses: Set<Int> = [408, 425, 429, 503]

    init() {}

    /// How many times the request was handed to the transport.
    public var attempts: Int { state.withLock { $0.attempts } }

    /// True once any attempt may have been acted on: it failed after it may have been sent, was cut
    /// off mid-flight, or got a status other than those saying "not processed, try again".
    public var mayHaveBeenProcessed: Bool { state.withLock { $0.mayHaveBeenProcessed } }

    /// The provider's request id from the latest response that carried one.
    public var requestID: String? { state.withLock { $0.requestID } }

    func attempt(
        _ request: HTTPRequest,
        context: CallContext,
        _ send: () async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        state.withLock { $0.attempts += 1 }
        do {
            let (response, body) = try await send()
            let requestID = context.requestID(in: response.headerFields)
            let processed = !Self.unprocessedStatuses.contains(response.status.code)
            state.withLock {
                $0.mayHaveBeenProcessed = $0.mayHaveBeenProcessed || processed
                $0.requestID = requestID ?? $0.requestID
            }
            return (response, body)
        } catch let error as TransportError {
            if error.requestMayHaveBeenSent {
                state.withLock { $0.mayHaveBeenProcessed = true }
            }
            throw error
        } catch {
            // Cancelled or failed in an unknown way mid-flight: assume the worst.
            state.withLock { $0.mayHaveBeenProcessed = true }
            throw error
        }
    }
}
