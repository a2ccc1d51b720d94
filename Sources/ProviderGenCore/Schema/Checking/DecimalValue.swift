import Foundation

/// Exact comparison of the decimal texts schemas use for bounds and literals.
struct DecimalValue: Comparable {
    let value: Decimal

    init?(_ text: String) {
        guard DecimalText.isPlainDecimal(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        self.value = value
    }

    static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool { lhs.value < rhs.value }
}
