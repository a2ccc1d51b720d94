/// The `YYMMDD` date inside Mexican RFCs and CURPs (CountryFormats.md §2.5): it must be a real
/// calendar date in 19YY or in 20YY, since the two-digit year does not say which century.
enum BirthDate {
    /// Whether the six ASCII digits at `offset` form such a date. The caller has checked they are digits.
    static func isValidYYMMDD(_ text: CleanedText, at offset: Int) -> Bool {
        let year = number(text, offset)
        let month = number(text, offset + 2)
        let day = number(text, offset + 4)
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, twoDigitYear: year)
    }

    /// Days in the month, taking 29 for February when either century makes the year a leap year:
    /// 20YY is a leap year exactly when YY is a multiple of 4 (2000 included), and 19YY never
    /// adds one that 20YY lacks (1900 is not a leap year).
    private static func daysIn(month: Int, twoDigitYear: Int) -> Int {
        switch month {
        case 2: return twoDigitYear % 4 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ text: CleanedText, _ offset: Int) -> Int {
        ASCII.digitValue(text[offset]) * 10 + ASCII.digitValue(text[offset + 1])
    }
}
