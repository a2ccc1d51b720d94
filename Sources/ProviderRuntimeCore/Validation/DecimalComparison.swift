import Foundation

/// Exact `Decimal` ordering without Foundation's general comparison, which on Linux allocates
/// and costs about as much as the rest of a request's validation put together.
///
/// `Decimal` does not expose its fields on every platform, so they are read from its bytes: an
/// exponent byte, a byte holding the mantissa length and sign, two spare bytes, then eight
/// little-endian 16-bit mantissa words. Darwin's NSDecimal keeps the length in the low nibble of
/// the second byte, swift-foundation in the high one. Which packing applies is found once per
/// process by reading known values; if neither reads them right the fast path stays off.
/// Values whose mantissas exceed 64 bits or whose exponents are too far apart also fall back to `<`.
enum DecimalComparison {
    static func isLess(_ lhs: Decimal, than rhs: Decimal) -> Bool {
        if let packing = verifiedPacking, let left = Parts(lhs, packing), let right = Parts(rhs, packing),
            let order = compare(left, right)
        {
            return order < 0
        }
        return lhs < rhs
    }

    /// How the second byte packs length and sign.
    enum Packing: CaseIterable {
        /// NSDecimal's C bitfields: length in bits 0–3, sign in bit 4.
        case lowNibbleLength
        /// swift-foundation: length in bits 4–7, sign in bit 3.
        case highNibbleLength

        func length(_ byte: UInt8) -> Int {
            Int(self == .lowNibbleLength ? byte & 0x0F : byte >> 4)
        }

        func isNegative(_ byte: UInt8) -> Bool {
            byte & (self == .lowNibbleLength ? 0x10 : 0x08) != 0
        }
    }

    /// The packing this platform uses, or nil when neither reads the probes right.
    static let verifiedPacking: Packing? = Packing.allCases.first(where: reads)

    private static func reads(with packing: Packing) -> Bool {
        let probes: [(String, UInt64, Int, Bool)] = [
            ("19.99", 1999, -2, false), ("-0.05", 5, -2, true), ("123456789012345", 123_456_789_012_345, 0, false),
            ("0.0001", 1, -4, false), ("-18446744073709551615", UInt64.max, 0, true),
        ]
        for (text, mantissa, exponent, negative) in probes {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                let parts = Parts(value, packing)
            else { return false }
            // A layout that reads these probes right reads every value right; equal-valued
            // spellings with another exponent are accepted, as Decimal may normalise either way.
            guard parts.negative == negative,
                compare(parts, Parts(mantissa: mantissa, exponent: exponent, negative: negative)) == 0
            else { return false }
        }
        return Parts(Decimal.nan, packing) == nil && Parts(Decimal.zero, packing)?.mantissa == 0
    }

    /// -1, 0 or 1; nil when the mantissas cannot be aligned within 64 bits.
    private static func compare(_ left: Parts, _ right: Parts) -> Int? {
        let leftSign = left.mantissa == 0 ? 0 : (left.negative ? -1 : 1)
        let rightSign = right.mantissa == 0 ? 0 : (right.negative ? -1 : 1)
        if leftSign != rightSign || leftSign == 0 {
            return leftSign < rightSign ? -1 : (leftSign > rightSign ? 1 : 0)
        }
        var leftMantissa = left.mantissa
        var rightMantissa = right.mantissa
        let difference = left.exponent - right.exponent
        if difference > 0 {
            guard let scaled = scale(leftMantissa, by: difference) else { return nil }
            leftMantissa = scaled
        } else if difference < 0 {
            guard let scaled = scale(rightMantissa, by: -difference) else { return nil }
            rightMantissa = scaled
        }
        let magnitude = leftMantissa < rightMantissa ? -1 : (leftMantissa > rightMantissa ? 1 : 0)
        return leftSign * magnitude
    }

    private static func scale(_ mantissa: UInt64, by power: Int) -> UInt64? {
        guard power <= 19 else { return nil }
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

        init(mantissa: UInt64, exponent: Int, negative: Bool) {
            self.mantissa = mantissa
            self.exponent = exponent
            self.negative = negative
        }

        /// nil for NaN and for mantissas wider than 64 bits.
        init?(_ value: Decimal, _ packing: Packing) {
            var mantissa: UInt64 = 0
            var exponent = 0
            var negative = false
            let readable: Bool = withUnsafeBytes(of: value) { bytes in
                guard bytes.count >= 20 else { return false }
                let flags = bytes[1]
                let length = packing.length(flags)
                negative = packing.isNegative(flags)
                // Length 0 is zero, or NaN when the sign bit is set.
                guard length <= 4, !(length == 0 && negative) else { return false }
                // Words past `length` are not guaranteed to be zero, so they are masked off.
                let words = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
                mantissa = length == 4 ? words : words & ((1 << UInt64(length * 16)) - 1)
                exponent = Int(Int8(bitPattern: bytes[0]))
                return true
            }
            guard readable else { return nil }
            self.mantissa = mantissa
            self.exponent = exponent
            self.negative = negative
        }
    }
}

@_spi(Generated) extension ValidationReport {
    /// The `Decimal` form of the generic `range`, with an allocation-free comparison.
    ///
    /// Build limits once (`static let minimum = Decimal(string: "0.01")!`): parsing a `Decimal`
    /// on every call would cost more than the check.
    public mutating func range(_ value: Decimal, min: Decimal? = nil, max: Decimal? = nil, at component: PathComponent)
    {
        if let min, DecimalComparison.isLess(value, than: min) {
            add(rule: "minimum", message: "must be at least \(min) (got \(value))", at: component)
        }
        if let max, DecimalComparison.isLess(max, than: value) {
            add(rule: "maximum", message: "must be at most \(max) (got \(value))", at: component)
        }
    }
}
