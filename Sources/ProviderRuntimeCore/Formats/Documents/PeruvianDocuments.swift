/// Peru: RUC and the DNI's card check character (CountryFormats.md §2.6).
enum PeruvianDocuments {
    /// The DNI card prints either the digit or the letter for the remainder r: the digits are
    /// "65432110987"[r], the letters "KJIHGFEDCBA"[r], i.e. K minus r.
    private static let dniDigits: StaticString = "65432110987"

    /// 11 digits: type prefix 10/15/17/20, 8 digits, mod-11 check digit.
    static func ruc(_ text: CleanedText) -> DocumentOutcome {
        if let reason = DocumentLayout.digits(text, 11, layout: "TT-NNNNNNNN-D") {
            return .invalid(reason)
        }
        let prefix = DigitPairSet.value(text, at: 0)
        guard DocumentTables.rucPrefixes.contains(prefix) else {
            return .invalid(
                "unknown type prefix \(DigitPairSet.twoDigits(prefix)); a RUC starts with \(DocumentTables.rucPrefixes.listed)"
            )
        }
        // 11 - r, where 10 gives 0 and 11 gives 1.
        let expected = (11 - Modulo11.remainder(text, body: 0..<10)) % 10
        if ASCII.digitValue(text[10]) != expected {
            return .wrongCheckDigit("check digit should be \(expected)")
        }
        return .valid
    }

    /// 8 digits, optionally followed by the card's check character (a digit or a letter A–K);
    /// the normalised value is the 8 digits.
    static func dni(_ text: CleanedText) -> DocumentOutcome {
        guard (8...9).contains(text.count), text.all(0..<8, ASCII.isDigit) else {
            return .invalid(
                "must be 8 digits, optionally followed by the card's check character (got \(DocumentLayout.describe(text, allowed: ASCII.isDigit)))"
            )
        }
        guard text.count == 9 else { return .valid }
        guard ASCII.isDigit(text[8]) || (text[8] >= ASCII.upperA && text[8] <= ASCII.upperK) else {
            return .invalid(
                "the card check character must be a digit or a letter A–K (got \"\(Character(UnicodeScalar(text[8])))\")"
            )
        }
        let remainder = Modulo11.remainder(text, body: 0..<8)
        let digit = dniDigits.withUTF8Buffer { $0[remainder] }
        let letter = ASCII.upperK - UInt8(remainder)
        if text[8] != digit && text[8] != letter {
            let options = "\(Character(UnicodeScalar(digit))) or \(Character(UnicodeScalar(letter)))"
            return DocumentOutcome.wrongCheckDigit("card check character should be \(options)").spelled(.prefix(8))
        }
        return DocumentOutcome.valid.spelled(.prefix(8))
    }
}
