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
    private static func within<Value: Sendable>(
        _ deadline: ContinuousClock.Instant?,
        _ body: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        guard let deadline else { return try await body() }
        return try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw Task.isCancelled ? CancellationError() as any Error : DeadlineExceeded()
            }
            return value
        }
    }
}
