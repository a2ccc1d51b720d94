/// Booleans carried as the integers 0 and 1. Reading also accepts true and false, because
/// providers are sloppy; anything else is an error saying "expected 0 or 1".
@_spi(Generated) public struct ZeroOrOneCoding: WireCoding {
    public init() {}

    public func wire(for flag: Bool, at codingPath: [any CodingKey]) -> ZeroOrOneWire {
        .integer(flag ? 1 : 0)
    }

    public func value(from wire: ZeroOrOneWire, at codingPath: [any CodingKey]) throws -> Bool {
        switch wire {
        case .integer(0): return false
        case .integer(1): return true
        case .flag(let flag): return flag
        case .integer: throw DecodingError.refused(at: codingPath, Self.expectation)
        }
    }

    static let expectation = "expected 0 or 1"
}

@_spi(Generated) extension WireCoding where Self == ZeroOrOneCoding {
    /// A boolean written as 1 or 0.
    public static var zeroOrOne: ZeroOrOneCoding { ZeroOrOneCoding() }
}

/// A boolean as the wire carries it: an integer, or (leniently read) true or false.
@_spi(Generated) public enum ZeroOrOneWire: Codable, Sendable {
    case integer(Int)
    case flag(Bool)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: ZeroOrOneCoding.expectation)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let integer): try container.encode(integer)
        case .flag(let flag): try container.encode(flag)
        }
    }
}
