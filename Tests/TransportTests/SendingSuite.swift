import Foundation
import HTTPTypes
import Logging
@_spi(Generated) import ProviderRuntime
import Testing

/// The same behaviours over each transport, against a server on 127.0.0.1 that each test starts.
@Suite(.timeLimit(.minutes(10)))
struct SendingSuite {
    /// A call whose response is read as status and body text.
    struct Reply: Sendable {
        var status: Int
        var body: String
    }

    static func call(
        _ kind: TransportKind,
        _ target: some CallTarget,
        method: RequestMethod = .post,
        path: String = "/v1/contacts",
        idempotencyKeyHeader: String? = nil,
        options: CallOptions = CallOptions(timeout: generousDeadline),
        middlewares: [any Middleware] = .standard(retry: fastRetries, logger: quiet)
    ) async throws(ProviderError) -> Reply {
        let request = ProviderRequest(
            method: method,
            url: target.url.appendingPathComponent(path),
            headerFields: [HeaderField(name: "Content-Type", value: "application/json")],
            body: Data(#"{"name":"Gaurav"}"#.utf8)
        )
        let call = ProviderCall(transport: kind.transport, configuration: ClientConfiguration(middlewares: middlewares))
        return try await call.send(
            request,
            operation: OperationTraits(name: "test", idempotencyKeyHeader: idempotencyKeyHeader),
            options: options
        ) { status, _, body in
            Reply(status: status, body: String(decoding: body, as: UTF8.self))
        }
    }

    static let fastRetries = RetryPolicy(baseDelay: .milliseconds(10))

    /// Far beyond what a call needs: tests that run compilers block both threads of a 2-core
    /// machine's pool for tens of seconds, and a tight deadline would then end a call (and its
    /// retries) that only waited for a thread. Tests of deadlines pass their own.
    static let generousDeadline: Duration = .seconds(300)

    /// Retries log warnings; these tests assert on behaviour, not on the console.
    static let quiet = LoggingMiddleware(logger: Logger(label: "quiet") { _ in SwiftLogNoOpLogHandler() })

    @Test(arguments: TransportKind.allCases)
    func success(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.respond(status: 200, body: #"{"id":"cont_1"}"#)])
        let reply = try await Self.call(kind, server)
        #expect(reply.status == 200)
        #expect(reply.body == #"{"id":"cont_1"}"#)
        let received = server.received
        #expect(received.count == 1)
        #expect(received.first?.method == "POST")
        #expect(received.first?.body == #"{"name":"Gaurav"}"#)
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func unavailableThenOKIsRetriedWithTheSameIdempotencyKey(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.respond(status: 503), .respond(status: 200, body: "{}")])
        let reply = try await Self.call(kind, server, idempotencyKeyHeader: "Idempotency-Key")
        #expect(reply.status == 200)
        let keys = server.received.map { $0.header("Idempotency-Key") }
        #expect(keys.count == 2)
        #expect(keys[0] != nil && keys[0] == keys[1])
        #expect(keys[0].flatMap(UUID.init(uuidString:)) != nil)
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func theCallersIdempotencyKeyIsSentOnEveryAttempt(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.respond(status: 502), .respond(status: 200)])
        let options = CallOptions(timeout: .seconds(30), idempotencyKey: "order-42")
        _ = try await Self.call(kind, server, idempotencyKeyHeader: "Idempotency-Key", options: options)
        #expect(server.received.map { $0.header("Idempotency-Key") } == ["order-42", "order-42"])
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func tooManyRequestsWaitsForRetryAfter(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [
            .respond(status: 429, headers: [("Retry-After", "1")]), .respond(status: 200),
        ])
        let reply = try await Self.call(kind, server)
        #expect(reply.status == 200)
        let received = server.received
        #expect(received.count == 2)
        if received.count == 2 {
            #expect(received[1].at - received[0].at >= .seconds(1))
        }
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func aRefusedConnectionIsRetriedEvenForAPostAndWasNotProcessed(_ kind: TransportKind) async throws {
        let refusing = try RefusingPort()
        let error = await #expect(throws: ProviderError.self) { try await Self.call(kind, refusing) }
        withExtendedLifetime(refusing) {}  // the port stays bound, so refusing, until every attempt is made
        guard case .transportFailed(let failure) = error else {
            Issue.record("expected a transport failure, got \(String(describing: error))")
            return
        }
        #expect(failure.attempts == Self.fastRetries.maxAttempts)
        #expect(!failure.mayHaveBeenProcessed)
        #expect(failure.description.contains("did not process"))
    }

    @Test(arguments: TransportKind.allCases)
    func postClosedAfterReadingIsNotRetriedAndItsOutcomeIsUnknown(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.closeConnection, .respond(status: 200)])
        let error = await #expect(throws: ProviderError.self) { try await Self.call(kind, server) }
        guard case .transportFailed(let failure) = error else {
            Issue.record("expected a transport failure, got \(String(describing: error))")
            return
        }
        #expect(failure.mayHaveBeenProcessed)
        #expect(failure.attempts == 1)
        #expect(failure.description.contains("the outcome is unknown"))
        #expect(server.received.count == 1)
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func putClosedAfterReadingIsRetried(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.closeConnection, .respond(status: 200, body: "{}")])
        let reply = try await Self.call(kind, server, method: .put, path: "/v1/contacts/cont_1")
        #expect(reply.status == 200)
        #expect(server.received.map(\.method) == ["PUT", "PUT"])
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func deadlineExceededDuringBackoff(_ kind: TransportKind) async throws {
        // The deadline is long enough for the first attempt even on a loaded machine, and far
        // shorter than the Retry-After.
        let server = try await LoopbackServer(script: [.respond(status: 503, headers: [("Retry-After", "15")])])
        let options = CallOptions(timeout: .seconds(5))
        let error = await #expect(throws: ProviderError.self) { try await Self.call(kind, server, options: options) }
        #expect(
            error
                == .transportFailed(
                    TransportFailure(
                        reason: .deadlineExceeded(.seconds(5)),
                        mayHaveBeenProcessed: false,
                        attempts: 1
                    )
                )
        )
        #expect(server.received.count == 1)
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func cancellingTheTaskCancelsTheRequestInFlight(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.hang])
        let task = Task { try await Self.call(kind, server, options: CallOptions(timeout: .seconds(60))) }
        while server.received.isEmpty {
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        let result = await task.result
        guard case .failure(let error) = result, case .transportFailed(let failure) = error as? ProviderError else {
            Issue.record("expected a cancelled call, got \(result)")
            return
        }
        #expect(failure.reason == .cancelled)
        #expect(failure.mayHaveBeenProcessed)
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func cancellingTheTaskStopsRetrying(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [
            .respond(status: 503, headers: [("Retry-After", "15")]), .respond(status: 200),
        ])
        // The observing hook says when the first attempt has its 503, so the cancellation lands
        // in the backoff, not in the request.
        let completed = CompletedAttempts()
        let middlewares: [any Middleware] = [
            IdempotencyKeyMiddleware(), RetryMiddleware(policy: Self.fastRetries),
            ObservingMiddleware { attempt in completed.record(attempt.status) },
        ]
        let task = Task {
            try await Self.call(kind, server, options: CallOptions(timeout: .seconds(60)), middlewares: middlewares)
        }
        while completed.statuses.isEmpty {
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        let result = await task.result
        guard case .failure(let error) = result, case .transportFailed(let failure) = error as? ProviderError else {
            Issue.record("expected a cancelled call, got \(result)")
            return
        }
        #expect(completed.statuses == [503])
        #expect(failure.reason == .cancelled)
        #expect(!failure.mayHaveBeenProcessed)
        #expect(server.received.count == 1)
        try await server.shutdown()
    }

    @Test(arguments: TransportKind.allCases)
    func noCredentialReachesTheLog(_ kind: TransportKind) async throws {
        let server = try await LoopbackServer(script: [.respond(status: 503), .respond(status: 200)])
        let log = CapturedLog()
        let secret = "rzp_secret_Zx81"
        var builder = RequestBuilder(method: .post, server: server.url, path: [.literal("/v1/contacts")])
        builder.authorize(BasicCredentials(key: "rzp_test_key", secret: secret))
        builder.query("api_key", secret)
        let request = try builder.build()
        let call = ProviderCall(
            transport: kind.transport,
            configuration: ClientConfiguration(
                middlewares: .standard(retry: Self.fastRetries, logger: LoggingMiddleware(logger: log.logger()))
            )
        )
        let status = try await call.send(request, operation: OperationTraits(name: "test"), options: CallOptions()) {
            status,
            _,
            _ in status
        }
        #expect(status == 200)
        let authorization = try #require(server.received.first?.header("Authorization"))
        let encoded = String(authorization.dropFirst("Basic ".count))
        let lines = log.lines
        #expect(lines.count >= 4)
        for line in lines {
            #expect(!line.contains(secret))
            #expect(!line.contains(encoded))
        }
        #expect(lines.contains { $0.contains("<redacted>") })
        try await server.shutdown()
    }
}

/// Statuses of finished attempts, as the observing middleware reports them.
final class CompletedAttempts: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int?] = []

    var statuses: [Int?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    func record(_ status: Int?) {
        lock.lock()
        defer { lock.unlock() }
        storage.append(status)
    }
}
