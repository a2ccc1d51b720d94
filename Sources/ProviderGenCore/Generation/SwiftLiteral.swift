/// Text from schemas becomes Swift only through these functions: string literals with every
/// special character escaped, and comment lines that cannot break out of their comment.
enum SwiftLiteral {
    /// A double-quoted Swift string literal that evaluates to exactly `value`.
    static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if isSafeVisible(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return result + "\""
    }

    /// An integer literal from its decimal digits (with an optional sign), grouped by three with
    /// `_` from seven digits on, as swift-format's GroupNumericLiterals asks: `1_000_000`.
    static func integer(_ text: String) -> String {
        let sign = text.first == "-" || text.first == "+" ? String(text.prefix(1)) : ""
        let digits = Array(text.dropFirst(sign.count))
        guard digits.count >= 7, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return text }
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "_" }
            grouped.append(digit)
        }
        return (sign == "+" ? "" : sign) + grouped
    }

    /// Lines for a `///` comment. Line breaks of every kind split lines; invisible and control
    /// characters are shown as `U+XXXX` so a schema cannot smuggle bidirectional overrides.
    static func commentLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = scalar == "\r"
            if ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                lines.append(trimmingTrailingSpaces(current))
                current = ""
            } else if scalar == "\t" {
                current += "    "
            } else if isSafeVisible(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                current += "U+" + String(scalar.value, radix: 16, uppercase: true)
            }
        }
        lines.append(trimmingTrailingSpaces(current))
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Printable ASCII, and non-ASCII letters, marks, numbers, punctuation, symbols and the plain
    /// space separators. Excludes controls, format characters (bidi overrides, zero-width joiners
    /// outside emoji are escaped too: they render invisibly), unassigned and private-use scalars.
    static func isSafeVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
            .spaceSeparator:
            return true
        default:
            return false
        }
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
