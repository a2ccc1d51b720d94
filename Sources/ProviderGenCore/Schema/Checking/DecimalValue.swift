import Foundation

/// Exact comparison of the decimal texts schemas use for bounds and literals.
struct DecimalValue: Comparable {
    let value: Decimal

    init?(_ text: String) {
        guard DecimalText.isPlainDecimal(text),
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else {
            return nil
        }
        self.value = value
    }

    static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool { lhs.value < rhs.value }
}

/// Numbers generated code must hold exactly: an integer field's as an `Int` literal, a decimal
/// field's as a `Decimal`, which keeps 38 significant digits and exponents down to -128. Anything
/// beyond would not compile (an `Int` literal overflows) or would silently change value.
enum NumberFit {
    /// Why `text` (plain decimal notation) does not fit, as a clause after "which", or nil.
    static func problem(_ text: String, integer: Bool) -> String? {
        if integer {
            if text.contains(".") { return "is not a whole number" }
            return Int(text) == nil ? "is outside the range of Int" : nil
        }
        var unsigned = Substring(text)
        if unsigned.first == "-" || unsigned.first == "+" { unsigned = unsigned.dropFirst() }
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let fractionDigits = parts.count > 1 ? parts[1].count : 0
        let significantDigits = parts.joined().drop { $0 == "0" }.count
        if significantDigits > 38 {
            return "has \(significantDigits) significant digits; a Decimal holds 38 exactly"
        }
        if fractionDigits > 128 {
            return "has \(fractionDigits) digits after the point; a Decimal holds 128"
        }
        return nil
    }
}
