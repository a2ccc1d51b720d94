import Hummingbird
import Logging
import NIOCore

/// The sandbox on Hummingbird: HTTP/1.1 on `host:port` (`0` picks a free port).
public struct SandboxServer: Sendable {
    public let service: SandboxService
    public var host: String
    public var port: Int
    public var logger: Logger

    public init(service: SandboxService, host: String = "127.0.0.1", port: Int = 8080, logger: Logger) {
        self.service = service
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Serves until the task is cancelled, or, with `stopOnSignals`, until SIGINT or SIGTERM; calls
    /// `onListening` with the bound port once connections are accepted.
    public func run(stopOnSignals: Bool, onListening: @escaping @Sendable (Int) async -> Void) async throws {
        let application = Application(
            responder: SandboxResponder(service: service),
            server: .http1(
                configuration: .init(additionalChannelHandlers: [ConnectionDropHandler()])
            ),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                await onListening(channel.localAddress?.port ?? 0)
            },
            logger: logger
        )
        if stopOnSignals {
            try await application.runService()
        } else {
            try await application.runService(gracefulShutdownSignals: [])
        }
    }
}
