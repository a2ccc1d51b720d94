import Foundation
import HTTPTypes

/// A transport for tests: replays scripted replies in order, or forwards to another transport,
/// and in both cases records every exchange.
///
/// ```swift
/// let transport = RecordingTransport(replaying: [.response(status: 503), .response(status: 200, body: "{}")])
/// let client = Client(server: .production, credentials: credentials, transport: transport)
/// ```
public final class RecordingTransport: Transport {
    /// What the transport answered one request with.
    public enum Reply: Sendable {
        case response(HTTPResponse, body: Data)
        case failure(TransportError)

        /// A response with `status`, `headers` and a UTF-8 `body`.
        public static func response(status: Int, headers: HTTPFields = [:], body: String = "") -> Reply {
            .response(HTTPResponse(status: .init(code: status), headerFields: headers), body: Data(body.utf8))
        }
    }

    /// One request as sent and what came back.
    public struct Exchange: Sendable {
        public var request: HTTPRequest
        public var body: Data?
        public var reply: Reply
    }

    private enum Source: Sendable {
        case script([Reply])
        case forwarding(any Transport)
    }

    private let source: Source
    private let state = Locked((exchanges: [Exchange](), nextReply: 0))

    /// Answers the n-th request with the n-th reply; a request beyond the script fails as not sent.
    public init(replaying replies: [Reply]) {
        source = .script(replies)
    }

    /// Sends through `transport` and records what it answered.
    public init(forwardingTo transport: any Transport) {
        source = .forwarding(transport)
    }

    /// Every exchange so far, in order.
    public var exchanges: [Exchange] { state.withLock { $0.exchanges } }

    /// Every request so far, in order.
    public var requests: [HTTPRequest] { exchanges.map(\.request) }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let reply: Reply
        switch source {
        case .script(let replies):
            reply = state.withLock { state in
                defer { state.nextReply += 1 }
                guard state.nextReply < replies.count else {
                    let target = request.method.rawValue + " " + (request.path ?? "/")
                    return .failure(.notSent("RecordingTransport has no reply left for \(target)"))
                }
                return replies[state.nextReply]
            }
        case .forwarding(let transport):
            do {
                let (response, responseBody) = try await transport.send(request, body: body)
                reply = .response(response, body: responseBody)
            } catch let error as TransportError {
                reply = .failure(error)
            }
        }
        state.withLock { $0.exchanges.append(Exchange(request: request, body: body, reply: reply)) }
        switch reply {
        case .response(let response, let responseBody): return (response, responseBody)
        case .failure(let error): throw error
        }
    }
}
