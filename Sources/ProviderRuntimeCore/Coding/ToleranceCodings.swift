import Foundation

/// Leniencies a schema declares for what a provider is known to send (`tolerate:`). Each reads
/// through the `Decoder` protocol only, so any JSON reader underneath works; writing is strict.

/// A value whose wire form is its `Codable` form, for composing with codings that need an
/// element: `.emptyArrayAsMap(of: .plain(String.self))`.
@_spi(Generated) public struct PlainCoding<Value: Codable>: WireCoding {
    public init() {}

    public func wire(for value: Value, at codingPath: [any CodingKey]) -> Value { value }
    public func value(from wire: Value, at codingPath: [any CodingKey]) -> Value { wire }
}

/// A map that may arrive as `[]`: PHP backends (Razorpay's) encode an empty associative array
/// as an empty JSON array. A non-empty array is still an error; the map is written as `{}`.
@_spi(Generated) public struct EmptyArrayAsMapCoding<Element: WireCoding>: WireCoding {
    public typealias Value = [String: Element.Value]
    public typealias Wire = EmptyArrayOr<WireMap<Element.Wire>>

    public let map: MapCoding<Element>

    public init(of element: Element) {
        map = MapCoding(of: element)
    }

    public func wire(for values: Value, at codingPath: [any CodingKey]) throws -> Wire {
        .value(try map.wire(for: values, at: codingPath))
    }

    public func value(from wire: Wire, at codingPath: [any CodingKey]) throws -> Value {
        switch wire {
        case .emptyArray: return [:]
        case .value(let entries): return try map.value(from: entries, at: codingPath)
        }
    }
}

/// `[]`, or a value in its own wire form.
@_spi(Generated) public enum EmptyArrayOr<Wrapped: Codable>: Codable {
    case emptyArray
    case value(Wrapped)

    public init(from decoder: any Decoder) throws {
        if let array = try? decoder.unkeyedContainer() {
            guard array.isAtEnd else {
                // Only the empty array stands for an empty map; report the array as the wrong kind.
                throw DecodingError.typeMismatch(
                    [String: Any].self,
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription: "expected an object or an empty array"
                    )
                )
            }
            self = .emptyArray
        } else {
            self = .value(try Wrapped(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .emptyArray: _ = encoder.unkeyedContainer()
        case .value(let wrapped): try wrapped.encode(to: encoder)
        }
    }
}

/// A string field that may arrive as a JSON number (`"contact": 9000090000`): the number's
/// decimal text is kept (`1.50` reads as `"1.5"`). Booleans, objects and arrays are still errors.
@_spi(Generated) public struct NumberAsStringCoding: WireCoding {
    public init() {}

    public func wire(for value: String, at codingPath: [any CodingKey]) -> StringOrNumber { .string(value) }

    public func value(from wire: StringOrNumber, at codingPath: [any CodingKey]) -> String {
        switch wire {
        case .string(let text): return text
        case .number(let number): return number.description
        }
    }
}

/// A string, or a number read leniently in its place.
@_spi(Generated) public enum StringOrNumber: Codable, Sendable {
    case string(String)
    case number(Decimal)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if (try? container.decode(Bool.self)) == nil, let number = try? container.decode(Decimal.self) {
            // Bool is ruled out first: a decoder bridging through NSNumber could read true as 1.
            self = .number(number)
        } else {
            // Decoding as String again yields the decoder's own "expected a string" error.
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        }
    }
}

@_spi(Generated) extension WireCoding {
    /// A value read and written in its `Codable` form.
    public static func plain<Value>(_ type: Value.Type) -> Self where Self == PlainCoding<Value> {
        PlainCoding()
    }

    /// A map that may arrive as `[]`, each value in `element`'s wire form.
    public static func emptyArrayAsMap<Element>(of element: Element) -> Self
    where Self == EmptyArrayAsMapCoding<Element> {
        EmptyArrayAsMapCoding(of: element)
    }
}

@_spi(Generated) extension WireCoding where Self == NumberAsStringCoding {
    /// A string that may arrive as a number.
    public static var numberAsString: NumberAsStringCoding { NumberAsStringCoding() }
}

@_spi(Generated) extension KeyedDecodingContainer {
    /// The first of `key` and its alternate spellings the body holds; `key` when it holds none,
    /// so a missing field is reported under its documented name.
    public func firstPresentKey(_ key: Key, _ alternates: Key...) -> Key {
        if contains(key) { return key }
        return alternates.first(where: contains) ?? key
    }
}
