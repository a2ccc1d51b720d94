import Foundation
import HTTPTypes

/// The hook for metrics and tracing: reports every attempt, with its duration and outcome, to a
/// closure. (A tracer that must add headers, such as `traceparent`, is best its own ``Middleware``.)
public struct ObservingMiddleware: Middleware {
    /// One attempt's record.
    public struct Attempt: Sendable {
        public var operation: String
        public var method: HTTPRequest.Method
        /// 1 for the first attempt.
        public var number: Int
        public var duration: Duration
        /// The status, or nil when the attempt failed without a response.
        public var status: Int?
        /// Why the attempt failed, when it did.
        public var error: (any Error)?
    }

    private let observe: @Sendable (Attempt) -> Void

    public init(_ observe: @escaping @Sendable (Attempt) -> Void) {
        self.observe = observe
    }

    public func intercept(
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        let clock = ContinuousClock()
        let start = clock.now
        let number = context.progress.attempts + 1
        func report(status: Int?, error: (any Error)?) {
            observe(
                Attempt(
                    operation: context.operation,
                    method: request.method,
                    number: number,
                    duration: clock.now - start,
                    status: status,
                    error: error
                )
            )
        }
        do {
            let (response, responseBody) = try await next(request, body)
            report(status: response.status.code, error: nil)
            return (response, responseBody)
        } catch {
            report(status: nil, error: error)
            throw error
        }
    }
}
