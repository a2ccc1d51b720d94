import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A scripted HTTP/1.1 server on 127.0.0.1 (port 0): the n-th request gets the n-th action, and
/// every request is recorded with the moment it was fully read.
final class LoopbackServer: Sendable {
    enum Action: Sendable {
        case respond(status: Int, headers: [(String, String)] = [], body: String = "")
        /// Reads the request, then closes the connection without answering.
        case closeConnection
        /// Reads the request and never answers.
        case hang
    }

    struct Received: Sendable {
        var method: String
        var uri: String
        var headers: [(String, String)]
        var body: String
        var at: ContinuousClock.Instant

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    private let state: ServerState
    private let channel: any Channel

    /// The base URL, e.g. `http://127.0.0.1:54321`.
    let url: URL

    init(script: [Action]) async throws {
        let state = ServerState(script: script)
        self.state = state
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(ScriptedHandler(state: state))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        url = URL(string: "http://127.0.0.1:\(channel.localAddress!.port!)")!
    }

    /// Every request read so far, in order.
    var received: [Received] { state.received() }

    func shutdown() async throws {
        try await channel.close()
    }
}

private final class ServerState: @unchecked Sendable {
    private let lock = NSLock()
    private let script: [LoopbackServer.Action]
    private var requests: [LoopbackServer.Received] = []

    init(script: [LoopbackServer.Action]) {
        self.script = script
    }

    /// Records `request` and returns its action; requests beyond the script get a 500.
    func record(_ request: LoopbackServer.Received) -> LoopbackServer.Action {
        lock.lock()
        defer { lock.unlock() }
        requests.append(request)
        let index = requests.count - 1
        return index < script.count ? script[index] : .respond(status: 500, body: "unscripted request")
    }

    func received() -> [LoopbackServer.Received] {
        lock.lock()
        defer { lock.unlock() }
        return requests
    }
}

private final class ScriptedHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: ServerState
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(state: ServerState) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
        case .body(var chunk):
            body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            let received = LoopbackServer.Received(
                method: head.method.rawValue,
                uri: head.uri,
                headers: head.headers.map { ($0.name, $0.value) },
                body: String(buffer: body),
                at: .now
            )
            switch state.record(received) {
            case .respond(let status, let headers, let text):
                var fields = HTTPHeaders(headers)
                fields.add(name: "Content-Length", value: String(text.utf8.count))
                let responseHead = HTTPResponseHead(
                    version: head.version,
                    status: HTTPResponseStatus(statusCode: status),
                    headers: fields
                )
                context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .closeConnection:
                context.close(promise: nil)
            case .hang:
                break
            }
        }
    }
}
