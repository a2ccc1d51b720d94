import Foundation

/// Exact `Decimal` ordering without Foundation's general comparison, which allocates and costs
/// hundreds of nanoseconds — most of a request's validation budget for two amount limits.
///
/// Handles mantissas that fit 64 bits and exponents close enough to align without overflow:
/// every realistic amount and limit. Anything else returns nil and the caller falls back to `<`.
enum DecimalComparison {
    static func isLess(_ lhs: Decimal, than rhs: Decimal) -> Bool {
        if let order = compare(lhs, rhs) {
            return order < 0
        }
        return lhs < rhs
    }

    /// -1, 0 or 1; nil when the fast path does not apply (NaN, wide mantissas, distant exponents).
    static func compare(_ lhs: Decimal, _ rhs: Decimal) -> Int? {
        guard let left = Parts(lhs), let right = Parts(rhs) else { return nil }
        if left.mantissa == 0 || right.mantissa == 0 || left.negative != right.negative {
            let leftSign = left.mantissa == 0 ? 0 : (left.negative ? -1 : 1)
            let rightSign = right.mantissa == 0 ? 0 : (right.negative ? -1 : 1)
            return leftSign < rightSign ? -1 : (leftSign > rightSign ? 1 : 0)
        }
        guard let magnitude = compareMagnitudes(left, right) else { return nil }
        return left.negative ? -magnitude : magnitude
    }

    private static func compareMagnitudes(_ left: Parts, _ right: Parts) -> Int? {
        var leftMantissa = left.mantissa
        var rightMantissa = right.mantissa
        let difference = left.exponent - right.exponent
        guard abs(difference) <= 19 else { return nil }
        if difference > 0 {
            guard let scaled = scale(leftMantissa, by: difference) else { return nil }
            leftMantissa = scaled
        } else if difference < 0 {
            guard let scaled = scale(rightMantissa, by: -difference) else { return nil }
            rightMantissa = scaled
        }
        return leftMantissa < rightMantissa ? -1 : (leftMantissa > rightMantissa ? 1 : 0)
    }

    private static func scale(_ mantissa: UInt64, by power: Int) -> UInt64? {
        var result = mantissa
        for _ in 0..<power {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow {
                return nil
            }
            result = product
        }
        return result
    }

    private struct Parts {
        var mantissa: UInt64
        var exponent: Int
        var negative: Bool

        init?(_ value: Decimal) {
            guard !value.isNaN, value._length <= 4 else { return nil }
            let words = value._mantissa
            mantissa = UInt64(words.0) | UInt64(words.1) << 16 | UInt64(words.2) << 32 | UInt64(words.3) << 48
            exponent = Int(value._exponent)
            negative = value._isNegative != 0
        }
    }
}

extension ValidationReport {
    /// The `Decimal` form of ``range(_:min:max:at:)-(T,_,_,_)``, with an allocation-free comparison.
    ///
    /// Build limits once (`static let minimum = Decimal(string: "0.01")!`): parsing a `Decimal`
    /// on every call would cost more than the check.
    public mutating func range(_ value: Decimal, min: Decimal? = nil, max: Decimal? = nil, at component: PathComponent) {
        if let min, DecimalComparison.isLess(value, than: min) {
            add(rule: "minimum", message: "must be at least \(min) (got \(value))", at: component)
        }
        if let max, DecimalComparison.isLess(max, than: value) {
            add(rule: "maximum", message: "must be at most \(max) (got \(value))", at: component)
        }
    }
}
