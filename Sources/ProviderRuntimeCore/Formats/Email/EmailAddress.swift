/// Email addresses (CountryFormats.md §4). The default `email` format is the doc's
/// recommendation: the WHATWG HTML "valid email address" rule plus the length limits (254 in
/// all, 64 before the @) and the dot rules (no leading, trailing or doubled dot before the @; a
/// dot in the domain, whose last label is not all digits). That is the doc's `email_strict`.
/// No TLD list and no DNS lookup.
enum EmailAddress {
    static let maximumLength = 254
    static let maximumLocalLength = 64
    static let maximumLabelLength = 63

    /// Checks the strict rule. The normalised value is trimmed with the domain in lower case
    /// (domains are case-insensitive; the local part is kept as typed); it is nil when the value
    /// does not have the WHATWG shape at all.
    static func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        value.withUTF8Bytes { bytes in
            var start = 0
            var end = bytes.count
            while start < end, ASCII.isWhitespace(bytes[start]) { start += 1 }
            while end > start, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
            let address = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if let reason = whatwgProblem(address) {
                // A pasted no-break space around the address is surrounding space too.
                if let trimmed = trimmingUnicodeWhitespace(value) {
                    return check(trimmed, normalizing: normalizing)
                }
                return problem(reason, normalized: nil)
            }
            let normalized =
                normalizing ? normalize(address, original: value, trimmed: start != 0 || end != bytes.count) : nil
            if let reason = strictProblem(address) {
                return problem(reason, normalized: normalized)
            }
            return FormatVerdict(normalized: normalized)
        }
    }

    /// `value` without surrounding non-ASCII whitespace, nil when it has none.
    private static func trimmingUnicodeWhitespace(_ value: String) -> String? {
        let isWideSpace = { (character: Character) in character.isWhitespace && !character.isASCII }
        guard let first = value.first, let last = value.last, isWideSpace(first) || isWideSpace(last) else {
            return nil
        }
        return String(value.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// The WHATWG rule: local part of atext characters and dots, "@", then dot-separated labels
    /// of 1–63 letters, digits and hyphens that neither start nor end with a hyphen.
    static func whatwgProblem(_ address: UnsafeBufferPointer<UInt8>) -> String? {
        if address.contains(where: { $0 >= 0x80 }) {
            return "only ASCII characters are allowed; internationalized addresses are not accepted"
        }
        guard let at = address.firstIndex(of: ASCII.at) else {
            return "an @ is missing"
        }
        if at == 0 {
            return "nothing before the @"
        }
        for index in 0..<at where !isLocalCharacter(address[index]) {
            return "\"\(Character(UnicodeScalar(address[index])))\" is not allowed before the @"
        }
        var labelStart = at + 1
        for index in (at + 1)...address.count {
            guard index == address.count || address[index] == ASCII.dot else {
                let byte = address[index]
                if !ASCII.isAlphanumeric(byte) && byte != ASCII.hyphen {
                    return "\"\(Character(UnicodeScalar(byte)))\" is not allowed in the domain"
                }
                continue
            }
            let length = index - labelStart
            if length == 0 {
                return "the domain has an empty label"
            }
            if length > maximumLabelLength {
                return "a domain label is longer than \(maximumLabelLength) characters"
            }
            if address[labelStart] == ASCII.hyphen || address[index - 1] == ASCII.hyphen {
                return "a domain label starts or ends with a hyphen"
            }
            labelStart = index + 1
        }
        return nil
    }

    /// The extra rules on top of WHATWG, for an address that has its shape.
    static func strictProblem(_ address: UnsafeBufferPointer<UInt8>) -> String? {
        guard let at = address.firstIndex(of: ASCII.at) else { return nil }
        if address.count > maximumLength {
            return "longer than \(maximumLength) characters"
        }
        if at > maximumLocalLength {
            return "more than \(maximumLocalLength) characters before the @"
        }
        if address[0] == ASCII.dot || address[at - 1] == ASCII.dot {
            return "the part before the @ starts or ends with a dot"
        }
        for index in 1..<at where address[index] == ASCII.dot && address[index - 1] == ASCII.dot {
            return "two dots in a row before the @"
        }
        guard let lastDot = address[(at + 1)...].lastIndex(of: ASCII.dot) else {
            return "the domain has no dot"
        }
        if address[(lastDot + 1)...].allSatisfy(ASCII.isDigit) {
            return "the last domain label is all digits"
        }
        return nil
    }

    /// atext (RFC 5322) plus the dot: letters, digits and ! # $ % & ' * + / = ? ^ _ ` { | } ~ - .
    private static func isLocalCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "?"),
            UInt8(ascii: "^"),
            UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"),
            UInt8(ascii: "~"),
            UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    private static func normalize(_ address: UnsafeBufferPointer<UInt8>, original: String, trimmed: Bool) -> String {
        guard let at = address.firstIndex(of: ASCII.at) else { return original }
        let domain = address[(at + 1)...]
        if !trimmed && !domain.contains(where: ASCII.isUpper) {
            return original
        }
        return String(unsafeUninitializedCapacity: address.count) { output in
            for index in 0..<address.count {
                output[index] = index > at ? ASCII.lowercased(address[index]) : address[index]
            }
            return address.count
        }
    }

    private static func problem(_ reason: String, normalized: String?) -> FormatVerdict {
        FormatVerdict(
            normalized: normalized,
            problems: [
                FormatProblem(rule: StringFormat.emailRule, message: "not a valid email address: \(reason)")
            ]
        )
    }
}
