import Foundation

/// How a date-time field is written on the wire, chosen per field in the schema.
public enum DateCoding: Sendable, Hashable {
    /// "2019-08-24T14:15:22Z". Decoding accepts fractional seconds and any offset (`Z`, `+02:00`,
    /// `+0200`, `+02`), a space instead of `T`, and reads a value without an offset as UTC.
    /// Encoding writes UTC with `Z`, with milliseconds only when the date has a fraction.
    case iso8601
    /// Seconds since 1970 as a JSON number. Decoding also accepts a fraction (and, because
    /// providers are sloppy, the number inside a string); encoding writes an integer when whole.
    case unixSeconds
    /// A fixed `DateFormatter` pattern such as "yyyy-MM-dd HH:mm:ss", read and written in the
    /// zone with the given identifier (e.g. "UTC", "Asia/Kolkata") using the POSIX locale.
    case pattern(String, timeZone: String)

    /// The wire text for `date`, for the string codings; nil for ``unixSeconds`` or a date the
    /// coding cannot represent.
    public func string(from date: Date) -> String? {
        switch self {
        case .iso8601:
            ISO8601Text.format(date)
        case .unixSeconds:
            nil
        case .pattern(let pattern, let timeZone):
            try? DatePatternFormatters.shared.string(from: date, pattern: pattern, timeZone: timeZone)
        }
    }

    /// Parses wire text; for ``unixSeconds`` the text is the decimal number of seconds.
    public func date(from text: String) -> Date? {
        switch self {
        case .iso8601:
            ISO8601Text.parse(text)
        case .unixSeconds:
            Double(text.trimmingCharacters(in: .whitespaces)).flatMap {
                $0.isFinite ? Date(timeIntervalSince1970: $0) : nil
            }
        case .pattern(let pattern, let timeZone):
            try? DatePatternFormatters.shared.date(from: text, pattern: pattern, timeZone: timeZone)
        }
    }

    /// What a decoding error says was expected: "a Unix timestamp in seconds".
    public var expectation: String {
        switch self {
        case .iso8601: "an ISO 8601 date-time such as 2019-08-24T14:15:22Z"
        case .unixSeconds: "a Unix timestamp in seconds"
        case .pattern(let pattern, let timeZone): "a date-time in the form \(pattern) (\(timeZone))"
        }
    }
}

/// ISO 8601 / RFC 3339 date-times, parsed and printed by hand: `ISO8601DateFormatter` handles
/// either fractional seconds or none per instance, and is neither cheap nor `Sendable`.
enum ISO8601Text {
    static func parse(_ text: String) -> Date? {
        var scanner = ASCIIScanner(text)
        guard let year = scanner.digits(4), scanner.expect("-"),
            let month = scanner.digits(2), scanner.expect("-"),
            let day = scanner.digits(2),
            CivilCalendar.isValid(year: year, month: month, day: day),
            scanner.expect(oneOf: ["T", "t", " "]),
            let hour = scanner.digits(2), hour < 24, scanner.expect(":"),
            let minute = scanner.digits(2), minute < 60
        else { return nil }
        var second = 0
        var fraction = 0.0
        if scanner.expect(":") {
            // 60 admits a leap second, which lands on the next minute's first second.
            guard let whole = scanner.digits(2), whole <= 60 else { return nil }
            second = whole
            if scanner.expect(oneOf: [".", ","]) {
                guard let digits = scanner.fraction() else { return nil }
                fraction = digits
            }
        }
        var offsetSeconds = 0
        if scanner.expect(oneOf: ["Z", "z"]) {
            offsetSeconds = 0
        } else if let sign = scanner.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            _ = scanner.expect(oneOf: ["+", "-"])
            guard let hours = scanner.digits(2), hours < 24 else { return nil }
            var minutes = 0
            if scanner.expect(":") {
                guard let value = scanner.digits(2) else { return nil }
                minutes = value
            } else if !scanner.isAtEnd {
                guard let value = scanner.digits(2) else { return nil }
                minutes = value
            }
            guard minutes < 60 else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard scanner.isAtEnd else { return nil }
        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// UTC with "Z"; milliseconds only when the date has a fraction at millisecond precision.
    static func format(_ date: Date) -> String? {
        let interval = date.timeIntervalSince1970
        // Years 1...9999 only: the four-digit form cannot carry others.
        guard interval.isFinite, interval >= -62_135_596_800, interval < 253_402_300_800 else { return nil }
        // Rounding to whole milliseconds first absorbs the binary error of a Date's Double, so a
        // parsed ".123" prints as ".123" rather than ".122".
        let totalMilliseconds = Int((interval * 1000).rounded())
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let totalSeconds = (totalMilliseconds - milliseconds) / 1000
        let secondOfDay = ((totalSeconds % 86_400) + 86_400) % 86_400
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: (totalSeconds - secondOfDay) / 86_400)
        var text =
            CivilCalendar.padded(civil.year, 4) + "-" + CivilCalendar.padded(civil.month, 2)
            + "-" + CivilCalendar.padded(civil.day, 2)
            + "T" + CivilCalendar.padded(secondOfDay / 3600, 2)
            + ":" + CivilCalendar.padded(secondOfDay / 60 % 60, 2)
            + ":" + CivilCalendar.padded(secondOfDay % 60, 2)
        if milliseconds != 0 {
            text += "." + CivilCalendar.padded(milliseconds, 3)
        }
        return text + "Z"
    }
}
