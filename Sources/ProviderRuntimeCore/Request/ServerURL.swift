import Foundation

/// The documented base URLs of generated clients.
public enum ServerURL {
    /// `text` as a URL. providergen accepts a server URL only when it is an absolute http(s) URL
    /// made of RFC 3986 characters, which every Foundation version parses, so this never fails
    /// for generated code; the message names the URL should a hand-edited file break that.
    @_spi(Generated) public static func checked(_ text: StaticString) -> URL {
        let string = text.description
        guard let url = URL(string: string) else {
            preconditionFailure("the server URL \(string) does not parse; regenerate the client from its schema")
        }
        return url
    }

    /// `url` as logs may show it: user information (`user:password@`) and credential-named query
    /// values read `<redacted>`, as in ``ProviderRequest``'s description.
    public static func redacted(_ url: URL) -> String {
        Redaction.url(url.absoluteString)
    }
}
