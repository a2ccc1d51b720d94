import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport: Foundation's `URLSession`, on Apple platforms and on Linux (where this
/// module imports FoundationNetworking so callers need not).
public struct URLSessionTransport: Transport {
    private let session: URLSession

    /// - Parameter session: the session to send with; `.shared` unless you need your own configuration.
    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        var urlRequest = try URLRequest(request)
        urlRequest.httpBody = body
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            if error.code == .cancelled || Task.isCancelled {
                throw CancellationError()
            }
            throw TransportError(urlError: error)
        }
        guard let httpResponse = response as? HTTPURLResponse,
            let status = HTTPResponse.Status(exactly: httpResponse.statusCode)
        else {
            throw TransportError.maybeSent("the response is not HTTP")
        }
        return (HTTPResponse(status: status, headerFields: httpResponse.httpFields), data)
    }
}

extension URLRequest {
    fileprivate init(_ request: HTTPRequest) throws {
        let text = (request.scheme ?? "https") + "://" + (request.authority ?? "") + (request.path ?? "/")
        guard let url = URL(string: text) else {
            throw TransportError.notSent("not a URL: " + text)
        }
        self.init(url: url)
        httpMethod = request.method.rawValue
        for field in request.headerFields {
            addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
    }
}

extension HTTPResponse.Status {
    fileprivate init?(exactly code: Int) {
        guard (100...999).contains(code) else { return nil }
        self.init(code: code)
    }
}

extension TransportError {
    /// Only failures that happen before a connection exists are certainly unsent.
    fileprivate init(urlError: URLError) {
        let unsent: Set<URLError.Code> = [
            .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .badURL,
            .unsupportedURL, .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
        ]
        self.init(requestMayHaveBeenSent: !unsent.contains(urlError.code), message: urlError.localizedDescription)
    }
}
