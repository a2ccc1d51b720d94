/// An HTTP method. Always a valid RFC 9110 token, so it converts to every HTTP library's type.
public struct RequestMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// nil unless `rawValue` is a non-empty HTTP token. Methods are case-sensitive: use "GET", not "get".
    public init?(rawValue: String) {
        guard !rawValue.isEmpty, rawValue.utf8.allSatisfy(HTTPToken.isTokenCharacter) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) {
        rawValue = known
    }

    public static let get = RequestMethod(known: "GET")
    public static let post = RequestMethod(known: "POST")
    public static let put = RequestMethod(known: "PUT")
    public static let patch = RequestMethod(known: "PATCH")
    public static let delete = RequestMethod(known: "DELETE")
    public static let head = RequestMethod(known: "HEAD")
    public static let options = RequestMethod(known: "OPTIONS")

    public var description: String { rawValue }
}

/// RFC 9110 syntax shared by methods and header names.
enum HTTPToken {
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy(isTokenCharacter)
    }

    /// Field values may hold any visible text and tabs, but never CR, LF or NUL, which would let a
    /// value inject further header lines, nor the C1 controls (NEL, U+0085, among them) or
    /// U+2028/U+2029, which some clients and proxies treat as line breaks.
    static func isValidValue(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            scalar == "\t"
                || (scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0x2028
                    && scalar.value != 0x2029)
        }
    }
}
