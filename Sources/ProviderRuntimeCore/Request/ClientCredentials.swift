/// The credentials of a provider that takes more than one authentication scheme: which one the
/// client sends is chosen by the initialiser called (`Client(token:)` or `Client(credentials:)`).
///
/// Never printed: each case holds a ``BearerToken`` or ``BasicCredentials``, which print and dump
/// as `<redacted>`.
public enum ClientCredentials: Hashable, Sendable {
    /// `Authorization: Bearer <token>`.
    case bearer(BearerToken)
    /// `Authorization: Basic base64(key:secret)`.
    case basic(BasicCredentials)
}

@_spi(Generated) extension RequestBuilder {
    /// The `Authorization` header for whichever scheme was chosen, checked as that scheme's own
    /// `authorize` checks it.
    public mutating func authorize(_ credentials: ClientCredentials) {
        switch credentials {
        case .bearer(let token): authorize(token)
        case .basic(let basic): authorize(basic)
        }
    }
}
