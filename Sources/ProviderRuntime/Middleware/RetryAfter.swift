import Foundation

/// When to try again (RFC 9110 §10.2.3): a delay in seconds or a point in time.
public enum RetryAfter: Hashable, Sendable {
    case seconds(Int)
    case date(Date)

    /// Reads `120` or `Fri, 31 Dec 1999 23:59:59 GMT`; nil for anything else.
    public init?(headerValue: String) {
        let text = headerValue.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            guard let seconds = Int(text) else { return nil }
            self = .seconds(seconds)
            return
        }
        // IMF-fixdate, the only form senders may generate; the obsolete forms are not read.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        guard let date = formatter.date(from: text) else { return nil }
        self = .date(date)
    }

    /// How long to wait from `now`; never negative.
    public func delay(from now: Date) -> TimeInterval {
        switch self {
        case .seconds(let seconds): return TimeInterval(seconds)
        case .date(let date): return max(0, date.timeIntervalSince(now))
        }
    }
}
