/// Array items in their element coding's wire form; a problem names the item's index.
@_spi(Generated) public struct ArrayCoding<Element: WireCoding>: WireCoding {
    public let element: Element

    public init(of element: Element) {
        self.element = element
    }

    public func wire(for values: [Element.Value], at codingPath: [any CodingKey]) throws -> [Element.Wire] {
        try values.enumerated().map { index, value in
            try element.wire(for: value, at: codingPath + [AnyCodingKey(intValue: index)])
        }
    }

    public func value(from wires: [Element.Wire], at codingPath: [any CodingKey]) throws -> [Element.Value] {
        try wires.enumerated().map { index, wire in
            try element.value(from: wire, at: codingPath + [AnyCodingKey(intValue: index)])
        }
    }
}

/// Map values in their element coding's wire form, written in ascending key order; a problem
/// names the entry's key (the first in key order when several are wrong).
@_spi(Generated) public struct MapCoding<Element: WireCoding>: WireCoding {
    public typealias Value = [String: Element.Value]
    public typealias Wire = WireMap<Element.Wire>

    public let element: Element

    public init(of element: Element) {
        self.element = element
    }

    public func wire(for values: Value, at codingPath: [any CodingKey]) throws -> Wire {
        WireMap(
            entries: try values.sorted { MapKeyOrder.precedes($0.key, $1.key) }.map { key, value in
                (key, try element.wire(for: value, at: codingPath + [AnyCodingKey(key)]))
            }
        )
    }

    public func value(from wires: Wire, at codingPath: [any CodingKey]) throws -> Value {
        var values: Value = [:]
        for (key, wire) in wires.entries {
            values[key] = try element.value(from: wire, at: codingPath + [AnyCodingKey(key)])
        }
        return values
    }
}

/// A string-keyed map of wire values in ascending key order: written in that order so bodies
/// are byte-identical between runs, and read into it so the first bad entry reported is always
/// the same one.
@_spi(Generated) public struct WireMap<Wire: Codable>: Codable {
    let entries: [(key: String, value: Wire)]

    init(entries: [(key: String, value: Wire)]) {
        self.entries = entries
    }

    public init(from decoder: any Decoder) throws {
        entries = try decoder.singleValueContainer().decode([String: Wire].self).sorted {
            MapKeyOrder.precedes($0.key, $1.key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in entries {
            try container.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

@_spi(Generated) extension WireCoding {
    /// Each item of an array in `element`'s wire form: `.array(of: .date(.unixSeconds))`.
    public static func array<Element>(of element: Element) -> Self where Self == ArrayCoding<Element> {
        ArrayCoding(of: element)
    }

    /// Each value of a map in `element`'s wire form: `.map(of: .zeroOrOne)`.
    public static func map<Element>(of element: Element) -> Self where Self == MapCoding<Element> {
        MapCoding(of: element)
    }
}
