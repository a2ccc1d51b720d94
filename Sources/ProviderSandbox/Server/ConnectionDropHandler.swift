import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// `--drop`: a response carrying the internal marker header is never written; the connection is
/// closed instead, as a provider's load balancer does when a backend dies mid-request. Hummingbird
/// offers no way to close a connection from a handler, so the decision travels on the response.
final class ConnectionDropHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    static let marker = HTTPField.Name("X-Providergen-Sandbox-Drop")!

    private var dropping = false

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let part = unwrapOutboundIn(data)
        if case .head(let head) = part, head.headerFields[Self.marker] != nil {
            dropping = true
            context.close(promise: nil)
        }
        guard !dropping else {
            promise?.fail(ChannelError.ioOnClosedChannel)
            return
        }
        context.write(data, promise: promise)
    }
}
