/// International Bank Account Numbers (ISO 13616): the registry length for the country, two
/// check digits 02–98 and ISO 7064 MOD 97-10 over the rearranged number.
enum IBAN {
    /// The normalised value is the electronic form: upper case, no spaces.
    static func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        Cleaning.bankAccount.verdict(on: value, normalizing: normalizing, problem: problem, issue: issue)
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
        guard text.all(2..<4, ASCII.isDigit), let remainder = remainder(text) else {
            return "must be the country code, 2 check digits and letters or digits"
        }
        let checkDigits = ASCII.digitValue(text[2]) * 10 + ASCII.digitValue(text[3])
        guard (2...98).contains(checkDigits) else {
            return "check digits \(DigitPairSet.twoDigits(checkDigits)) are never issued (02–98)"
        }
        guard remainder == 1 else {
            return "the check digits do not match (mod 97)"
        }
        return nil
    }

    /// The number with its first four characters moved to the end, letters as 10–35, mod 97.
    /// Decimal digits are appended to a 64-bit accumulator and reduced only when 14 or more are
    /// pending: a remainder below 97 followed by 16 digits still fits, so a 34-character IBAN
    /// needs a handful of divisions instead of one per character. Nil when a character is not
    /// a digit or an upper-case letter (the layout check rides along to save a pass).
    private static func remainder(_ text: CleanedText) -> Int? {
        var accumulator = Accumulator()
        for index in 4..<text.count {
            guard accumulator.append(text[index]) else { return nil }
        }
        for index in 0..<4 {
            guard accumulator.append(text[index]) else { return nil }
        }
        return Int(accumulator.value % 97)
    }

    private struct Accumulator {
        var value: UInt64 = 0
        var pendingDigits = 0

        /// False for a character other than 0–9 or A–Z.
        @inline(__always) mutating func append(_ byte: UInt8) -> Bool {
            if ASCII.isDigit(byte) {
                value = value &* 10 &+ UInt64(byte &- ASCII.zero)
                pendingDigits += 1
            } else if ASCII.isUpper(byte) {
                value = value &* 100 &+ UInt64(byte &- ASCII.upperA) &+ 10
                pendingDigits += 2
            } else {
                return false
            }
            if pendingDigits >= 14 {
                value %= 97
                pendingDigits = 0
            }
            return true
        }
    }

    private static func issue(_ reason: String) -> FormatProblem {
        FormatProblem(rule: StringFormat.ibanRule, message: "not a valid IBAN: \(reason)")
    }
}
