/// Character sets spelled as ECMA-262 class members that Python's `re` reads the same way:
/// `\uhhhh` for BMP scalars that are invisible or special, the character itself otherwise
/// (astral scalars have no escape both dialects share).
enum UnicodeRanges {
    /// General category Nd, which ICU's `\d` and the runtime's `digits` class match. Computed
    /// from the same Unicode tables the runtime asks, once, and only when a pattern needs it.
    static let decimalDigits: String = {
        var ranges: [ClosedRange<UInt32>] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .decimalNumber else {
                continue
            }
            if let last = ranges.last, last.upperBound + 1 == value {
                ranges[ranges.count - 1] = last.lowerBound...value
            } else {
                ranges.append(value...value)
            }
        }
        return ranges.map(spelled).joined()
    }()

    /// Unicode White_Space, which ICU's `\s` and the `whitespace` class match (ECMA's `\s` adds
    /// U+FEFF and misses U+0085).
    static let whitespace =
        "\\t\\n\\u000B\\f\\r\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000"

    static func spelled(_ range: ClosedRange<UInt32>) -> String {
        guard let low = Unicode.Scalar(range.lowerBound), let high = Unicode.Scalar(range.upperBound) else { return "" }
        return low == high ? spelled(low) : spelled(low) + "-" + spelled(high)
    }

    /// `inClass: false` for a literal outside brackets, where ECMA's `u` mode refuses `\\-`.
    static func spelled(_ scalar: Unicode.Scalar, inClass: Bool = true) -> String {
        if scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F {
            let special = inClass ? "^$\\.*+?()[]{}|/-" : "^$\\.*+?()[]{}|/"
            return special.unicodeScalars.contains(scalar) ? "\\" + String(scalar) : String(scalar)
        }
        let category = scalar.properties.generalCategory
        let invisible: Set<Unicode.GeneralCategory> = [
            .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark,
            .enclosingMark, .spacingMark, .unassigned, .privateUse,
        ]
        guard scalar.value <= 0xFFFF, invisible.contains(category) || scalar == " " else { return String(scalar) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
