import Foundation
import HTTPTypes

extension RawResponse {
    /// A header's value; repeated fields are combined with ", " (RFC 9110 §5.3). Nil when absent
    /// or when `name` is not a header name.
    @_spi(Generated) public func headerText(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name), headers.contains(fieldName) else { return nil }
        return headers[values: fieldName].joined(separator: ", ")
    }

    /// A header holding a whole number (`X-RateLimit-Remaining: 59`); nil when absent or not one.
    @_spi(Generated) public func headerInteger(_ name: String) -> Int? {
        headerText(name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// A header holding `true` or `false` (any case); nil when absent or anything else.
    @_spi(Generated) public func headerBoolean(_ name: String) -> Bool? {
        switch headerText(name)?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// A `Retry-After`-style header: delay seconds or an HTTP date; nil when absent or neither.
    @_spi(Generated) public func headerRetryAfter(_ name: String) -> RetryAfter? {
        headerText(name).flatMap(RetryAfter.init(headerValue:))
    }
}

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
