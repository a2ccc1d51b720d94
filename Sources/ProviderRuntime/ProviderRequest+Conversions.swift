import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// `URLRequest` and `HTTPRequest` print every header value themselves (`dump`,
// `allHTTPHeaderFields`, `headerFields`), and no wrapper can change that. So the conversions
// that carry credentials say so in their names and are meant to go straight to the transport;
// the old `urlRequest`/`httpRequest` properties are gone, with a compiler message naming the
// replacement, rather than kept in a form that would fail authentication at run time.
extension ProviderRequest {
    /// The request for `URLSession`, headers in order (a repeated name is combined by
    /// `URLRequest`), INCLUDING the credentials: pass it to the session, never to a log.
    /// `print`/`dump` the ``ProviderRequest`` itself to log a request.
    public func urlRequestIncludingCredentials() -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method.rawValue
        for field in headerFields {
            request.addValue(field.value, forHTTPHeaderField: field.name)
        }
        request.httpBody = body
        return request
    }

    /// The request head for swift-http-types clients, INCLUDING the credentials; send `body`
    /// with it, and never log it: `print`/`dump` the ``ProviderRequest`` itself instead.
    ///
    /// Credential headers tell HTTP/2 and HTTP/3 header compression, intermediaries included,
    /// never to index them (`.disallow`).
    /// Header names that are not HTTP tokens are left out; `RequestBuilder` never produces them.
    public func httpRequestIncludingCredentials() -> HTTPRequest {
        var fields = HTTPFields()
        for field in headerFields {
            if let name = HTTPField.Name(field.name) {
                var httpField = HTTPField(name: name, value: field.value)
                if field.isSensitive {
                    httpField.indexingStrategy = .disallow
                }
                fields.append(httpField)
            }
        }
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        var authority = components?.percentEncodedHost ?? ""
        if authority.contains(":") && !authority.hasPrefix("[") {
            authority = "[" + authority + "]"
        }
        if let port = components?.port {
            authority += ":" + String(port)
        }
        var path = components?.percentEncodedPath ?? ""
        if path.isEmpty {
            path = "/"
        }
        if let query = components?.percentEncodedQuery {
            path += "?" + query
        }
        // RequestMethod admits only valid tokens, which HTTPRequest.Method always accepts.
        let httpMethod = HTTPRequest.Method(method.rawValue) ?? .get
        return HTTPRequest(
            method: httpMethod,
            scheme: url.scheme,
            authority: authority.isEmpty ? nil : authority,
            path: path,
            headerFields: fields
        )
    }

    @available(
        *,
        unavailable,
        renamed: "urlRequestIncludingCredentials()",
        message: "it carries the credentials, which URLRequest prints; send it, never log it"
    )
    public var urlRequest: URLRequest {
        urlRequestIncludingCredentials()
    }

    @available(
        *,
        unavailable,
        renamed: "httpRequestIncludingCredentials()",
        message: "it carries the credentials, which HTTPRequest prints; send it, never log it"
    )
    public var httpRequest: HTTPRequest {
        httpRequestIncludingCredentials()
    }
}
