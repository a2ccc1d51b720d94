import Foundation
import HTTPTypes

/// When and how long to wait before trying a call again.
///
/// A failure before sending and the statuses in ``retriedStatuses`` are always retried. A request
/// that may have reached the server (a connection lost after sending, the statuses in
/// ``idempotentOnlyStatuses``) is retried only when it is idempotent, so a payment is never made twice.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 turns retrying off.
    public var maxAttempts: Int
    /// The first backoff's upper bound; each later one doubles, up to ``maxDelay``.
    public var baseDelay: Duration
    /// The largest backoff, and the longest `Retry-After` that is waited for.
    public var maxDelay: Duration
    /// No retry starts later than this after the first attempt began.
    public var maxTotalTime: Duration
    /// Statuses that say the request was not processed: retried for every method.
    public var retriedStatuses: Set<Int>
    /// Statuses after which the request may have been processed: retried only when idempotent.
    public var idempotentOnlyStatuses: Set<Int>

    public init(
        maxAttempts: Int = 3,
        baseDelay: Duration = .milliseconds(250),
        maxDelay: Duration = .seconds(20),
        maxTotalTime: Duration = .seconds(60),
        retriedStatuses: Set<Int> = [408, 429, 502, 503, 504],
        idempotentOnlyStatuses: Set<Int> = [500]
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxTotalTime = maxTotalTime
        self.retriedStatuses = retriedStatuses
        self.idempotentOnlyStatuses = idempotentOnlyStatuses
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Exponential backoff with full jitter: a random wait between zero and
    /// `baseDelay × 2^(retry − 1)`, capped at ``maxDelay``. `retry` counts from 1.
    public func backoff(beforeRetry retry: Int) -> Duration {
        let exponent = Double(min(max(retry - 1, 0), 62))
        let cap = min(maxDelay.seconds, baseDelay.seconds * pow(2, exponent))
        return .seconds(Double.random(in: 0...max(cap, 0)))
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
