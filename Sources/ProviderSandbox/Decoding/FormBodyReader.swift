import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// Reads `application/x-www-form-urlencoded` into JSON shaped by the body type, the inverse of the
/// runtime's `FormEncoder`: `parent[child]=` for objects and maps, arrays in the schema's style,
/// numbers and booleans by the field's type. A value that does not read as its type stays text, so
/// validation reports it as the wrong kind, as it would for JSON.
struct FormBodyReader {
    let schema: ProviderSchema
    let arrayStyle: FormEncoder.ArrayStyle

    /// A key's parts: `a[b][]` → a, b, "" (an appended array item).
    private final class Node {
        var values: [String] = []
        var children: [(key: String, node: Node)] = []

        func child(_ key: String) -> Node {
            if key != "", let existing = children.first(where: { $0.key == key }) { return existing.node }
            let node = Node()
            children.append((key, node))
            return node
        }
    }

    func read(_ body: Data, as typeName: String) -> BodyReading {
        let root = Node()
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decoded(parts[0]), let value = Self.decoded(parts.count > 1 ? parts[1] : Data()[...])
            else {
                return .refused(BodyDecoder.malformed("the form body is not percent-encoded UTF-8"))
            }
            guard let path = Self.keyPath(key) else {
                return .refused(BodyDecoder.malformed("'\(key)' is not a form field name"))
            }
            var node = root
            for component in path { node = node.child(component) }
            node.values.append(value)
        }
        return .json(object(root, fields: fields(of: typeName)))
    }

    /// `a[b][0]` → ["a", "b", "0"]; nil for unbalanced brackets or brackets without a name. An
    /// empty name (`=x`) is a member no field has, ignored as an unknown JSON member is.
    static func keyPath(_ key: String) -> [String]? {
        guard let open = key.firstIndex(of: "[") else { return [key] }
        var path = [String(key[..<open])]
        var rest = key[open...]
        while !rest.isEmpty {
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
            path.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return path[0].isEmpty ? nil : path
    }

    /// Percent-decoding with `+` as space, then strict UTF-8.
    static func decoded(_ bytes: Data.SubSequence) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard bytes.distance(from: index, to: bytes.endIndex) >= 3,
                    let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                else { return nil }
                output.append(high << 4 | low)
                index += 3
                continue
            }
            output.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private func fields(of typeName: String) -> [String: Field] {
        guard case .object(let object)? = schema.type(named: typeName)?.kind else { return [:] }
        return Dictionary(object.fields.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func object(_ node: Node, fields: [String: Field]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for (key, child) in node.children {
            let field = fields[key]
            members[key] = value(child, type: field?.type, nullable: field?.nullable ?? false)
        }
        return .object(members)
    }

    private func value(_ node: Node, type: FieldType?, nullable: Bool) -> JSONValue {
        switch type {
        case .array(let itemType, _)?:
            if arrayStyle == .repeated {
                return .array(node.values.map { Self.scalar($0, type: itemType, nullable: false) })
            }
            return .array(node.children.map { value($0.node, type: itemType, nullable: false) })
        case .map(let valueType, _, _)?:
            return .object(
                Dictionary(
                    node.children.map { ($0.key, value($0.node, type: valueType, nullable: false)) },
                    uniquingKeysWith: { _, last in last }
                )
            )
        case .named(let name)? where schema.type(named: name).map(Self.isObject) == true:
            if node.children.isEmpty, node.values == [""], nullable { return .null }
            return object(node, fields: fields(of: name))
        default:
            if !node.children.isEmpty {
                return object(node, fields: [:])
            }
            if node.values.count > 1 {
                return .array(node.values.map { Self.scalar($0, type: type, nullable: false) })
            }
            return Self.scalar(node.values.first ?? "", type: type, nullable: nullable)
        }
    }

    private static func isObject(_ type: NamedType) -> Bool {
        if case .object = type.kind { return true }
        return false
    }

    /// `FormEncoder` writes nil as `key=`, booleans as `true`/`false`, numbers in plain notation;
    /// query parameters are written the same way.
    static func scalar(_ text: String, type: FieldType?, nullable: Bool) -> JSONValue {
        if text.isEmpty && nullable { return .null }
        switch type {
        case .integer?, .decimal?, .dateTime(.unixSeconds)?:
            if let number = Self.plainNumber(text) { return .number(number) }
        case .boolean?:
            if text == "true" || text == "false" { return .bool(text == "true") }
        case .binaryBoolean?:
            if text == "0" || text == "1" { return .number(text == "1" ? 1 : 0) }
        default:
            break
        }
        return .string(text)
    }

    /// Decimal notation only: `Decimal(string:)` alone would read `12abc` as 12.
    private static func plainNumber(_ text: String) -> Decimal? {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitForm) })
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension Character {
    fileprivate var isASCIIDigitForm: Bool { ("0"..."9").contains(self) }
}
