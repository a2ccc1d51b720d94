import ProviderRuntimeCore

/// A schema literal (default, example, rule value) as the wire carries it for a field's type:
/// YAML numbers stay text for string fields (`010469`), `binaryBoolean` is `1`/`0`.
enum WireLiteral {
    static func json(_ literal: Literal, for type: FieldType?) -> JSONDocument {
        switch literal {
        case .null: return .null
        case .list(let elements):
            let elementType: FieldType? = if case .array(let of, _)? = type { of } else { nil }
            return .array(elements.map { json($0, for: elementType) })
        case .boolean(let flag):
            if case .binaryBoolean? = type { return .integer(flag ? 1 : 0) }
            return .bool(flag)
        case .string(let text):
            return .string(text)
        case .number(let text):
            return isNumeric(type) ? number(text) : .string(text)
        }
    }

    /// Plain decimal text as a JSON number: JSON refuses leading zeros and a leading `+`.
    static func number(_ text: String) -> JSONDocument {
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        var integer = digits.prefix { $0 != "." }
        let fraction = digits.dropFirst(integer.count)
        while integer.count > 1, integer.first == "0" {
            integer = integer.dropFirst()
        }
        return .number(sign + (integer.isEmpty ? "0" : integer) + fraction)
    }

    private static func isNumeric(_ type: FieldType?) -> Bool {
        switch type {
        case .integer?, .decimal?, .binaryBoolean?, .dateTime(.unixSeconds)?, .json?: true
        default: false
        }
    }
}
