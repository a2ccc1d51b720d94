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
