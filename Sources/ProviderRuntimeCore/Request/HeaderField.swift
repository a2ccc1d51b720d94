import Foundation

/// One request header, in the order it was set.
///
/// `description` and `dump` hide the values of credential-carrying headers (see ``isSensitive``).
public struct HeaderField: Hashable, Sendable, CustomStringConvertible, CustomReflectable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Whether the header conventionally carries a credential: `Authorization`, cookies, and
    /// names mentioning a key, token, secret, password or signature.
    public var isSensitive: Bool {
        Redaction.isSensitive(name: name)
    }

    /// The value as logs may show it.
    var displayValue: String {
        isSensitive ? Redaction.placeholder : value
    }

    public var description: String {
        name + ": " + displayValue
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "value": displayValue], displayStyle: .struct)
    }
}

/// Which names carry credentials, for every description that might reach a log (also the
/// runtime's logging middleware).
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

    /// `text` (a URL or a request target) with the values of credential-named query items replaced.
    package static func redactingQuery(of text: String) -> String {
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
}
