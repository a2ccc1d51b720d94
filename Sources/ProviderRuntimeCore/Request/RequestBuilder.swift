import Foundation

/// Assembles a ``ProviderRequest``: generated endpoint methods call it with the operation's
/// method, server and path template, then add parameters, credentials and a body.
///
/// Printed or dumped, it redacts as ``ProviderRequest`` does.
@_spi(Generated) public struct RequestBuilder: Sendable, CustomStringConvertible, CustomReflectable {
    public let method: RequestMethod
    public let server: URL
    public let path: [PathPart]
    /// Query items in the order added; a name may repeat.
    public private(set) var queryItems: [QueryItem] = []
    /// Headers in the order set; setting a name again replaces the earlier field.
    public private(set) var headerFields: [HeaderField] = []
    /// The encoded body, once ``jsonBody(_:)`` or ``formBody(_:arrayStyle:)`` has run.
    public private(set) var body: Data?
    /// Warnings from ``validate(_:)``, carried into the built request.
    public internal(set) var warnings: [ValidationIssue] = []
    /// Why the credentials given to `authorize` cannot be sent, if they cannot.
    private var credentialIssue: ValidationIssue?

    /// One `name=value` query item, unescaped.
    ///
    /// `description` and `dump` hide the value when the name is credential-like, as
    /// ``HeaderField`` does.
    public struct QueryItem: Hashable, Sendable, CustomStringConvertible, CustomReflectable {
        public var name: String
        public var value: String

        var displayValue: String {
            Redaction.isSensitive(name: name) ? Redaction.placeholder : value
        }

        public var description: String {
            name + "=" + displayValue
        }

        public var customMirror: Mirror {
            Mirror(self, children: ["name": name, "value": displayValue], displayStyle: .struct)
        }
    }

    /// - Parameters:
    ///   - method: the request's method.
    ///   - server: may carry a path prefix ("https://x.com/v2"); it is joined to `path` with
    ///     exactly one slash.
    ///   - path: the path's literal parts and parameters, each parameter escaped as one segment.
    public init(method: RequestMethod, server: URL, path: [PathPart]) {
        self.method = method
        self.server = server
        self.path = path
    }

    /// Adds a query item; nil is skipped. Names and values are escaped like form values.
    public mutating func query(_ name: String, _ value: String?) {
        guard let value else { return }
        queryItems.append(QueryItem(name: name, value: value))
    }

    /// Sets a header, replacing any field of the same name (case-insensitive); nil is skipped.
    public mutating func header(_ name: String, _ value: String?) {
        guard let value else { return }
        headerFields.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        headerFields.append(HeaderField(name: name, value: value))
    }

    /// "Authorization: Bearer <token>". An empty token makes ``build()`` throw rather than send
    /// a request the provider can only refuse.
    public mutating func authorize(_ token: BearerToken) {
        credentialIssue = token.token.isEmpty ? Self.credentialIssue("the bearer token is empty") : nil
        header("Authorization", token.authorizationValue)
    }

    /// "Authorization: Basic base64(key:secret)". An empty key, or a key containing ":" (which
    /// Basic authentication cannot carry: the server splits at the first ":"), makes ``build()`` throw.
    public mutating func authorize(_ credentials: BasicCredentials) {
        if credentials.key.isEmpty {
            credentialIssue = Self.credentialIssue("the Basic authentication key is empty")
        } else if credentials.key.contains(":") {
            credentialIssue = Self.credentialIssue(
                "the Basic authentication key contains \":\", which Basic authentication cannot carry (RFC 7617)"
            )
        } else {
            credentialIssue = nil
        }
        header("Authorization", credentials.authorizationValue)
    }

    /// Never quotes the credential itself.
    private static func credentialIssue(_ message: String) -> ValidationIssue {
        ValidationIssue(path: "headers.Authorization", rule: "credentials", message: message)
    }

    /// Validates first: any error-severity issue throws .invalid with ALL issues (errors and warnings).
    /// Warnings alone are kept and passed on to the built request.
    public mutating func validate(_ value: some Validatable) throws(RequestError) {
        let report = value.validate()
        if report.hasErrors {
            throw .invalid(report.issues)
        }
        warnings += report.issues
    }

    /// Encodes `value` with ``JSONBody`` and sets `Content-Type: application/json`.
    public mutating func jsonBody<T: Encodable>(_ value: T) throws(RequestError) {
        do {
            body = try JSONBody.encode(value)
        } catch {
            throw .bodyEncoding(Self.describe(error))
        }
        header("Content-Type", "application/json")
    }

    /// Encodes `value` with ``FormEncoder`` and sets `Content-Type: application/x-www-form-urlencoded`.
    public mutating func formBody<T: Encodable>(_ value: T, arrayStyle: FormEncoder.ArrayStyle) throws(RequestError) {
        do {
            body = try FormEncoder(arrayStyle: arrayStyle).encode(value)
        } catch {
            throw .bodyEncoding(Self.describe(error))
        }
        header("Content-Type", "application/x-www-form-urlencoded")
    }

    /// The finished request. Throws for an empty or dot-segment path parameter (it would address
    /// a different resource), a URL that cannot be formed, or a header HTTP cannot carry.
    public func build() throws(RequestError) -> ProviderRequest {
        var headerIssues: [ValidationIssue] = credentialIssue.map { [$0] } ?? []
        for field in headerFields {
            if !HTTPToken.isValidName(field.name) {
                headerIssues.append(
                    ValidationIssue(
                        path: "headers." + field.name,
                        rule: "headerName",
                        message: "is not a valid HTTP header name"
                    )
                )
            } else if !HTTPToken.isValidValue(field.value) {
                headerIssues.append(
                    ValidationIssue(
                        path: "headers." + field.name,
                        rule: "headerValue",
                        message: "must not contain line breaks or control characters"
                    )
                )
            }
        }
        if !headerIssues.isEmpty {
            throw .invalid(headerIssues)
        }
        let text = try urlText()
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            throw .invalidURL("cannot form an absolute URL from \(Redaction.url(text))")
        }
        return ProviderRequest(method: method, url: url, headerFields: headerFields, body: body, warnings: warnings)
    }

    private func urlText() throws(RequestError) -> String {
        // A server URL names a scheme, host and optional path prefix; a query or fragment on it
        // would end up in the middle of the endpoint path. Scanned as UTF-8: these are ASCII.
        let server = server.absoluteString.utf8
        var end = server.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? server.endIndex
        while end > server.startIndex, server[server.index(before: end)] == UInt8(ascii: "/") {
            end = server.index(before: end)
        }
        let base = String(Substring(server[..<end]))
        var endpoint = ""
        for part in path {
            let piece: String
            switch part {
            case .literal(let literal):
                piece = Self.escapeLiteral(literal)
            case .parameter(let value):
                guard !value.isEmpty, value != ".", value != ".." else {
                    throw .invalidURL("path parameter \"\(value)\" would change which resource the path names")
                }
                piece = PercentEncoding.escape(value)
            }
            if endpoint.hasSuffix("/") && piece.hasPrefix("/") {
                endpoint += piece.dropFirst()
            } else {
                endpoint += piece
            }
        }
        if !endpoint.isEmpty && !endpoint.hasPrefix("/") {
            endpoint = "/" + endpoint
        }
        var text = base + endpoint
        if !queryItems.isEmpty {
            text +=
                "?"
                + queryItems.map { PercentEncoding.escape($0.name) + "=" + PercentEncoding.escape($0.value) }
                .joined(separator: "&")
        }
        return text
    }

    private static func escapeLiteral(_ literal: String) -> String {
        if literal.utf8.allSatisfy(PathPart.isAllowedInLiteral) {
            return literal
        }
        var escaped = ""
        for scalar in literal.unicodeScalars {
            let text = String(scalar)
            escaped += text.utf8.allSatisfy(PathPart.isAllowedInLiteral) ? text : PercentEncoding.escape(text)
        }
        return escaped
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case EncodingError.invalidValue(_, let context):
            let path = FieldPath.render(context.codingPath)
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        default:
            return String(describing: error)
        }
    }
}
