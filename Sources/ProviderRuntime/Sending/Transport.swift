import Foundation
import HTTPTypes

/// Sends one HTTP request and returns the whole response: the only thing a generated client needs
/// from an HTTP library.
///
/// Implementations must stop the request when the calling task is cancelled, and report a failure
/// as ``TransportError`` so that retries know whether the server may have seen the request.
public protocol Transport: Sendable {
    /// Sends `request` with `body` and returns the response head and its complete body.
    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data)
}

/// Why a transport produced no response, and whether the request may have reached the server.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// False only when the request certainly never left (connection refused, DNS failure): then
    /// sending it again cannot duplicate anything.
    public var requestMayHaveBeenSent: Bool
    /// What the HTTP library said.
    public var message: String

    public init(requestMayHaveBeenSent: Bool, message: String) {
        self.requestMayHaveBeenSent = requestMayHaveBeenSent
        self.message = message
    }

    /// Nothing was sent, so retrying is always safe.
    public static func notSent(_ message: String) -> TransportError {
        TransportError(requestMayHaveBeenSent: false, message: message)
    }

    /// The connection failed after the request may have been written.
    public static func maybeSent(_ message: String) -> TransportError {
        TransportError(requestMayHaveBeenSent: true, message: message)
    }

    public var description: String {
        (requestMayHaveBeenSent ? "failed after sending: " : "not sent: ") + message
    }
}
