/// Chile: RUT, which for persons is the same number as the RUN (CountryFormats.md §2.2).
enum ChileanDocuments {
    /// A 7–8 digit body and a check character 0–9 or K: mod 11, weights 2..7 from the right.
    static func rut(_ text: CleanedText) -> DocumentOutcome {
        let last = text.count - 1
        guard (8...9).contains(text.count), text.all(0..<last, ASCII.isDigit),
            ASCII.isDigit(text[last]) || text[last] == ASCII.upperK
        else {
            return .invalid(
                "must be a 7–8 digit body and a check character 0–9 or K, XX.XXX.XXX-X (got \(DocumentLayout.describe(text, allowed: ASCII.isUpperAlphanumeric)))"
            )
        }
        let value = 11 - Modulo11.remainder(text, body: 0..<last)
        let expected: UInt8 = value == 11 ? ASCII.zero : value == 10 ? ASCII.upperK : ASCII.digit(value)
        if text[last] != expected {
            return .wrongCheckDigit("check character should be \(Character(UnicodeScalar(expected)))")
        }
        return .valid
    }
}
