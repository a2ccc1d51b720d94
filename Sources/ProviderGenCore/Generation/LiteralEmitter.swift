/// Swift expressions for schema defaults.
struct LiteralEmitter {
    let naming: TypeNaming

    /// nil when the literal cannot be a default of this type (reported by the checker).
    func expression(_ literal: Literal, type: FieldType) -> String? {
        switch (type, literal) {
        case (.string, _):
            return literal.scalarText.map(SwiftLiteral.string)
        case (.integer, .number(let text)):
            return SwiftLiteral.integer(text)
        case (.decimal, .number(let text)):
            return DecimalLiteral.expression(text)
        case (.boolean, .boolean(let flag)), (.binaryBoolean, .boolean(let flag)):
            return flag ? "true" : "false"
        case (.named, _):
            guard let enumeration = naming.enumeration(type), let text = literal.scalarText else { return nil }
            if let value = enumeration.values.first(where: { $0.wire == text }) {
                return "." + SwiftNames.escaped(value.swiftName)
            }
            return enumeration.isOpen ? ".init(rawValue: \(SwiftLiteral.string(text)))" : nil
        case (.array(let item, _), .list(let items)):
            let elements = items.compactMap { expression($0, type: item) }
            return elements.count == items.count ? "[" + elements.joined(separator: ", ") + "]" : nil
        default:
            return nil
        }
    }
}

/// Exact decimals in source: `Decimal(sign:exponent:significand:)` from the literal's digits, so
/// no binary floating point is ever involved. A significand too long for an integer literal (more
/// than Int holds) is parsed from its digits; the checker keeps it within what Decimal holds exactly.
enum DecimalLiteral {
    static func expression(_ text: String) -> String {
        var digits = text
        var sign = ".plus"
        if digits.hasPrefix("-") {
            sign = ".minus"
            digits.removeFirst()
        } else if digits.hasPrefix("+") {
            digits.removeFirst()
        }
        var exponent = 0
        if let dot = digits.firstIndex(of: ".") {
            exponent = -digits.distance(from: dot, to: digits.endIndex) + 1
            digits.remove(at: dot)
        }
        var significand = String(digits.drop { $0 == "0" })
        if significand.isEmpty {
            significand = "0"
        } else if Int(significand) == nil {
            significand = "Decimal(string: \"\(significand)\")!"
        } else {
            significand = SwiftLiteral.integer(significand)
        }
        return "Decimal(sign: \(sign), exponent: \(exponent), significand: \(significand))"
    }
}
