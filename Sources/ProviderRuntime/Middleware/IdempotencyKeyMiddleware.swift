import Foundation
import HTTPTypes

/// Sends the call's idempotency key (``CallContext/idempotencyKey``) in the operation's
/// idempotency-key header, the same key on every attempt, unless the request already carries one.
public struct IdempotencyKeyMiddleware: Middleware {
    public init() {}

    public func intercept(
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        guard let header = context.idempotencyKeyHeader, let key = context.idempotencyKey,
            request.headerFields[header] == nil
        else {
            return try await next(request, body)
        }
        var keyed = request
        keyed.headerFields[header] = key
        return try await next(keyed, body)
    }
}
