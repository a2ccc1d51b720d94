@_spi(Generated) extension RequestBuilder {
    /// "POST https://…/{path}", the query items and headers, then the body size; credential
    /// values redacted as in ``ProviderRequest``.
    public var description: String {
        var lines = [method.rawValue + " " + redactedServer + pathText]
        lines += queryItems.map { "query " + $0.description }
        lines += headerFields.map(\.description)
        lines.append("body: " + bodySummary)
        return lines.joined(separator: "\n")
    }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method.rawValue,
                "server": redactedServer,
                "path": pathText,
                "queryItems": queryItems,
                "headerFields": headerFields,
                "body": bodySummary,
                "warnings": warnings,
            ],
            displayStyle: .struct
        )
    }

    private var redactedServer: String {
        Redaction.url(server.absoluteString)
    }

    /// The path as the URL will carry it (parameters escaped), as ``ProviderRequest`` shows it.
    private var pathText: String {
        path.map { part in
            switch part {
            case .literal(let literal): literal
            case .parameter(let value): PercentEncoding.escape(value)
            }
        }
        .joined()
    }

    private var bodySummary: String {
        body.map { "\($0.count) bytes" } ?? "none"
    }
}
