/// Array items in their element coding's wire form; a problem names the item's index.
public struct ArrayCoding<Element: WireCoding>: WireCoding {
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
public struct MapCoding<Element: WireCoding>: WireCoding {
    public typealias Value = [String: Element.Value]
    public typealias Wire = WireMap<Element.Wire>

    public let element: Element

    public init(of element: Element) {
        self.element = element
    }

    public func wire(for values: Value, at codingPath: [any CodingKey]) throws -> Wire {
        var entries: [String: Element.Wire] = [:]
        for key in values.keys.sorted() {
            if let value = values[key] {
                entries[key] = try element.wire(for: value, at: codingPath + [AnyCodingKey(key)])
            }
        }
        return WireMap(entries: entries)
    }

    public func value(from wires: Wire, at codingPath: [any CodingKey]) throws -> Value {
        var values: [String: Element.Value] = [:]
        for key in wires.entries.keys.sorted() {
            if let wire = wires.entries[key] {
                values[key] = try element.value(from: wire, at: codingPath + [AnyCodingKey(key)])
            }
        }
        return values
    }
}

/// A string-keyed map of wire values: read as a JSON object, written with keys in ascending
/// order so bodies are byte-identical between runs.
public struct WireMap<Wire: Codable>: Codable {
    let entries: [String: Wire]

    public init(from decoder: any Decoder) throws {
        entries = try decoder.singleValueContainer().decode([String: Wire].self)
    }

    init(entries: [String: Wire]) {
        self.entries = entries
    }

    public func encode(to encoder: any Encoder) throws {
        try SortedMap(entries).encode(to: encoder)
    }
}

extension WireCoding {
    /// Each item of an array in `element`'s wire form: `.array(of: .date(.unixSeconds))`.
    public static func array<Element>(of element: Element) -> Self where Self == ArrayCoding<Element> {
        ArrayCoding(of: element)
    }

    /// Each value of a map in `element`'s wire form: `.map(of: .zeroOrOne)`.
    public static func map<Element>(of element: Element) -> Self where Self == MapCoding<Element> {
        MapCoding(of: element)
    }
}
