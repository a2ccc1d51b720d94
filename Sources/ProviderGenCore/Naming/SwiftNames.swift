/// Turns wire names (`reference_id`, `address_1`, `contact type`, `NON_PROFIT`) into idiomatic
/// Swift identifiers, and decides which identifiers need escaping when emitted.
public enum SwiftNames {
    /// lowerCamelCase from any wire spelling; never empty, never starts with a digit.
    public static func member(fromWire wire: String) -> String {
        let words = splitWords(wire)
        guard let first = words.first else { return "value" }
        var name = lowercasedWord(first)
        for word in words.dropFirst() {
            name += capitalized(word)
        }
        if let lead = name.unicodeScalars.first, ("0"..."9").contains(lead) {
            name = "_" + name
        }
        return name
    }

    /// UpperCamelCase, for types derived from field names (`language` → `Language`).
    public static func type(fromWire wire: String) -> String {
        let words = splitWords(wire)
        let name = words.map(capitalized).joined()
        guard let lead = name.unicodeScalars.first else { return "Value" }
        return ("0"..."9").contains(lead) ? "_" + name : name
    }

    /// Whether `text` is already a plain Swift identifier made of ASCII letters, digits and `_`.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || $0 == "_" }
    }

    /// Identifier as written in source: keywords in backticks.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Names that cannot serve as members even in backticks, because `x.self`, `X.Type` and
    /// `X.Protocol` already mean something.
    public static let unusableMemberNames: Set<String> = [
        "self", "Self", "Type", "Protocol", "init", "deinit", "subscript",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "_", "consume", "copy", "discard", "borrowing", "consuming",
        "package", "some", "any", "macro",
    ]

    /// Words split at separators and at lower→upper case changes; all-capital words such as
    /// `PERSON` or `ID` stay one word.
    private static func splitWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasLower = false
        for scalar in text.unicodeScalars {
            guard isASCIIAlphanumeric(scalar) else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                previousWasLower = false
                continue
            }
            let isUpper = ("A"..."Z").contains(scalar)
            if isUpper && previousWasLower && !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousWasLower = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func lowercasedWord(_ word: String) -> String {
        let isAllCaps = !word.unicodeScalars.contains { ("a"..."z").contains($0) }
        if isAllCaps { return word.lowercased() }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    private static func capitalized(_ word: String) -> String {
        let isAllCaps = !word.unicodeScalars.contains { ("a"..."z").contains($0) }
        let body = isAllCaps ? word.lowercased() : word
        return body.prefix(1).uppercased() + body.dropFirst()
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
