import Foundation

/// A `Decoder` over the strict reader's tree: decoding a response costs one parse, and every
/// failure is a `DecodingError` at the field's coding path.
///
/// It decodes as `JSONDecoder` does with its default strategies (`Decimal` and `URL` from their
/// JSON forms, `Data` from base64, `Date` as seconds since 2001) except that numbers convert
/// exactly or not at all: a fraction for an integer, or a number its type cannot hold, is an error
/// naming the field, never a rounded or zeroed value.
package struct JSONNodeDecoder: Decoder {
    package let node: JSONNode
    package var userInfo: [CodingUserInfoKey: Any]
    /// The path is kept as the container's path and this value's key, and joined only when asked
    /// for: making a decoder per field then allocates nothing.
    private let parentPath: [any CodingKey]
    private let key: (any CodingKey)?

    package init(_ node: JSONNode, codingPath: [any CodingKey] = [], userInfo: [CodingUserInfoKey: Any] = [:]) {
        self.init(node, parentPath: codingPath, key: nil, userInfo: userInfo)
    }

    private init(
        _ node: JSONNode,
        parentPath: [any CodingKey],
        key: (any CodingKey)?,
        userInfo: [CodingUserInfoKey: Any]
    ) {
        self.node = node
        self.parentPath = parentPath
        self.key = key
        self.userInfo = userInfo
    }

    package var codingPath: [any CodingKey] {
        guard let key else { return parentPath }
        return parentPath + [key]
    }

    package func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else {
            throw mismatch([String: Any].self)
        }
        return KeyedDecodingContainer(JSONNodeKeyedContainer<Key>(members: members, decoder: self))
    }

    package func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = node else {
            throw mismatch([Any].self)
        }
        return JSONNodeUnkeyedContainer(elements: elements, decoder: self)
    }

    package func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONNodeSingleContainer(decoder: self)
    }

    /// A decoder for a member or element of a container whose path is `containerPath`.
    func child(_ node: JSONNode, _ key: any CodingKey, containerPath: [any CodingKey]) -> JSONNodeDecoder {
        JSONNodeDecoder(node, parentPath: containerPath, key: key, userInfo: userInfo)
    }

    func mismatch(_ type: Any.Type) -> DecodingError {
        if node.isNull {
            return .valueNotFound(type, DecodingError.Context(codingPath: codingPath, debugDescription: "found null"))
        }
        return .typeMismatch(
            type,
            DecodingError.Context(codingPath: codingPath, debugDescription: "found \(node.kindDescription)")
        )
    }

    private func refused(_ description: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: description))
    }

    func decodeBool() throws -> Bool {
        guard case .bool(let flag) = node else { throw mismatch(Bool.self) }
        return flag
    }

    func decodeString() throws -> String {
        guard case .string(let text) = node else { throw mismatch(String.self) }
        return text
    }

    private func numberText(_ type: Any.Type) throws -> String {
        guard case .number(let text) = node else { throw mismatch(type) }
        return text
    }

    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let text = try numberText(type)
        switch JSONNumberText.integer(text, as: type) {
        case .success(let integer): return integer
        case .failure(let refusal): throw refused(refusal.message(text, type: T.self))
        }
    }

    func decodeDecimal() throws -> Decimal {
        let text = try numberText(Decimal.self)
        switch JSONNumberText.decimal(text) {
        case .success(let number): return number
        case .failure(let refusal): throw refused(refusal.message(text, type: Decimal.self))
        }
    }

    func decodeDouble() throws -> Double {
        JSONNumberText.double(try numberText(Double.self))
    }

    func decodeFloat() throws -> Float {
        let text = try numberText(Float.self)
        switch JSONNumberText.float(text) {
        case .success(let number): return number
        case .failure(let refusal): throw refused(refusal.message(text, type: Float.self))
        }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Read by kind, with no trial decoding; the Foundation types as JSONDecoder reads them.
        if T.self == JSONValue.self {
            return try JSONValue(node, decoder: self) as! T
        }
        if T.self == Decimal.self {
            return try decodeDecimal() as! T
        }
        if T.self == URL.self {
            let text = try decodeString()
            guard let url = URL(string: text) else { throw refused("invalid URL \(text)") }
            return url as! T
        }
        if T.self == Data.self {
            guard let data = Data(base64Encoded: try decodeString()) else { throw refused("invalid base64") }
            return data as! T
        }
        return try T(from: self)
    }
}

extension JSONValue {
    /// The tree as a `JSONValue`, its numbers as exact `Decimal`s. A number a `Decimal` cannot
    /// hold is an error at its path below `decoder`'s.
    init(_ node: JSONNode, decoder: JSONNodeDecoder) throws {
        do {
            self = try Self.converting(node)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath + error.reversedPath.reversed(),
                    debugDescription: error.message
                )
            )
        }
    }

    /// A number that does not convert, with its path collected as the recursion unwinds.
    package struct ConversionFailure: Error {
        package let message: String
        package var reversedPath: [any CodingKey] = []
    }

    /// The tree with its numbers as exact `Decimal`s; also what `providergen validate` and the
    /// sandbox read a value with when no field's type guides them.
    package static func converting(_ node: JSONNode) throws(ConversionFailure) -> JSONValue {
        switch node {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .number(let text):
            switch JSONNumberText.decimal(text) {
            case .success(let number): return .number(number)
            case .failure(let refusal): throw ConversionFailure(message: refusal.message(text, type: Decimal.self))
            }
        case .array(let elements):
            var values: [JSONValue] = []
            values.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                do {
                    values.append(try converting(element))
                } catch {
                    var failure = error
                    failure.reversedPath.append(AnyCodingKey(intValue: index))
                    throw failure
                }
            }
            return .array(values)
        case .object(let members):
            var values = [String: JSONValue](minimumCapacity: members.count)
            for (key, member) in zip(members.keys, members.values) {
                do {
                    values[key] = try converting(member)
                } catch {
                    var failure = error
                    failure.reversedPath.append(AnyCodingKey(key))
                    throw failure
                }
            }
            return .object(values)
        }
    }
}
