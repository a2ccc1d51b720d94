/// A test on one Unicode scalar: literal ranges plus ICU's `\d` (general category Nd) and `\s`
/// (the White_Space property, as ICU implements it, including U+000B and U+0085).
struct ScalarPredicate {
    private(set) var ranges: [ClosedRange<UInt32>] = []
    private(set) var decimalDigits = false
    private(set) var whitespace = false
    var negated = false
    // ASCII answers come from a bitmap; filled in by `finish()`.
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    static func literal(_ scalar: Unicode.Scalar) -> ScalarPredicate {
        var predicate = ScalarPredicate()
        predicate.addRange(scalar.value...scalar.value)
        return predicate.finished()
    }

    /// ICU's `.`: anything but a line terminator.
    static let anyButLineTerminator: ScalarPredicate = {
        var predicate = ScalarPredicate()
        for terminator: UInt32 in [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029] {
            predicate.addRange(terminator...terminator)
        }
        predicate.negated = true
        return predicate.finished()
    }()

    mutating func addRange(_ range: ClosedRange<UInt32>) {
        ranges.append(range)
    }

    mutating func addDecimalDigits() {
        decimalDigits = true
    }

    mutating func addWhitespace() {
        whitespace = true
    }

    func finished() -> ScalarPredicate {
        var copy = self
        copy.asciiLow = 0
        copy.asciiHigh = 0
        for value in UInt32(0)..<128 where copy.slowMatches(value) {
            if value < 64 {
                copy.asciiLow |= 1 << UInt64(value)
            } else {
                copy.asciiHigh |= 1 << UInt64(value - 64)
            }
        }
        return copy
    }

    var asciiMask: (low: UInt64, high: UInt64) {
        (asciiLow, asciiHigh)
    }

    @inline(__always)
    func matches(_ value: UInt32) -> Bool {
        if value < 64 {
            return asciiLow & (1 << UInt64(value)) != 0
        }
        if value < 128 {
            return asciiHigh & (1 << UInt64(value &- 64)) != 0
        }
        return slowMatches(value)
    }

    private func slowMatches(_ value: UInt32) -> Bool {
        var hit = ranges.contains { $0.contains(value) }
        if !hit && (decimalDigits || whitespace), let scalar = Unicode.Scalar(value) {
            let properties = scalar.properties
            hit =
                (decimalDigits && properties.generalCategory == .decimalNumber)
                || (whitespace && properties.isWhitespace)
        }
        return hit != negated
    }
}
