import AsyncHTTPClient
import ProviderRuntime
import ProviderRuntimeAsyncHTTPClient
import Testing

/// The transports every loopback test runs against.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case urlSession
    case asyncHTTPClient

    var transport: any Transport {
        switch self {
        case .urlSession: URLSessionTransport()
        case .asyncHTTPClient: AsyncHTTPClientTransport(client: Self.quickToGiveUpConnecting)
        }
    }

    var testDescription: String { rawValue }

    /// `HTTPClient.shared` retries a refused connection until the attempt's deadline; a one-second
    /// connect timeout lets the refused-connection test see the client's own retries. Lives as
    /// long as the test process, so it is never shut down.
    static let quickToGiveUpConnecting = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(timeout: .init(connect: .seconds(1)))
    )
}
