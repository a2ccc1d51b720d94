/// Colombia: the NIT (CountryFormats.md §2.4). CC, CE, TI, passports, PEP and PPT have no check
/// digit and are ``DocumentShape``s.
enum ColombianDocuments {
    /// Body lengths accepted: up to 15 digits (DIAN's weight list has 15); 5 is the shortest old
    /// cédula body seen with a DV.
    private static let bodyLengths = 5...15

    /// DIAN's weight for the body digit `position` places from the right (Orden Administrativa
    /// 4/1989): 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71.
    private static func weight(_ position: Int) -> Int {
        switch position {
        case 0: return 3
        case 1: return 7
        case 2: return 13
        case 3: return 17
        case 4: return 19
        case 5: return 23
        case 6: return 29
        case 7: return 37
        case 8: return 41
        case 9: return 43
        case 10: return 47
        case 11: return 53
        case 12: return 59
        case 13: return 67
        default: return 71
        }
    }

    /// A body of up to 15 digits, with or without its check digit (DV). The DV is present when it
    /// is set apart by a hyphen ("900123456-8"), or when 10 digits start with 8 or 9 (a company's
    /// 9-digit body plus DV). Otherwise the value is a body alone, as in Koywe's own example
    /// `900123456`, and is accepted without a check; an unseparated DV on a person's NIT cannot
    /// be told from a longer body, which is why the hyphen is preferred.
    static func nit(_ text: CleanedText) -> DocumentOutcome {
        guard text.count > 0, text.all(0..<text.count, ASCII.isDigit) else {
            return .invalid(
                "must be digits: a body of up to 15 digits, optionally followed by -DV (got \(DocumentLayout.describe(text, allowed: ASCII.isDigit)))"
            )
        }
        let hasCheckDigit =
            text.separatorBeforeLast == ASCII.hyphen
            || (text.count == 10 && (text[0] == 0x38 || text[0] == 0x39))
        let bodyLength = hasCheckDigit ? text.count - 1 : text.count
        guard bodyLengths.contains(bodyLength) else {
            return .invalid(
                "the body must be \(bodyLengths.lowerBound)–\(bodyLengths.upperBound) digits (got \(bodyLength))"
            )
        }
        guard hasCheckDigit else { return .valid }
        var sum = 0
        for position in 0..<bodyLength {
            sum += ASCII.digitValue(text[bodyLength - 1 - position]) * weight(position)
        }
        let remainder = sum % 11
        let expected = remainder < 2 ? remainder : 11 - remainder
        if ASCII.digitValue(text[bodyLength]) != expected {
            return DocumentOutcome.wrongCheckDigit("check digit (DV) should be \(expected)").spelled(.hyphenBeforeLast)
        }
        return DocumentOutcome.valid.spelled(.hyphenBeforeLast)
    }
}
