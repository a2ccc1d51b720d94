import Foundation
import HTTPTypes

/// One step of the chain every call passes through between the generated client and its transport.
///
/// The chain is ordered: the first middleware sees the request first and the response last. A
/// middleware may change the request, call `next` any number of times (retries do), or answer
/// without calling it.
public protocol Middleware: Sendable {
    func intercept(
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data)
}

/// The standard chain: an idempotency key, then retries, then one log line per attempt.
extension Array where Element == any Middleware {
    public static func standard(
        retry: RetryPolicy = RetryPolicy(),
        logger: LoggingMiddleware = LoggingMiddleware()
    ) -> [any Middleware] {
        [IdempotencyKeyMiddleware(), RetryMiddleware(policy: retry), logger]
    }
}

extension [any Middleware] {
    /// Runs `request` through the chain in order, ending at `transport`.
    func run(
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        transport: any Transport
    ) async throws -> (HTTPResponse, Data) {
        try await run(from: startIndex, request, body: body, context: context, transport: transport)
    }

    private func run(
        from index: Int,
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        transport: any Transport
    ) async throws -> (HTTPResponse, Data) {
        guard index < endIndex else {
            return try await context.progress.attempt(request, context: context) {
                try await transport.send(request, body: body)
            }
        }
        let chain = self
        return try await self[index].intercept(request, body: body, context: context) { request, body in
            try await chain.run(from: index + 1, request, body: body, context: context, transport: transport)
        }
    }
}
