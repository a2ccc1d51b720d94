import Foundation
import HTTPTypes

/// Tries a call again after failures that are safe to repeat, honouring `Retry-After`.
///
/// Decisions, in order: a provider hint header (``CallContext/retryHintHeader``) saying `true` or
/// `false` wins; a failure before sending is retried; a failure after sending or a status in
/// ``RetryPolicy/idempotentOnlyStatuses`` is retried only for an idempotent request; a status in
/// ``RetryPolicy/retriedStatuses`` is retried. Task cancellation stops retrying at once.
public struct RetryMiddleware: Middleware {
    public var policy: RetryPolicy

    public init(policy: RetryPolicy = RetryPolicy()) {
        self.policy = policy
    }

    public func intercept(
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        let clock = ContinuousClock()
        let start = clock.now
        var attempt = 1
        while true {
            try Task.checkCancellation()
            let outcome: Result<(HTTPResponse, Data), any Error>
            do {
                outcome = .success(try await next(request, body))
            } catch {
                outcome = .failure(error)
            }
            guard attempt < policy.maxAttempts, let wait = retryWait(after: outcome, request, context) else {
                return try outcome.get()
            }
            let delay = max(wait, policy.backoff(beforeRetry: attempt))
            guard delay <= policy.maxDelay, clock.now + delay <= start + policy.maxTotalTime else {
                return try outcome.get()
            }
            // A zero wait (no backoff configured, no Retry-After) retries at once, without a timer.
            if delay > .zero {
                try await Task.sleep(for: delay)
            }
            attempt += 1
        }
    }

    /// The least wait before a retry, or nil when `outcome` must not be retried.
    func retryWait(
        after outcome: Result<(HTTPResponse, Data), any Error>,
        _ request: HTTPRequest,
        _ context: CallContext
    ) -> Duration? {
        switch outcome {
        case .failure(let error as TransportError):
            return !error.requestMayHaveBeenSent || context.isIdempotent(request) ? .zero : nil
        case .failure:
            return nil
        case .success(let (response, _)):
            let status = response.status.code
            if let hintHeader = context.retryHintHeader, let hint = response.headerFields[hintHeader] {
                switch hint.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return retryAfter(in: response)
                case "false": return nil
                default: break
                }
            }
            if policy.retriedStatuses.contains(status) {
                return retryAfter(in: response)
            }
            if policy.idempotentOnlyStatuses.contains(status), context.isIdempotent(request) {
                return retryAfter(in: response)
            }
            return nil
        }
    }

    private func retryAfter(in response: HTTPResponse) -> Duration {
        guard let value = response.headerFields[.retryAfter], let retryAfter = RetryAfter(headerValue: value) else {
            return .zero
        }
        return .seconds(retryAfter.delay(from: Date()))
    }
}
