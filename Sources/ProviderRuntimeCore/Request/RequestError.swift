/// Why a request could not be built; nothing was sent.
public enum RequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The value failed validation: every issue, errors and warnings. Also used for a header
    /// name or value that HTTP cannot carry (path `"headers.<name>"`).
    case invalid([ValidationIssue])
    /// The URL could not be formed; the text says why.
    case invalidURL(String)
    /// The body could not be encoded; the text says why.
    case bodyEncoding(String)

    public var description: String {
        switch self {
        case .invalid(let issues):
            "invalid request: " + issues.map(\.description).joined(separator: "; ")
        case .invalidURL(let reason):
            "invalid URL: " + reason
        case .bodyEncoding(let reason):
            "cannot encode the request body: " + reason
        }
    }
}
