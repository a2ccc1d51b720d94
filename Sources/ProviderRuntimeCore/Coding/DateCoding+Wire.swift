import Foundation

@_spi(Generated) extension DateCoding: WireCoding {
    public func wire(for date: Date, at codingPath: [any CodingKey]) throws -> DateWire {
        switch self {
        case .unixSeconds:
            let seconds = date.timeIntervalSince1970
            guard seconds.isFinite else {
                throw EncodingError.invalidValue(
                    date,
                    EncodingError.Context(codingPath: codingPath, debugDescription: "the date has no Unix timestamp")
                )
            }
            return .number(seconds)
        case .iso8601, .pattern:
            guard let text = string(from: date) else {
                throw EncodingError.invalidValue(
                    date,
                    EncodingError.Context(
                        codingPath: codingPath,
                        debugDescription: "cannot write the date as \(expectation)"
                    )
                )
            }
            return .text(text)
        }
    }

    public func value(from wire: DateWire, at codingPath: [any CodingKey]) throws -> Date {
        switch (self, wire) {
        case (.unixSeconds, .number(let seconds)):
            return Date(timeIntervalSince1970: seconds)
        case (_, .text(let text)):
            // A timestamp in a string is a provider's mistake worth tolerating for unixSeconds.
            guard let date = try parsed(text, at: codingPath) else {
                throw DecodingError.refused(at: codingPath, "expected \(expectation), found \"\(text)\"")
            }
            return date
        case (_, .number(let number)):
            throw DecodingError.refused(
                at: codingPath,
                "expected \(expectation), found the number \(PlainNumber.text(number) ?? "\(number)")"
            )
        }
    }
}

@_spi(Generated) extension DateCoding {
    /// `text` read with this coding; nil when it does not fit. A pattern's unknown time zone is an
    /// error of its own, found by the formatter cache, which looks a zone up only once.
    fileprivate func parsed(_ text: String, at codingPath: [any CodingKey]) throws -> Date? {
        guard case .pattern(let pattern, let timeZone) = self else { return date(from: text) }
        do {
            return try DatePatternFormatters.shared.date(from: text, pattern: pattern, timeZone: timeZone)
        } catch {
            throw DecodingError.refused(at: codingPath, "unknown time zone \(timeZone)")
        }
    }
}

@_spi(Generated) extension WireCoding where Self == DateCoding {
    /// A date-time written as `coding` says: `.date(.unixSeconds)`.
    public static func date(_ coding: DateCoding) -> DateCoding {
        coding
    }
}

/// A date-time as the wire carries it: a number of seconds or text.
@_spi(Generated) public enum DateWire: Codable, Sendable {
    case number(Double)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let seconds):
            // An integer when whole, so 1545320320 is not written as 1545320320.0.
            if seconds.rounded() == seconds, abs(seconds) < 9e15 {
                try container.encode(Int64(seconds))
            } else {
                try container.encode(seconds)
            }
        case .text(let text):
            try container.encode(text)
        }
    }
}
