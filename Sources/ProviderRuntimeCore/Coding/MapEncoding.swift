@_spi(Generated) extension KeyedEncodingContainer {
    /// String-keyed maps are written with keys in ascending order so bodies are byte-identical between runs (Dictionary order is random per process).
    public mutating func encodeMap<V: Encodable>(_ map: [String: V], forKey key: Key) throws {
        var container = nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        try SortedMap(map).encode(into: &container)
    }

    /// nil → omitted.
    public mutating func encodeMapIfPresent<V: Encodable>(_ map: [String: V]?, forKey key: Key) throws {
        guard let map else { return }
        try encodeMap(map, forKey: key)
    }
}

/// The order map keys are written in: by Unicode code point (equivalently, UTF-8 bytes), as
/// Python's `sorted` and most servers order them. Swift's `<` compares canonically equivalent
/// forms as equal and orders by normalised form, which differs for keys such as "é" and "z".
enum MapKeyOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}

/// A string-keyed dictionary that encodes its entries in ascending key order (``MapKeyOrder``).
struct SortedMap<Value: Encodable>: Encodable {
    let entries: [String: Value]

    init(_ entries: [String: Value]) {
        self.entries = entries
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try encode(into: &container)
    }

    func encode(into container: inout KeyedEncodingContainer<AnyCodingKey>) throws {
        for key in entries.keys.sorted(by: MapKeyOrder.precedes) {
            if let value = entries[key] {
                try container.encode(value, forKey: AnyCodingKey(key))
            }
        }
    }
}

/// Lets encoders that honour write order (such as ``FormEncoder``) sort plain dictionaries too.
protocol StringKeyedEncodableMap {
    var sortedForEncoding: any Encodable { get }
}

extension Dictionary: StringKeyedEncodableMap where Key == String, Value: Encodable {
    var sortedForEncoding: any Encodable { SortedMap(self) }
}
