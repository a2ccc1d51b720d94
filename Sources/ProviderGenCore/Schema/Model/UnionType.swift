import ProviderRuntimeCore

/// A value of one of several shapes (`oneOf` under `types:`): "an id or the expanded object",
/// "an object or an empty string". The JSON kind of the value picks its shape, or, when the union
/// has a `discriminator`, the string value of that field of an object does.
public struct UnionType: Sendable {
    public struct Variant: Sendable {
        public enum Shape: Sendable {
            /// A case holding a value of this type, checked against these constraints.
            case typed(FieldType, Constraints)
            /// A case without a value, for exactly this JSON value (`""` to unset a field).
            case constant(Literal)
        }

        /// The Swift case name.
        public var caseName: String
        public var shape: Shape
        /// The discriminator value that selects this variant; only in discriminated unions.
        public var tag: String?
        public var description: String?
        public var location: SourceLocation
    }

    public var variants: [Variant]
    /// The wire name of the field whose value picks the variant; nil when the JSON kind does.
    public var discriminator: String?
    /// Open unions keep a value of no listed shape as `.unknown(JSONValue)` instead of failing.
    public var isOpen: Bool

    /// The case open unions keep other shapes in.
    public static let unknownCaseName = "unknown"
}

extension Literal {
    /// The JSON kind of a constant variant's value; nil for a list, which cannot be one.
    var jsonKind: JSONKind? {
        switch self {
        case .string: .string
        case .number: .number
        case .boolean: .boolean
        case .null: .null
        case .list: nil
        }
    }
}

extension ProviderSchema {
    /// The JSON kind a value of `type` has on the wire, which tells a union's variants apart; nil
    /// for `json` and unions, which have no single kind.
    func jsonKind(of type: FieldType) -> JSONKind? {
        switch type {
        case .string, .date, .dateTime(.iso8601), .dateTime(.pattern), .jsonString: return .string
        case .integer, .decimal, .binaryBoolean, .dateTime(.unixSeconds): return .number
        case .boolean: return .boolean
        case .array: return .array
        case .map: return .object
        case .json: return nil
        case .named(let name):
            switch self.type(named: name)?.kind {
            case .object?: return .object
            case .enumeration?: return .string
            case .union?, nil: return nil
            }
        }
    }
}

extension UnionType {
    /// The variant a JSON value of `kind` (and, for discriminated unions, `tag`) decodes as, when
    /// it is not one of the constants.
    func typedVariant(kind: JSONKind, tag: String?, in schema: ProviderSchema) -> Variant? {
        variants.first { variant in
            guard case .typed(let type, _) = variant.shape else { return false }
            if discriminator != nil {
                return kind == .object && tag != nil && variant.tag == tag
            }
            return schema.jsonKind(of: type) == kind
        }
    }

    /// "a string or an object", what a value of none of the shapes is told it should be.
    func expectation(in schema: ProviderSchema) -> String {
        var kinds: [String] = []
        for variant in variants {
            let text: String?
            switch variant.shape {
            case .typed(let type, _): text = schema.jsonKind(of: type)?.description
            case .constant(let literal): text = literal.jsonText
            }
            if let text, !kinds.contains(text) { kinds.append(text) }
        }
        if let discriminator {
            let tags = variants.compactMap(\.tag)
            return "an object whose '\(discriminator)' is \(Self.either(tags))"
        }
        return Self.either(kinds)
    }

    /// "a, b or c".
    private static func either(_ items: [String]) -> String {
        var items = items
        guard let last = items.popLast() else { return "nothing" }
        return items.isEmpty ? last : items.joined(separator: ", ") + " or " + last
    }
}

extension Literal {
    /// The literal as JSON text: `""`, `0`, `true`, `null`.
    var jsonText: String? {
        switch self {
        case .string(let text): return SwiftLiteral.string(text)
        case .number(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list: return nil
        }
    }
}
