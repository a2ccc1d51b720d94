/// United States: SSN, ITIN and EIN have no check digit; the rules are structural
/// (CountryFormats.md §2.7).
enum USDocuments {
    /// 9 digits AAA-GG-SSSS: area not 000, 666 or 900–999, group not 00, serial not 0000, and
    /// not one of the publicly misused numbers.
    static func ssn(_ text: CleanedText) -> DocumentOutcome {
        if let reason = DocumentLayout.digits(text, 9, layout: "AAA-GG-SSSS") {
            return .invalid(reason)
        }
        let area = number(text, 0..<3)
        if DocumentTables.ssnUnissuedAreas.contains(area) || area >= 900 {
            return .invalid(
                "area \(CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[0..<3]))) is never issued (000, 666 and 900–999)"
            )
        }
        if number(text, 3..<5) == 0 || number(text, 5..<9) == 0 {
            return .invalid("group 00 and serial 0000 are never issued")
        }
        for misused in DocumentTables.ssnMisused where text.equals(misused) {
            return .invalid("this is a publicly known misused number")
        }
        return .valid
    }

    /// 9 digits starting with 9, digits 4–5 in the IRS ranges.
    static func itin(_ text: CleanedText) -> DocumentOutcome {
        if let reason = DocumentLayout.digits(text, 9, layout: "9XX-XX-XXXX") {
            return .invalid(reason)
        }
        if text[0] != 0x39 {
            return .invalid("an ITIN starts with 9")
        }
        let group = number(text, 3..<5)
        guard DocumentTables.itinGroups.contains(group) else {
            return .invalid(
                "digits 4–5 are \(DigitPairSet.twoDigits(group)); ITINs use \(DocumentTables.itinGroups.listed)"
            )
        }
        return .valid
    }

    /// 9 digits XX-XXXXXXX whose first two are an IRS campus prefix.
    static func ein(_ text: CleanedText) -> DocumentOutcome {
        if let reason = DocumentLayout.digits(text, 9, layout: "XX-XXXXXXX") {
            return .invalid(reason)
        }
        let prefix = number(text, 0..<2)
        guard DocumentTables.einPrefixes.contains(prefix) else {
            return .invalid("prefix \(DigitPairSet.twoDigits(prefix)) is not an IRS campus prefix")
        }
        return .valid
    }

    private static func number(_ text: CleanedText, _ range: Range<Int>) -> Int {
        var value = 0
        for index in range {
            value = value * 10 + ASCII.digitValue(text[index])
        }
        return value
    }
}
