/// Business Identifier Codes (ISO 9362, "SWIFT codes"): 4-character party prefix, ISO 3166
/// country code, 2-character location, optional 3-character branch: 8 or 11 characters.
enum BIC {
    /// The normalised value is upper case without spaces.
    static func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        Cleaning.bic.verdict(on: value, normalizing: normalizing, problem: problem, issue: issue)
    }

    private static func problem(_ text: CleanedText) -> String? {
        guard text.count == 8 || text.count == 11 else {
            return "must be 8 or 11 characters (got \(text.count))"
        }
        // ISO 9362:2014 made the party prefix alphanumeric; in practice it is still letters.
        guard text.all(0..<4, ASCII.isUpperAlphanumeric), text.all(4..<6, ASCII.isUpper),
            text.all(6..<text.count, ASCII.isUpperAlphanumeric)
        else {
            return
                "must be 4 letters or digits, a 2-letter country code, 2 letters or digits and an optional 3-character branch"
        }
        // Kosovo's XK is not in ISO 3166, but SWIFT assigns BICs with it.
        guard ISO3166.alpha2.contains(text, at: 4) || (text[4] == ASCII.upperX && text[5] == ASCII.upperK) else {
            return
                "\(CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[4..<6]))) is not an ISO 3166 country code"
        }
        return nil
    }

    private static func issue(_ reason: String) -> FormatProblem {
        FormatProblem(rule: StringFormat.bicRule, message: "not a valid BIC: \(reason)")
    }
}
