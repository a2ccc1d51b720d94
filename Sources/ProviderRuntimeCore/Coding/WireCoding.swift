/// How values whose wire form is not their Swift type's `Codable` form are written and read:
/// a date-time in its field's `dateFormat`, a boolean as 0 or 1, and arrays and maps of those.
///
/// A coding turns a value into a `Wire` value the container can encode as it is, and back.
/// Codings compose, so generated code describes a field's wire form wherever the special value
/// sits: `.date(.unixSeconds)`, `.array(of: .zeroOrOne)`, `.map(of: .date(.iso8601))`.
@_spi(Generated) public protocol WireCoding: Sendable {
    associatedtype Value
    associatedtype Wire: Codable

    /// The wire form of `value`; throws an `EncodingError` at `codingPath` when it has none
    /// (a date the coding cannot write).
    func wire(for value: Value, at codingPath: [any CodingKey]) throws -> Wire

    /// The value `wire` stands for; throws a `DecodingError` at `codingPath` naming what was
    /// expected when `wire` is not one.
    func value(from wire: Wire, at codingPath: [any CodingKey]) throws -> Value
}

@_spi(Generated) extension KeyedDecodingContainer {
    public func decode<Coding: WireCoding>(forKey key: Key, coding: Coding) throws -> Coding.Value {
        try coding.value(from: decode(Coding.Wire.self, forKey: key), at: codingPath + [key])
    }

    /// Absent or null → nil.
    public func decodeIfPresent<Coding: WireCoding>(forKey key: Key, coding: Coding) throws -> Coding.Value? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decode(forKey: key, coding: coding)
    }

    /// Absent → nil; null → `.null`.
    public func decodeNullableIfPresent<Coding: WireCoding>(
        forKey key: Key,
        coding: Coding
    ) throws -> Nullable<Coding.Value>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) {
            return .null
        }
        return .value(try decode(forKey: key, coding: coding))
    }
}

@_spi(Generated) extension KeyedEncodingContainer {
    public mutating func encode<Coding: WireCoding>(_ value: Coding.Value, forKey key: Key, coding: Coding) throws {
        try encode(coding.wire(for: value, at: codingPath + [key]), forKey: key)
    }

    /// nil → omitted.
    public mutating func encodeIfPresent<Coding: WireCoding>(
        _ value: Coding.Value?,
        forKey key: Key,
        coding: Coding
    ) throws {
        guard let value else { return }
        try encode(value, forKey: key, coding: coding)
    }

    /// nil → null.
    public mutating func encodeOrNull<Coding: WireCoding>(
        _ value: Coding.Value?,
        forKey key: Key,
        coding: Coding
    ) throws {
        guard let value else { return try encodeNil(forKey: key) }
        try encode(value, forKey: key, coding: coding)
    }

    /// nil → omitted; `.null` → null.
    public mutating func encodeNullableIfPresent<Coding: WireCoding>(
        _ value: Nullable<Coding.Value>?,
        forKey key: Key,
        coding: Coding
    ) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key, coding: coding)
        }
    }
}

@_spi(Generated) extension DecodingError {
    /// A value of the right JSON kind that the field's coding does not accept.
    static func refused(at codingPath: [any CodingKey], _ description: String) -> DecodingError {
        .dataCorrupted(Context(codingPath: codingPath, debugDescription: description))
    }
}
