/// What every description that might reach a log hides: values of credential-named headers and
/// query items, and the user information of a URL. `package` for the runtime's logging middleware.
package enum Redaction {
    package static let placeholder = "<redacted>"

    private static let sensitiveFragments = [
        "authorization", "cookie", "api-key", "api_key", "apikey", "token", "secret", "password",
        "signature", "credential", "session",
    ]

    package static func isSensitive(name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered == "key" || sensitiveFragments.contains { lowered.contains($0) }
    }

    /// `url` as logs may show it: `user:password@` becomes `<redacted>@`, and the values of
    /// credential-named query items (names compared after percent-decoding) become `<redacted>`.
    /// Works on text, so it also covers a URL that `URL(string:)` refused.
    package static func url(_ text: String) -> String {
        var text = text
        if let authorityStart = authorityStart(in: text) {
            let authorityEnd = text[authorityStart...].firstIndex { "/?#".contains($0) } ?? text.endIndex
            if let at = text[authorityStart..<authorityEnd].lastIndex(of: "@") {
                text.replaceSubrange(authorityStart..<at, with: placeholder)
            }
        }
        guard let queryStart = text.firstIndex(of: "?") else { return text }
        let fragmentStart = text[queryStart...].firstIndex(of: "#") ?? text.endIndex
        let items = text[text.index(after: queryStart)..<fragmentStart].split(
            separator: "&",
            omittingEmptySubsequences: false
        )
        let redacted = items.map { item -> String in
            let name =
                item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let decodedName = name.removingPercentEncoding ?? name
            return isSensitive(name: decodedName) ? name + "=" + placeholder : String(item)
        }
        return String(text[..<queryStart]) + "?" + redacted.joined(separator: "&") + String(text[fragmentStart...])
    }

    /// Where the authority begins: after the `//` that follows the scheme, or that starts a
    /// scheme-relative URL; nil when there is none.
    private static func authorityStart(in text: String) -> String.Index? {
        if text.hasPrefix("//") {
            return text.index(text.startIndex, offsetBy: 2)
        }
        guard let separator = text.range(of: "://"),
            !text[..<separator.lowerBound].contains(where: { "/?#".contains($0) })
        else { return nil }
        return separator.upperBound
    }
}
