/// Proleptic Gregorian arithmetic on plain integers.
///
/// Dates on the wire are parsed and printed by hand rather than with `DateFormatter`, which is
/// slow to create, not `Sendable`, and parses leniently on some platforms.
enum CivilCalendar {
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int? {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: nil
        }
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard let days = daysInMonth(month, year: year) else { return false }
        return (1...days).contains(day)
    }

    /// Days from 1970-01-01 (H. Hinnant's `days_from_civil`); exact for every year an `Int` holds here.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``daysSinceEpoch(year:month:day:)`` (`civil_from_days`).
    static func civil(fromDaysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Zero-padded decimal digits, e.g. `padded(7, 2)` is "07".
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A forward-only reader over ASCII bytes, used by the date parsers.
struct ASCIIScanner {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { offset == bytes.count }

    var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Exactly `count` decimal digits as a number.
    mutating func digits(_ count: Int) -> Int? {
        guard count > 0, offset + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[offset..<offset + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        offset += count
        return value
    }

    /// One or more decimal digits as the fraction they denote after a decimal point.
    mutating func fraction() -> Double? {
        var numerator = 0.0
        var denominator = 1.0
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            // Digits beyond nanoseconds cannot change a Double timestamp; reading them keeps
            // long fractions valid without overflowing the denominator.
            if denominator < 1e9 {
                numerator = numerator * 10 + Double(byte - UInt8(ascii: "0"))
                denominator *= 10
            }
            offset += 1
        }
        return denominator > 1 ? numerator / denominator : nil
    }

    mutating func expect(_ character: Unicode.Scalar) -> Bool {
        expect(oneOf: [character])
    }

    mutating func expect(oneOf characters: [Unicode.Scalar]) -> Bool {
        guard let byte = peek, characters.contains(Unicode.Scalar(byte)) else { return false }
        offset += 1
        return true
    }
}
