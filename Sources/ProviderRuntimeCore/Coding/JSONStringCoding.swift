import Foundation

/// A value the provider wants as JSON text inside a string (`"metadata": "{\"plan\":\"gold\"}"`,
/// a schema's `jsonString`): typed in Swift, a string on the wire in both directions.
///
/// The text is written with ``JSONBody``'s settings (sorted keys, unescaped slashes), so the same
/// value always gives the same string; it is read with the strict reader, and text that is not
/// JSON of the content's shape is a `DecodingError` at the field.
@_spi(Generated) public struct JSONStringCoding<Content: WireCoding>: WireCoding {
    public let content: Content

    public init(of content: Content) {
        self.content = content
    }

    public func wire(for value: Content.Value, at codingPath: [any CodingKey]) throws -> String {
        let data = try JSONBody.encode(content.wire(for: value, at: codingPath))
        return String(decoding: data, as: UTF8.self)
    }

    public func value(from wire: String, at codingPath: [any CodingKey]) throws -> Content.Value {
        let node: JSONNode
        do {
            node = try JSONReader.read(Data(wire.utf8))
        } catch {
            throw DecodingError.refused(at: codingPath, "expected JSON text in the string: \(error.description)")
        }
        let decoded = try JSONNodeDecoder(node, codingPath: codingPath).singleValueContainer().decode(Content.Wire.self)
        return try content.value(from: decoded, at: codingPath)
    }
}

@_spi(Generated) extension WireCoding {
    /// JSON text in a string, holding `content`'s wire form.
    public static func jsonString<Content>(of content: Content) -> Self where Self == JSONStringCoding<Content> {
        JSONStringCoding(of: content)
    }
}
