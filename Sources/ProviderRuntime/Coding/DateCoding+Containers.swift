import Foundation

extension KeyedDecodingContainer {
    /// Decodes a date-time written as `coding` says.
    public func decodeDate(forKey key: Key, coding: DateCoding) throws -> Date {
        switch coding {
        case .unixSeconds:
            // A timestamp in a string is a provider's mistake worth tolerating; any other
            // shape keeps the decoder's own type-mismatch error.
            if let seconds = try? decode(Double.self, forKey: key) {
                return Date(timeIntervalSince1970: seconds)
            }
            if let text = try? decode(String.self, forKey: key), let date = coding.date(from: text) {
                return date
            }
            _ = try decode(Double.self, forKey: key)
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: self,
                debugDescription: "expected \(coding.expectation)"
            )
        case .iso8601, .pattern:
            let text = try decode(String.self, forKey: key)
            if case .pattern(_, let timeZone) = coding, TimeZone(identifier: timeZone) == nil {
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: self,
                    debugDescription: "unknown time zone \(timeZone)"
                )
            }
            guard let date = coding.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: self,
                    debugDescription: "expected \(coding.expectation), found \"\(text)\""
                )
            }
            return date
        }
    }

    /// Absent or null → nil.
    public func decodeDateIfPresent(forKey key: Key, coding: DateCoding) throws -> Date? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeDate(forKey: key, coding: coding)
    }
}

extension KeyedEncodingContainer {
    /// Encodes a date-time the way `coding` says.
    public mutating func encodeDate(_ date: Date, forKey key: Key, coding: DateCoding) throws {
        switch coding {
        case .unixSeconds:
            let seconds = date.timeIntervalSince1970
            guard seconds.isFinite else {
                throw EncodingError.invalidValue(
                    date,
                    EncodingError.Context(
                        codingPath: codingPath + [key],
                        debugDescription: "the date has no Unix timestamp"
                    )
                )
            }
            // An integer when whole, so 1545320320 is not written as 1545320320.0.
            if seconds.rounded() == seconds, abs(seconds) < 9e15 {
                try encode(Int64(seconds), forKey: key)
            } else {
                try encode(seconds, forKey: key)
            }
        case .iso8601, .pattern:
            guard let text = coding.string(from: date) else {
                throw EncodingError.invalidValue(
                    date,
                    EncodingError.Context(
                        codingPath: codingPath + [key],
                        debugDescription: "cannot write the date as \(coding.expectation)"
                    )
                )
            }
            try encode(text, forKey: key)
        }
    }

    /// nil → omitted.
    public mutating func encodeDateIfPresent(_ date: Date?, forKey key: Key, coding: DateCoding) throws {
        guard let date else { return }
        try encodeDate(date, forKey: key, coding: coding)
    }
}
