/// A JSON document as the strict reader read it: every value of its kind, numbers as their exact
/// text, object members in document order with unique keys.
///
/// The tree response decoders decode from and `JSONValue` is made from, so that `providergen
/// validate` and a generated decoder see the same document.
package enum JSONNode: Sendable {
    case null
    case bool(Bool)
    /// The number's text exactly as written, e.g. `"-12.50e3"`; already checked to be within the
    /// range of a `Double`.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object(JSONMembers)

    /// The kind of value, as messages name it: "a string", "an object", "null".
    package var kindDescription: String {
        switch self {
        case .null: JSONKind.null.description
        case .bool: JSONKind.boolean.description
        case .number: JSONKind.number.description
        case .string: JSONKind.string.description
        case .array: JSONKind.array.description
        case .object: JSONKind.object.description
        }
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// An object's members in document order. Keys are unique: the reader refuses a repeated key.
package struct JSONMembers: Sendable {
    package private(set) var keys: [String] = []
    package private(set) var values: [JSONNode] = []
    /// Positions by key, built once an object is too large for a linear search to be the cheaper.
    private var positions: [String: Int]?

    /// Up to this many members, finding a key by comparing each is faster than hashing it.
    private static let linearSearchLimit = 12

    package init() {}

    package var count: Int { keys.count }

    /// Adds a member; returns false, changing nothing, when `key` is already a member.
    package mutating func append(_ key: String, _ value: JSONNode) -> Bool {
        if positions == nil {
            if keys.contains(key) { return false }
            if keys.count == Self.linearSearchLimit {
                var index = [String: Int](minimumCapacity: keys.count * 2)
                for (position, existing) in keys.enumerated() {
                    index[existing] = position
                }
                positions = index
            }
        }
        if let previous = positions?.updateValue(keys.count, forKey: key) {
            positions?[key] = previous
            return false
        }
        keys.append(key)
        values.append(value)
        return true
    }

    package subscript(key: String) -> JSONNode? {
        if let positions {
            return positions[key].map { values[$0] }
        }
        return keys.firstIndex(of: key).map { values[$0] }
    }
}

/// The kinds of JSON value, named once for every message that says what was found, whichever
/// tree (`JSONNode` while decoding, `JSONValue` in `validate`) holds the value.
public enum JSONKind: Hashable, Sendable {
    case null, boolean, number, string, array, object

    public var description: String {
        switch self {
        case .null: "null"
        case .boolean: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
