import Foundation

/// One `DateFormatter` per (pattern, zone), created on first use.
///
/// Formatters are costly to create and not `Sendable`, so they are cached and every use happens
/// under `lock` (their thread-safety differs between Darwin and swift-corelibs-foundation).
final class DatePatternFormatters: @unchecked Sendable {
    static let shared = DatePatternFormatters()

    enum Failure: Error {
        case unknownTimeZone(String)
    }

    private struct Key: Hashable {
        var pattern: String
        var timeZone: String
    }

    private let lock = NSLock()
    private var formatters: [Key: DateFormatter] = [:]

    func date(from text: String, pattern: String, timeZone: String) throws(Failure) -> Date? {
        // With `isLenient` off the whole text must match: no trailing junk, no hour 25.
        try withFormatter(pattern: pattern, timeZone: timeZone) { $0.date(from: text) }
    }

    func string(from date: Date, pattern: String, timeZone: String) throws(Failure) -> String {
        try withFormatter(pattern: pattern, timeZone: timeZone) { $0.string(from: date) }
    }

    private func withFormatter<Result>(
        pattern: String,
        timeZone: String,
        _ body: (DateFormatter) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        let key = Key(pattern: pattern, timeZone: timeZone)
        if let formatter = formatters[key] {
            return body(formatter)
        }
        guard let zone = TimeZone(identifier: timeZone) else {
            throw .unknownTimeZone(timeZone)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = pattern
        formatter.isLenient = false
        formatters[key] = formatter
        return body(formatter)
    }
}
