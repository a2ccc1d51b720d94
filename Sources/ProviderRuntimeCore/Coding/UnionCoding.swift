import Foundation

// What generated unions (a schema's `oneOf` types) decode with: the kind of the value at hand,
// learnt without decoding it, and the discriminator field of an object.

@_spi(Generated) extension JSONKind {
    /// The kind of the value `decoder` is positioned at. The strict reader's tree knows it; other
    /// decoders are asked kind by kind, and `JSONDecoder` never reads `1` as `true` nor `"1"` as a
    /// number, so the answer is exact there too.
    public init(of decoder: any Decoder) throws {
        if let strict = decoder as? JSONNodeDecoder {
            self = strict.node.kind
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if (try? container.decode(Bool.self)) != nil {
            self = .boolean
        } else if (try? container.decode(String.self)) != nil {
            self = .string
        } else if (try? container.decode(Decimal.self)) != nil {
            self = .number
        } else if (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else if (try? decoder.container(keyedBy: AnyCodingKey.self)) != nil {
            self = .object
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a JSON value")
        }
    }

    /// The string value of `field` when `decoder` is at an object that has one; nil otherwise.
    public static func discriminator(_ field: String, of decoder: any Decoder) -> String? {
        guard let object = try? decoder.container(keyedBy: AnyCodingKey.self) else { return nil }
        return try? object.decodeIfPresent(String.self, forKey: AnyCodingKey(field))
    }
}

@_spi(Generated) extension DecodingError {
    /// A union met a value none of its shapes has: `expected a string or an object, found a number`.
    /// `dataCorrupted`, so that response errors show this sentence rather than a generic one.
    public static func noUnionShape(
        _ type: Any.Type,
        expected: String,
        found: String,
        at codingPath: [any CodingKey]
    ) -> DecodingError {
        .dataCorrupted(Context(codingPath: codingPath, debugDescription: "expected \(expected), found \(found)"))
    }
}

@_spi(Generated) extension SingleValueDecodingContainer {
    /// A union's shape whose wire form has its own coding (a date in its field's format).
    public func decode<Coding: WireCoding>(coding: Coding) throws -> Coding.Value {
        try coding.value(from: decode(Coding.Wire.self), at: codingPath)
    }
}

@_spi(Generated) extension SingleValueEncodingContainer {
    public mutating func encode<Coding: WireCoding>(_ value: Coding.Value, coding: Coding) throws {
        try encode(coding.wire(for: value, at: codingPath))
    }
}

extension JSONNode {
    package var kind: JSONKind {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}

extension JSONValue {
    /// The kind of value, as `JSONKind` names it.
    public var kind: JSONKind {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}
