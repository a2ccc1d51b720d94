import Foundation

/// A fully built request, independent of any HTTP client.
///
/// `description` and `dump` never show credentials: the values of `Authorization` and other
/// credential headers, of query items with credential names, and the user information of the
/// URL (`user:password@`) read "<redacted>". Send it with `urlRequestIncludingCredentials()`
/// or `httpRequestIncludingCredentials()` (module ProviderRuntime), whose results print
/// everything and so should go straight to the transport, never to a log.
public struct ProviderRequest: Hashable, Sendable, CustomStringConvertible, CustomReflectable {
    public var method: RequestMethod
    public var url: URL
    public var headerFields: [HeaderField]
    /// The encoded body; `headerFields` carries its `Content-Type`.
    public var body: Data?
    /// Warning-severity validation issues: they did not block the request but may interest a log.
    public var warnings: [ValidationIssue]

    public init(
        method: RequestMethod,
        url: URL,
        headerFields: [HeaderField] = [],
        body: Data? = nil,
        warnings: [ValidationIssue] = []
    ) {
        self.method = method
        self.url = url
        self.headerFields = headerFields
        self.body = body
        self.warnings = warnings
    }

    /// The first value of the header called `name`, compared case-insensitively.
    public func value(forHeader name: String) -> String? {
        headerFields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// "POST https://…", one line per header, then the body size.
    public var description: String {
        var lines = [method.rawValue + " " + redactedURL]
        lines += headerFields.map(\.description)
        lines.append("body: " + (body.map { "\($0.count) bytes" } ?? "none"))
        return lines.joined(separator: "\n")
    }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method.rawValue,
                "url": redactedURL,
                "headerFields": headerFields,
                "body": body.map { "\($0.count) bytes" } ?? "none",
                "warnings": warnings,
            ],
            displayStyle: .struct
        )
    }

    /// The URL as logs may show it: see ``Redaction/url(_:)``.
    private var redactedURL: String {
        Redaction.url(url.absoluteString)
    }
}
