import Foundation
import HTTPTypes

/// What a generated operation declares about sending it, from the schema.
@_spi(Generated) public struct OperationTraits: Sendable, Hashable {
    public var name: String
    public var idempotencyKeyHeader: String?
    public var retryHintHeader: String?

    public init(name: String, idempotencyKeyHeader: String? = nil, retryHintHeader: String? = nil) {
        self.name = name
        self.idempotencyKeyHeader = idempotencyKeyHeader
        self.retryHintHeader = retryHintHeader
    }
}

/// Sends a built request through the middleware chain and transport, within the deadline, and
/// reads the response. Generated clients call this; it is SPI-public so that clients generated
/// into other packages can, while a plain `import ProviderRuntime` does not show it.
@_spi(Generated) public struct ProviderCall: Sendable {
    public var transport: any Transport
    public var configuration: ClientConfiguration

    public init(transport: any Transport, configuration: ClientConfiguration) {
        self.transport = transport
        self.configuration = configuration
    }

    public func send<Response>(
        _ request: ProviderRequest,
        operation: OperationTraits,
        options: CallOptions,
        read: (Int, HTTPFields, Data) -> Response
    ) async throws(ProviderError) -> Response {
        let timeout = options.timeout ?? configuration.timeout
        let idempotencyKeyHeader = operation.idempotencyKeyHeader.flatMap { HTTPField.Name($0) }
        let context = CallContext(
            operation: operation.name,
            idempotencyKeyHeader: idempotencyKeyHeader,
            idempotencyKey: idempotencyKeyHeader == nil ? nil : options.idempotencyKey ?? UUID().uuidString,
            retryHintHeader: operation.retryHintHeader.flatMap { HTTPField.Name($0) },
            requestIDHeaders: configuration.requestIDHeaders,
            deadline: timeout.map { ContinuousClock.now + $0 }
        )
        let httpRequest = request.httpRequestIncludingCredentials()
        let body = request.body
        let middlewares = configuration.middlewares
        let transport = transport
        do {
            let (response, responseBody) = try await Self.within(context.deadline) {
                try await middlewares.run(httpRequest, body: body, context: context, transport: transport)
            }
            return read(response.status.code, response.headerFields, responseBody)
        } catch {
            throw .transportFailed(Self.failure(error, timeout: timeout, progress: context.progress))
        }
    }

    private static func failure(_ error: any Error, timeout: Duration?, progress: CallProgress) -> TransportFailure {
        let reason: TransportFailure.Reason
        switch error {
        case is DeadlineExceeded:
            reason = .deadlineExceeded(timeout ?? .zero)
        case is CancellationError:
            reason = .cancelled
        case let error as TransportError:
            reason = .connection(error.message)
        default:
            reason = .connection(String(describing: error))
        }
        return TransportFailure(
            reason: reason,
            mayHaveBeenProcessed: progress.mayHaveBeenProcessed,
            attempts: progress.attempts,
            requestID: progress.requestID
        )
    }

    private struct DeadlineExceeded: Error {}

    /// Runs `body`, cancelling it when `deadline` passes.
    ///
    /// The body runs in a task of its own so that the deadline can cancel it without cancelling
    /// the caller's task, and one timer task cancels it. Both start immediately, on the caller's
    /// thread until they first suspend, and neither is awaited beyond the body: a task group
    /// would schedule each child on another thread and, at the end, wait for its cancelled timer
    /// child to wake and finish, thread hand-offs on every call's critical path.
    private static func within<Value: Sendable>(
        _ deadline: ContinuousClock.Instant?,
        _ body: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        guard let deadline else { return try await body() }
        let work = startTask { try await body() }
        let expired = Locked(false)
        let timer = startTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            expired.withLock { $0 = true }
            work.cancel()
        }
        defer { timer.cancel() }
        let outcome = await withTaskCancellationHandler {
            await work.result
        } onCancel: {
            work.cancel()
        }
        // A response that arrived is never discarded, even when the timer fired just after it.
        // A failure once the deadline has passed is the deadline, whatever the body made of being
        // cancelled; a failure after the caller's own cancellation is that cancellation.
        guard case .failure = outcome else { return try outcome.get() }
        if expired.withLock({ $0 }) {
            throw Task.isCancelled ? CancellationError() as any Error : DeadlineExceeded()
        }
        if Task.isCancelled {
            throw CancellationError()
        }
        return try outcome.get()
    }

    /// A task that runs `operation` at once on this thread until it first suspends, where the
    /// platform can (`Task.immediate`), else an ordinary task.
    private static func startTask<Success: Sendable>(
        _ operation: sending @escaping @isolated(any) () async throws -> Success
    ) -> Task<Success, any Error> {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return Task.immediate(operation: operation)
        }
        return Task(operation: operation)
    }
}
