/// Argentina: CUIT and CUIL (CountryFormats.md §2.1). The DNI has no check digit and is a
/// ``DocumentShape``.
enum ArgentineDocuments {
    /// 11 digits: type prefix, 8-digit number, mod-11 check digit. CUIL takes person prefixes only.
    static func cuit(_ text: CleanedText, personsOnly: Bool) -> DocumentOutcome {
        if let reason = DocumentLayout.digits(text, 11, layout: "TT-NNNNNNNN-D") {
            return .invalid(reason)
        }
        let prefix = DigitPairSet.value(text, at: 0)
        let isPerson = DocumentTables.cuitPersonPrefixes.contains(prefix)
        if personsOnly, !isPerson {
            return .invalid(
                "type prefix \(DigitPairSet.twoDigits(prefix)) is not a person's; a CUIL starts with one of \(DocumentTables.cuitPersonPrefixes.listed)"
            )
        }
        if !isPerson, !DocumentTables.cuitCompanyPrefixes.contains(prefix),
            !DocumentTables.cuitOtherPrefixes.contains(prefix)
        {
            return .invalid(
                "unknown type prefix \(DigitPairSet.twoDigits(prefix)); persons use \(DocumentTables.cuitPersonPrefixes.listed), entities \(DocumentTables.cuitCompanyPrefixes.listed), special cases \(DocumentTables.cuitOtherPrefixes.listed)"
            )
        }
        let remainder = Modulo11.remainder(text, body: 0..<10)
        // Remainder 1 would need a check "digit" of 10: AFIP never issues such a number and
        // changes the prefix to 23/24/33/34 instead, so it cannot be a real CUIT.
        if remainder == 1 {
            return .wrongCheckDigit("its check digit would be 10, which AFIP never issues")
        }
        let expected = remainder == 0 ? 0 : 11 - remainder
        if ASCII.digitValue(text[10]) != expected {
            return .wrongCheckDigit("check digit should be \(expected)")
        }
        return .valid
    }
}
