/// A `dateFormat` pattern (`yyyy-MM-dd HH:mm:ss`) as the ECMA-262 pattern of the text it writes:
/// each field is a fixed number of digits, everything else is literal.
enum DatePatternRegex {
    private static let widths: [(field: String, digits: Int)] = [
        ("yyyy", 4), ("MM", 2), ("dd", 2), ("HH", 2), ("mm", 2), ("ss", 2), ("SSS", 3),
    ]

    static func pattern(_ datePattern: String) -> String {
        var rest = Substring(datePattern)
        var output = ""
        while let first = rest.unicodeScalars.first {
            if let width = widths.first(where: { rest.hasPrefix($0.field) }) {
                output += "[0-9]{\(width.digits)}"
                rest = rest.dropFirst(width.field.count)
            } else {
                output += UnicodeRanges.spelled(first, inClass: false)
                rest = Substring(rest.unicodeScalars.dropFirst())
            }
        }
        return "^" + output + "$"
    }
}
