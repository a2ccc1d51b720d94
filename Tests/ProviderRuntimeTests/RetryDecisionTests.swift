import Foundation
import HTTPTypes
@_spi(Generated) import ProviderRuntime
import Testing

/// Which outcomes are retried, through the real chain with a replaying transport (no network).
///
/// No deadline: these tests decide nothing by the clock, and a wall-clock deadline fails them
/// whenever other suites' blocking work (`waitUntilExit` on swiftc) holds every thread of the
/// cooperative pool for longer, which a loaded 2-core machine allows.
@Suite struct RetryDecisionTests {
    static let noWait = RetryPolicy(maxAttempts: 3, baseDelay: .zero)

    static func send(
        _ method: RequestMethod,
        replies: [RecordingTransport.Reply],
        traits: OperationTraits = OperationTraits(name: "test"),
        policy: RetryPolicy = noWait
    ) async throws(ProviderError) -> (status: Int, transport: RecordingTransport) {
        let transport = RecordingTransport(replaying: replies)
        let call = ProviderCall(
            transport: transport,
            configuration: ClientConfiguration(
                timeout: nil,
                middlewares: [IdempotencyKeyMiddleware(), RetryMiddleware(policy: policy)]
            )
        )
        let request = ProviderRequest(method: method, url: URL(string: "https://api.example.com/v1/things")!)
        let status = try await call.send(request, operation: traits, options: CallOptions()) { status, _, _ in status }
        return (status, transport)
    }

    @Test func internalServerErrorOnAPostIsReturnedNotRetried() async throws {
        let (status, transport) = try await Self.send(.post, replies: [.response(status: 500), .response(status: 200)])
        #expect(status == 500)
        #expect(transport.requests.count == 1)
    }

    @Test func internalServerErrorOnAGetIsRetried() async throws {
        let (status, transport) = try await Self.send(.get, replies: [.response(status: 500), .response(status: 200)])
        #expect(status == 200)
        #expect(transport.requests.count == 2)
    }

    @Test func aPostWithADeclaredIdempotencyKeyIsRetriedAfterALostConnection() async throws {
        let traits = OperationTraits(name: "test", idempotencyKeyHeader: "Idempotency-Key")
        let (status, transport) = try await Self.send(
            .post,
            replies: [.failure(.maybeSent("connection reset")), .response(status: 201)],
            traits: traits
        )
        #expect(status == 201)
        let keys = transport.requests.map { $0.headerFields[HTTPField.Name("Idempotency-Key")!] }
        #expect(keys.count == 2 && keys[0] != nil && keys[0] == keys[1])
    }

    @Test func aFailureBeforeSendingIsRetriedForAnyMethod() async throws {
        let (status, transport) = try await Self.send(
            .post,
            replies: [.failure(.notSent("connection refused")), .response(status: 200)]
        )
        #expect(status == 200)
        #expect(transport.requests.count == 2)
    }

    @Test func theProvidersHintOverridesTheDefault() async throws {
        let traits = OperationTraits(name: "test", retryHintHeader: "Should-Retry")
        let stop = try await Self.send(
            .get,
            replies: [
                .response(status: 503, headers: [HTTPField.Name("Should-Retry")!: "false"]), .response(status: 200),
            ],
            traits: traits
        )
        #expect(stop.status == 503)
        let retry = try await Self.send(
            .post,
            replies: [
                .response(status: 500, headers: [HTTPField.Name("Should-Retry")!: "true"]), .response(status: 200),
            ],
            traits: traits
        )
        #expect(retry.status == 200)
    }

    @Test func attemptsAreCapped() async throws {
        let (status, transport) = try await Self.send(
            .get,
            replies: Array(repeating: .response(status: 503), count: 5)
        )
        #expect(status == 503)
        #expect(transport.requests.count == 3)
    }

    @Test func aRetryAfterBeyondTheTotalTimeCapReturnsTheResponse() async throws {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .zero, maxTotalTime: .seconds(5))
        let (status, transport) = try await Self.send(
            .get,
            replies: [.response(status: 429, headers: [.retryAfter: "30"]), .response(status: 200)],
            policy: policy
        )
        #expect(status == 429)
        #expect(transport.requests.count == 1)
    }

    @Test func aLostPostSaysItsOutcomeIsUnknownWithTheRequestID() async throws {
        let transport = RecordingTransport(replaying: [
            .response(status: 503, headers: [HTTPField.Name("X-Request-Id")!: "req_7"]),
            .failure(.maybeSent("connection reset by peer")),
        ])
        let call = ProviderCall(
            transport: transport,
            configuration: ClientConfiguration(timeout: nil, middlewares: [RetryMiddleware(policy: Self.noWait)])
        )
        let request = ProviderRequest(method: .post, url: URL(string: "https://api.example.com/v1/payouts")!)
        let error = await #expect(throws: ProviderError.self) {
            try await call.send(request, operation: OperationTraits(name: "test"), options: CallOptions()) { _, _, _ in
                ()
            }
        }
        #expect(
            error
                == .transportFailed(
                    TransportFailure(
                        reason: .connection("connection reset by peer"),
                        mayHaveBeenProcessed: true,
                        attempts: 2,
                        requestID: "req_7"
                    )
                )
        )
        #expect(error?.description.contains("the outcome is unknown") == true)
    }

    @Test(arguments: 1...8)
    func backoffIsFullJitterUnderTheCap(retry: Int) {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .seconds(2))
        let cap = min(Duration.seconds(2), .milliseconds(100) * (1 << (retry - 1)))
        for _ in 0..<50 {
            let delay = policy.backoff(beforeRetry: retry)
            #expect(delay >= .zero && delay <= cap)
        }
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() throws {
        #expect(RetryAfter(headerValue: "120") == .seconds(120))
        let date = try #require(RetryAfter(headerValue: "Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(date.delay(from: Date(timeIntervalSince1970: 784_111_777 - 10)) == 10)
        #expect(RetryAfter(headerValue: "soon") == nil)
    }
}

/// The test transport users get: scripted replies in order, and recording a real transport.
@Suite struct RecordingTransportTests {
    @Test func forwardingRecordsEveryExchange() async throws {
        let script = RecordingTransport(replaying: [.response(status: 201, body: "made")])
        let recorder = RecordingTransport(forwardingTo: script)
        let request = HTTPRequest(method: .post, scheme: "https", authority: "api.example.com", path: "/v1/things")
        let (response, body) = try await recorder.send(request, body: Data("x".utf8))
        #expect(response.status.code == 201)
        #expect(body == Data("made".utf8))
        let exchanges = recorder.exchanges
        #expect(exchanges.count == 1)
        #expect(exchanges.first?.request.path == "/v1/things")
        #expect(exchanges.first?.body == Data("x".utf8))
    }

    @Test func aRequestBeyondTheScriptFailsAsNotSent() async throws {
        let transport = RecordingTransport(replaying: [])
        let request = HTTPRequest(method: .get, scheme: "https", authority: "api.example.com", path: "/v1/things")
        await #expect(throws: TransportError.notSent("RecordingTransport has no reply left for GET /v1/things")) {
            try await transport.send(request, body: nil)
        }
    }
}
