import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOPosix
import ProviderRuntime

/// Sends with swift-server's AsyncHTTPClient (SwiftNIO), for servers.
///
/// AsyncHTTPClient retries a failed connection itself until its connect timeout
/// (`HTTPClient.Configuration.Timeout.connect`; `HTTPClient.shared` has none, so until
/// `attemptTimeout`); only then does the client's retry policy see the failure, as not sent.
///
/// ```swift
/// let client = Client(credentials: credentials, transport: AsyncHTTPClientTransport())
/// ```
public struct AsyncHTTPClientTransport: Transport {
    private let client: HTTPClient
    private let attemptTimeout: TimeAmount
    private let maxResponseBytes: Int

    /// - Parameters:
    ///   - client: the client to send with; `HTTPClient.shared` needs no shutdown.
    ///   - attemptTimeout: AsyncHTTPClient's own deadline for one attempt; the call's deadline
    ///     (`ClientConfiguration.timeout`) still cancels it earlier.
    ///   - maxResponseBytes: a larger response body fails the call instead of filling memory.
    public init(
        client: HTTPClient = .shared,
        attemptTimeout: TimeAmount = .seconds(60),
        maxResponseBytes: Int = 16 * 1024 * 1024
    ) {
        self.client = client
        self.attemptTimeout = attemptTimeout
        self.maxResponseBytes = maxResponseBytes
    }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let url = (request.scheme ?? "https") + "://" + (request.authority ?? "") + (request.path ?? "/")
        var clientRequest = HTTPClientRequest(url: url)
        clientRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headerFields {
            clientRequest.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body {
            clientRequest.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await client.execute(clientRequest, timeout: attemptTimeout)
            let buffer = try await response.body.collect(upTo: maxResponseBytes)
            let data = Data(buffer.readableBytesView)
            var fields = HTTPFields()
            for header in response.headers {
                if let name = HTTPField.Name(header.name) {
                    fields.append(HTTPField(name: name, value: header.value))
                }
            }
            return (HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields), data)
        } catch {
            throw Self.translate(error)
        }
    }

    /// Cancellation stays cancellation; failures before a connection existed are unsent; any other
    /// failure may have happened after the request was written.
    private static func translate(_ error: any Error) -> any Error {
        if error is CancellationError || Task.isCancelled {
            return CancellationError()
        }
        if let clientError = error as? HTTPClientError {
            let unsent: [HTTPClientError] = [
                .invalidURL, .emptyHost, .emptyScheme, .alreadyShutdown, .connectTimeout,
                .getConnectionFromPoolTimeout, .tlsHandshakeTimeout, .socksHandshakeTimeout,
                .httpProxyHandshakeTimeout,
            ]
            if clientError == .cancelled {
                return CancellationError()
            }
            return TransportError(requestMayHaveBeenSent: !unsent.contains(clientError), message: "\(clientError)")
        }
        if error is NIOConnectionError {
            return TransportError.notSent("\(error)")
        }
        if let ioError = error as? IOError, ioError.errnoCode == ECONNREFUSED {
            return TransportError.notSent("\(error)")
        }
        return TransportError.maybeSent("\(error)")
    }
}
