/// Country and type codes passed to ``StringFormat/phone(country:)`` and
/// ``StringFormat/document(country:type:)``: they come from other fields of a request, so they
/// get the same tolerance as values (surrounding spaces, case).
enum FormatKey {
    /// Trimmed and upper-cased; the string itself when it already is (no copy on the usual path).
    static func canonical(_ key: String) -> String {
        let isCanonical = key.utf8.allSatisfy { !ASCII.isLower($0) && !ASCII.isWhitespace($0) }
        if isCanonical {
            return key
        }
        var bytes = Array(key.utf8)
        while let last = bytes.last, ASCII.isWhitespace(last) { bytes.removeLast() }
        let start = bytes.firstIndex { !ASCII.isWhitespace($0) } ?? bytes.count
        return String(decoding: bytes[start...].map(ASCII.uppercased), as: UTF8.self)
    }

    /// The key as shown in a message: "(empty)" rather than nothing.
    static func display(_ key: String) -> String {
        key.isEmpty ? "(empty)" : key
    }
}
