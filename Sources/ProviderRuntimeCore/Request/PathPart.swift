/// One piece of an endpoint path template such as `/contacts/{id}/accounts`.
///
/// The pieces are concatenated as written: `[.literal("/contacts/"), .parameter(id), .literal("/accounts")]`.
@_spi(Generated) public enum PathPart: Sendable, Hashable {
    /// Fixed text from the schema; kept as is, except that characters never valid in a URL path
    /// are percent-encoded.
    case literal(String)
    /// A value escaped as ONE path segment: only unreserved characters stay, so "/" → %2F, " " → %20.
    case parameter(String)

    /// Bytes a literal may keep: RFC 3986 `pchar` plus "/" and "%" (already-encoded text).
    static func isAllowedInLiteral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default:
            PercentEncoding.isUnreserved(byte)
        }
    }
}
