import Foundation

/// A calendar day without time or zone, wire form "yyyy-MM-dd" (e.g. "2019-08-24").
public struct CalendarDate: Codable, Hashable, Sendable, Comparable, LosslessStringConvertible {
    /// 1...9999.
    public let year: Int
    /// 1...12.
    public let month: Int
    /// 1...31, valid for the month and year.
    public let day: Int

    /// nil for impossible dates (Feb 30, month 13) and years outside 1...9999, which the wire form cannot carry.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "yyyy-MM-dd"; nil for any other form or an impossible date.
    public init?(_ description: String) {
        var scanner = ASCIIScanner(description)
        guard let year = scanner.digits(4), scanner.expect("-"),
            let month = scanner.digits(2), scanner.expect("-"),
            let day = scanner.digits(2), scanner.isAtEnd
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day on which `date` falls in `timeZone`.
    public init?(_ date: Date, in timeZone: TimeZone) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        guard seconds.isFinite, abs(seconds) < 1e15 else { return nil }
        let days = Int((seconds / 86_400).rounded(.down))
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: days)
        self.init(year: civil.year, month: civil.month, day: civil.day)
    }

    /// Midnight at the start of this day in `timeZone`.
    public func startDate(in timeZone: TimeZone) -> Date {
        let utcMidnight = Double(CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)) * 86_400
        let guess = Date(timeIntervalSince1970: utcMidnight)
        // The offset at UTC midnight is right except within hours of a transition; one
        // correction with the offset at the guessed instant settles it.
        let firstOffset = Double(timeZone.secondsFromGMT(for: guess))
        let corrected = Date(timeIntervalSince1970: utcMidnight - firstOffset)
        return Date(timeIntervalSince1970: utcMidnight - Double(timeZone.secondsFromGMT(for: corrected)))
    }

    /// "yyyy-MM-dd".
    public var description: String {
        CivilCalendar.padded(year, 4) + "-" + CivilCalendar.padded(month, 2) + "-" + CivilCalendar.padded(day, 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a date in the form yyyy-MM-dd, found \"\(text)\""
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
