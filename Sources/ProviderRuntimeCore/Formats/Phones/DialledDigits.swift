/// Reads a phone number as people type it (CountryFormats.md §3, step 1–2): drops spaces, `-`,
/// `.`, `(`, `)` and other whitespace, and notes whether it was written internationally, with a
/// leading `+` or `00`.
struct DialledDigits {
    /// The longest run of digits kept; E.164 allows 15, national input adds trunk and carrier codes.
    static let capacity = 24

    var digits: PhoneDigits
    private(set) var isInternational = false

    init(storage: UnsafeMutableBufferPointer<UInt8>) {
        digits = PhoneDigits(storage: storage)
    }

    /// How far the byte-level pass got.
    private enum FastPass {
        case read
        case failed(String)
        case foundNonASCII
    }

    /// Reads `value`; returns the reason when it is not a phone number at all.
    mutating func read(_ value: String) -> String? {
        let pass = value.withUTF8Bytes { bytes -> FastPass in
            for byte in bytes {
                if byte >= 0x80 {
                    return .foundNonASCII
                }
                if let reason = take(byte) {
                    return .failed(reason)
                }
            }
            return .read
        }
        switch pass {
        case .read: return finish()
        case .failed(let reason): return reason
        case .foundNonASCII: break
        }
        // Non-ASCII: whitespace such as a no-break space is a separator, anything else is wrong.
        digits.removeAll()
        isInternational = false
        for scalar in value.unicodeScalars {
            if scalar.properties.isWhitespace {
                continue
            }
            guard scalar.isASCII else {
                return "contains \(CleaningFailure.describe(Character(scalar))), which is not a digit"
            }
            if let reason = take(UInt8(scalar.value)) {
                return reason
            }
        }
        return finish()
    }

    /// Spaces, `-`, `.`, `(`, `)` and other ASCII whitespace (a switch: this runs per byte).
    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), 0x09...0x0D:
            return true
        default:
            return false
        }
    }

    private mutating func take(_ byte: UInt8) -> String? {
        if Self.isSeparator(byte) {
            return nil
        }
        if ASCII.isDigit(byte) {
            return digits.append(byte) ? nil : "is too long for a phone number"
        }
        if byte == ASCII.plus, digits.count == 0, !isInternational {
            isInternational = true
            return nil
        }
        if byte == ASCII.plus {
            return "a + may only open the number"
        }
        return "contains \"\(Character(UnicodeScalar(byte)))\", which is not a digit"
    }

    /// A leading "00" is the international prefix dialled from most countries.
    private mutating func finish() -> String? {
        if digits.count == 0 {
            return "contains no digits"
        }
        if !isInternational, digits.hasPrefix("00") {
            digits.dropFirst(2)
            isInternational = true
        }
        return nil
    }
}
