import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1 (port 0) that answers every request with the same 200, after
/// `delay`, so that the benchmark measures the client side only. It keeps the latest request as
/// received, so that the benchmark can check that bare and client calls send the same bytes.
struct FixedResponseServer {
    let channel: any Channel
    private let latest: NIOLockedValueBox<ReceivedRequest?>

    init(body: String, delay: TimeAmount = .zero) async throws {
        let latest = NIOLockedValueBox<ReceivedRequest?>(nil)
        self.latest = latest
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(
                        FixedResponseHandler(body: body, delay: delay, latest: latest)
                    )
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    var port: Int { channel.localAddress?.port ?? 0 }

    /// The latest request the server read in full.
    var latestRequest: ReceivedRequest? { latest.withLockedValue { $0 } }
}

/// A request as the server read it: the head's method, target and headers in order, and the body.
struct ReceivedRequest: Equatable {
    var method: String
    var target: String
    var headers: [String]
    var body: [UInt8]
}

private final class FixedResponseHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let body: String
    private let delay: TimeAmount
    private let latest: NIOLockedValueBox<ReceivedRequest?>
    private var reading: ReceivedRequest?

    init(body: String, delay: TimeAmount, latest: NIOLockedValueBox<ReceivedRequest?>) {
        self.body = body
        self.delay = delay
        self.latest = latest
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            reading = ReceivedRequest(
                method: head.method.rawValue,
                target: head.uri,
                headers: head.headers.map { $0.name + ": " + $0.value },
                body: []
            )
            return
        case .body(let buffer):
            reading?.body += buffer.readableBytesView
            return
        case .end:
            let request = reading
            latest.withLockedValue { $0 = request }
        }
        guard delay > .zero else {
            respond(context: context)
            return
        }
        context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            self.respond(context: context)
        }
    }

    private func respond(context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: String(body.utf8.count))
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
            promise: nil
        )
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
