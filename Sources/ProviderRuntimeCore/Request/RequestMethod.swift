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
