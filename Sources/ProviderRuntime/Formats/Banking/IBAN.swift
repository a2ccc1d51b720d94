/// International Bank Account Numbers (ISO 13616): the registry length for the country, two
/// check digits 02–98 and ISO 7064 MOD 97-10 over the rearranged number.
enum IBAN {
    /// The normalised value is the electronic form: upper case, no spaces.
    static func check(_ value: String) -> FormatVerdict {
        let outcome = Cleaning.bankAccount.clean(value) { text -> FormatVerdict in
            let normalized = text.string(original: value)
            if let reason = problem(text) {
                return FormatVerdict(normalized: normalized, problems: [issue(reason)])
            }
            return FormatVerdict(normalized: normalized)
        }
        return outcome.verdict(issue)
    }

    private static func problem(_ text: CleanedText) -> String? {
        guard text.count >= 2, text.all(0..<2, ASCII.isUpper) else {
            return "must start with a 2-letter country code"
        }
        let country = CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[0..<2]))
        guard let length = IBANLengths.length(forCountryOf: text) else {
            return "\(country) is not a country that uses IBANs"
        }
        guard text.count == length else {
            return "an IBAN from \(country) has \(length) characters (got \(text.count))"
        }
        guard text.all(2..<4, ASCII.isDigit), text.all(4..<length, ASCII.isUpperAlphanumeric) else {
            return "must be the country code, 2 check digits and letters or digits"
        }
        let checkDigits = ASCII.digitValue(text[2]) * 10 + ASCII.digitValue(text[3])
        guard (2...98).contains(checkDigits) else {
            return "check digits \(DigitPairSet.twoDigits(checkDigits)) are never issued (02–98)"
        }
        guard remainder(text) == 1 else {
            return "the check digits do not match (mod 97)"
        }
        return nil
    }

    /// The number with its first four characters moved to the end, letters as 10–35, mod 97,
    /// computed digit by digit so no big integer is needed.
    private static func remainder(_ text: CleanedText) -> Int {
        var remainder = 0
        for index in 4..<text.count {
            remainder = step(remainder, text[index])
        }
        for index in 0..<4 {
            remainder = step(remainder, text[index])
        }
        return remainder
    }

    @inline(__always) private static func step(_ remainder: Int, _ byte: UInt8) -> Int {
        ASCII.isDigit(byte)
            ? (remainder * 10 + ASCII.digitValue(byte)) % 97
            : (remainder * 100 + Int(byte - ASCII.upperA) + 10) % 97
    }

    private static func issue(_ reason: String) -> FormatProblem {
        FormatProblem(rule: StringFormat.ibanRule, message: "not a valid IBAN: \(reason)")
    }
}
