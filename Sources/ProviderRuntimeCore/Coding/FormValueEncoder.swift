import Foundation

/// The `Encoder` behind ``FormEncoder``: each primitive becomes one `name=value` pair, written
/// immediately so pairs keep the order in which `encode(to:)` wrote them.
struct FormValueEncoder: Encoder {
    let output: FormOutput
    let path: [FormPathComponent]
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func child(_ component: FormPathComponent, key: any CodingKey) -> FormValueEncoder {
        FormValueEncoder(output: output, path: path + [component], codingPath: codingPath + [key])
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(FormKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        FormUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        FormSingleValueContainer(encoder: self)
    }

    func write(_ text: String) throws {
        try output.append(text, at: path, codingPath: codingPath)
    }

    /// Encodes any value at this encoder's path, giving Foundation types their form spelling
    /// instead of their `Codable` structure (a `Decimal` would otherwise become its mantissa parts).
    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let decimal as Decimal:
            guard let text = PlainNumber.text(decimal) else { throw invalid(value, "NaN cannot be written") }
            try write(text)
        case let date as Date:
            guard let text = ISO8601Text.format(date) else { throw invalid(value, "the date is out of range") }
            try write(text)
        case let url as URL:
            try write(url.absoluteString)
        case let data as Data:
            try write(data.base64EncodedString())
        case let map as any StringKeyedEncodableMap:
            try map.sortedForEncoding.encode(to: self)
        default:
            try value.encode(to: self)
        }
    }

    func writeNumber(_ value: Double) throws {
        guard let text = PlainNumber.text(value) else {
            throw invalid(value, "\(value) cannot be written in a form body")
        }
        try write(text)
    }

    /// A `Float` keeps its own shortest spelling (0.1, not 0.10000000149011612).
    func writeNumber(_ value: Float) throws {
        guard let text = PlainNumber.text(value) else {
            throw invalid(value, "\(value) cannot be written in a form body")
        }
        try write(text)
    }

    func invalid(_ value: Any, _ reason: String) -> EncodingError {
        EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: reason))
    }
}

struct FormKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: FormValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func child(_ key: any CodingKey) -> FormValueEncoder {
        encoder.child(.name(key.stringValue), key: key)
    }

    mutating func encodeNil(forKey key: Key) throws { try child(key).write("") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try child(key).write(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { try child(key).write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try child(key).writeNumber(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try child(key).writeNumber(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try child(key).write(String(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        child(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        child(AnyCodingKey("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        child(key)
    }
}

struct FormUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: FormValueEncoder
    private(set) var count = 0
    var codingPath: [any CodingKey] { encoder.codingPath }

    init(encoder: FormValueEncoder) {
        self.encoder = encoder
    }

    private mutating func next() -> FormValueEncoder {
        defer { count += 1 }
        return encoder.child(.index(count), key: AnyCodingKey(intValue: count))
    }

    mutating func encodeNil() throws { try next().write("") }
    mutating func encode(_ value: Bool) throws { try next().write(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { try next().write(value) }
    mutating func encode(_ value: Double) throws { try next().writeNumber(value) }
    mutating func encode(_ value: Float) throws { try next().writeNumber(value) }
    mutating func encode(_ value: Int) throws { try next().write(String(value)) }
    mutating func encode(_ value: Int8) throws { try next().write(String(value)) }
    mutating func encode(_ value: Int16) throws { try next().write(String(value)) }
    mutating func encode(_ value: Int32) throws { try next().write(String(value)) }
    mutating func encode(_ value: Int64) throws { try next().write(String(value)) }
    mutating func encode(_ value: UInt) throws { try next().write(String(value)) }
    mutating func encode(_ value: UInt8) throws { try next().write(String(value)) }
    mutating func encode(_ value: UInt16) throws { try next().write(String(value)) }
    mutating func encode(_ value: UInt32) throws { try next().write(String(value)) }
    mutating func encode(_ value: UInt64) throws { try next().write(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try next().encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        next().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        next()
    }
}

struct FormSingleValueContainer: SingleValueEncodingContainer {
    let encoder: FormValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { try encoder.write("") }
    mutating func encode(_ value: Bool) throws { try encoder.write(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { try encoder.write(value) }
    mutating func encode(_ value: Double) throws { try encoder.writeNumber(value) }
    mutating func encode(_ value: Float) throws { try encoder.writeNumber(value) }
    mutating func encode(_ value: Int) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: Int8) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: Int16) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: Int32) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: Int64) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: UInt) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: UInt8) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: UInt16) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: UInt32) throws { try encoder.write(String(value)) }
    mutating func encode(_ value: UInt64) throws { try encoder.write(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}
