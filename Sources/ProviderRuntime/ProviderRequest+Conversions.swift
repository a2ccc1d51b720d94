import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension ProviderRequest {
    /// The request for `URLSession`, headers in order (a repeated name is combined by `URLRequest`).
    public var urlRequest: URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method.rawValue
        for field in headerFields {
            request.addValue(field.value, forHTTPHeaderField: field.name)
        }
        request.httpBody = body
        return request
    }

    /// The request head for swift-http-types clients; send ``body`` with it.
    ///
    /// Header names that are not HTTP tokens are left out; ``RequestBuilder`` never produces them.
    public var httpRequest: HTTPRequest {
        var fields = HTTPFields()
        for field in headerFields {
            if let name = HTTPField.Name(field.name) {
                fields.append(HTTPField(name: name, value: field.value))
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
}
