/// Schema patterns (the ICU subset `Pattern` runs in linear time, matched against the whole
/// value) rewritten for OpenAPI, whose `pattern` is ECMA-262 and searches anywhere in the value.
///
/// The result keeps to syntax that means the same in ECMA-262 with the `u` flag (JSON Schema
/// 2020-12 asks validators for it) and in Python's `re` (openapi-spec-validator, schemathesis):
/// classes ICU defines by Unicode property are spelled out as ranges instead of `\p{…}`, which
/// Python refuses, and escapes ECMA's `u` mode forbids (`\'`) become the plain character.
/// Whatever falls outside the checked subset gives nil: the caller keeps the ICU text in
/// `x-providergen-pattern` rather than publish a pattern that means something else.
enum ECMAPattern {
    static func translate(_ icu: String) -> String? {
        var scalars = Array(icu.unicodeScalars)
        // Whole-value matching makes a leading ^ and a trailing $ redundant; the anchors are added below.
        if scalars.first == "^" { scalars.removeFirst() }
        if scalars.last == "$", !endsInEscape(scalars.dropLast()) { scalars.removeLast() }
        var output = ""
        var position = 0
        var inClass = false
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\\":
                guard position < scalars.count else { return nil }
                let escaped = scalars[position]
                position += 1
                guard let spelled = escape(escaped, in: scalars, at: &position, inClass: inClass) else { return nil }
                output += spelled
            case "[" where !inClass:
                inClass = true
                output += "["
            case "]" where inClass:
                inClass = false
                output += "]"
            case "." where !inClass:
                output += "[^" + lineTerminators + "]"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return inClass ? nil : "^(?:" + output + ")$"
    }

    /// ICU's `.` skips these (the runtime's `anyButLineTerminator`); ECMA's skips fewer.
    private static let lineTerminators = "\\n\\u000B\\f\\r\\u0085\\u2028\\u2029"

    /// Characters that keep their backslash: ECMA's `u` mode allows escaping only these.
    private static let syntaxCharacters: Set<Unicode.Scalar> = [
        "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/",
    ]

    private static func escape(
        _ escaped: Unicode.Scalar,
        in scalars: [Unicode.Scalar],
        at position: inout Int,
        inClass: Bool
    ) -> String? {
        switch escaped {
        case "d": return inClass ? UnicodeRanges.decimalDigits : "[" + UnicodeRanges.decimalDigits + "]"
        case "D": return inClass ? nil : "[^" + UnicodeRanges.decimalDigits + "]"
        case "s": return inClass ? UnicodeRanges.whitespace : "[" + UnicodeRanges.whitespace + "]"
        case "S": return inClass ? nil : "[^" + UnicodeRanges.whitespace + "]"
        case "t", "n", "r", "f": return "\\" + String(escaped)
        case "u", "x":
            guard let scalar = hexScalar(after: escaped, in: scalars, at: &position) else { return nil }
            return UnicodeRanges.spelled(scalar, inClass: inClass)
        default:
            guard escaped.isASCII, escaped.value > 0x20, escaped.value < 0x7F,
                !escaped.properties.isAlphabetic, escaped.properties.numericType == nil
            else { return nil }
            if syntaxCharacters.contains(escaped) || (inClass && escaped == "-") {
                return "\\" + String(escaped)
            }
            return String(escaped)
        }
    }

    /// `\uhhhh`, `\xhh` and `\x{h…}`, the hex forms ICU reads.
    private static func hexScalar(
        after letter: Unicode.Scalar,
        in scalars: [Unicode.Scalar],
        at position: inout Int
    ) -> Unicode.Scalar? {
        let braced = letter == "x" && position < scalars.count && scalars[position] == "{"
        if braced { position += 1 }
        let width = letter == "u" ? 4 : (braced ? 6 : 2)
        var value: UInt32 = 0
        var count = 0
        while count < width, position < scalars.count, let digit = hexValue(scalars[position]) {
            value = value << 4 | digit
            count += 1
            position += 1
        }
        if braced {
            guard position < scalars.count, scalars[position] == "}" else { return nil }
            position += 1
        }
        return count > 0 && (braced || count == width) ? Unicode.Scalar(value) : nil
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9", "a"..."f", "A"..."F": UInt32(String(scalar), radix: 16)
        default: nil
        }
    }

    private static func endsInEscape(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.reversed().prefix { $0 == "\\" }.count % 2 == 1
    }
}
