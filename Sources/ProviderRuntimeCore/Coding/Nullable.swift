/// A field that can be sent or received as an explicit JSON `null`, as distinct from absent.
///
/// An optional field that may also be null is `Nullable<T>?`: `nil` omits it, `.null` writes
/// `null`, and `.value(x)` writes `x` (see `KeyedEncodingContainer.encodeNullableIfPresent(_:forKey:)`).
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// `nil` becomes ``null``.
    public init(_ optional: Wrapped?) {
        self = optional.map(Nullable.value) ?? .null
    }

    /// The value, or nil for ``null``.
    public var wrapped: Wrapped? {
        switch self {
        case .null: nil
        case .value(let value): value
        }
    }

    public var isNull: Bool {
        wrapped == nil
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value): try container.encode(value)
        }
    }
}

@_spi(Generated) extension KeyedDecodingContainer {
    /// absent → nil; explicit null → .null
    public func decodeNullableIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) {
            return .null
        }
        return .value(try decode(T.self, forKey: key))
    }
}

@_spi(Generated) extension KeyedEncodingContainer {
    /// nil → omitted, .null → null
    public mutating func encodeNullableIfPresent<T: Encodable>(_ value: Nullable<T>?, forKey key: Key) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }

    /// A required-but-nullable field: nil is written as an explicit null, not omitted.
    public mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}
