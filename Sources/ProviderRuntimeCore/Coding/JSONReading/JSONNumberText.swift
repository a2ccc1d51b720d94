import Foundation

/// A JSON number's text (as the reader checked it) converted to the type a field asks for,
/// exactly or not at all: each conversion reads the text once, and says why it cannot.
package enum JSONNumberText {
    /// Why a number does not convert, as a message names it.
    package enum Refusal: Error, Equatable {
        case notAnInteger
        case doesNotFit
        case tooSmall

        /// "1.5" for an integer: `expected an integer, found 1.5`; otherwise why `type` cannot hold it.
        package func message(_ text: String, type: Any.Type) -> String {
            let number = JSONParser.abbreviated(text)
            switch self {
            case .notAnInteger: return "expected an integer, found \(number)"
            case .doesNotFit: return "\(number) does not fit in \(type)"
            case .tooSmall: return "\(number) is too small for \(type): it would become 0"
            }
        }
    }

    package static func integer<T: FixedWidthInteger>(_ text: String, as type: T.Type) -> Result<T, Refusal> {
        if let value = T(text) {
            return .success(value)
        }
        let digits = SignificantDigits(text)
        if digits.digits.isEmpty {
            return .success(0)
        }
        guard digits.exponent >= 0 else {
            return .failure(.notAnInteger)
        }
        // The longest 64-bit integer has 20 digits; anything longer is out of range.
        guard digits.digits.count + digits.exponent <= 20 else {
            return .failure(.doesNotFit)
        }
        let plain =
            (digits.isNegative ? "-" : "") + String(decoding: digits.digits, as: UTF8.self)
            + String(repeating: "0", count: digits.exponent)
        return T(plain).map { .success($0) } ?? .failure(.doesNotFit)
    }

    /// Exact, or a refusal: a `Decimal` holds 38 significant digits with a decimal exponent from
    /// -128 to 127; beyond those it would round or become 0 without a word.
    package static func decimal(_ text: String) -> Result<Decimal, Refusal> {
        if let number = smallDecimal(text) {
            return .success(number)
        }
        let digits = SignificantDigits(text)
        if digits.digits.isEmpty {
            return .success(0)
        }
        // The exponent must fit as it is: a significand with trailing zeros would be stored
        // without them, moving the exponent out of range (1E+136 as 10^9 × 10^127 became NaN).
        guard digits.digits.count <= 38, digits.exponent <= Int(Int8.max) else {
            return .failure(.doesNotFit)
        }
        guard digits.exponent >= Int(Int8.min) else {
            return .failure(.tooSmall)
        }
        let significand: Decimal
        if digits.digits.count <= 19, let small = UInt64(String(decoding: digits.digits, as: UTF8.self)) {
            significand = Decimal(small)
        } else if let large = Decimal(string: String(decoding: digits.digits, as: UTF8.self)) {
            significand = large
        } else {
            return .failure(.doesNotFit)
        }
        return .success(
            Decimal(sign: digits.isNegative ? .minus : .plus, exponent: digits.exponent, significand: significand)
        )
    }

    /// The common case without allocating: at most 19 significant digits and an exponent a
    /// `Decimal` holds as it is. Nil sends the number to the general path.
    private static func smallDecimal(_ text: String) -> Decimal? {
        var significand: UInt64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        var inFraction = false
        var isNegative = false
        var exponent = 0
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "-"): isNegative = true
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                var exponentText: [UInt8] = []
                while let next = utf8.next() { exponentText.append(next) }
                guard exponentText.count <= 5, let value = Int(String(decoding: exponentText, as: UTF8.self)) else {
                    return nil
                }
                exponent = value
            default:
                let digit = UInt64(byte &- UInt8(ascii: "0"))
                if significand != 0 || digit != 0 {
                    significantDigits += 1
                    guard significantDigits <= 19 else { return nil }
                    significand = significand * 10 + digit
                }
                if inFraction {
                    fractionDigits += 1
                }
            }
        }
        if significand == 0 {
            return 0
        }
        exponent -= fractionDigits
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        guard exponent >= Int(Int8.min), exponent <= Int(Int8.max) else { return nil }
        return Decimal(sign: isNegative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// The reader already refused numbers out of `Double`'s range.
    package static func double(_ text: String) -> Double {
        Double(text) ?? .nan
    }

    package static func float(_ text: String) -> Result<Float, Refusal> {
        guard let value = Float(text), value.isFinite else {
            return .failure(.doesNotFit)
        }
        if value == 0, !SignificantDigits(text).digits.isEmpty {
            return .failure(.tooSmall)
        }
        return .success(value)
    }
}

/// A number as sign, significant digits and exponent: `-12.50e3` is `-`, `125`, `2`. Leading and
/// trailing zeros are dropped, so the digits are empty exactly when the number is zero.
private struct SignificantDigits {
    var isNegative = false
    /// ASCII digits.
    var digits: [UInt8] = []
    var exponent = 0

    init(_ text: String) {
        var fractionDigits = 0
        var inFraction = false
        var explicitExponent = 0
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") {
            isNegative = true
            utf8 = utf8.dropFirst()
        }
        while let byte = utf8.first {
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                let exponentText = Substring(utf8.dropFirst())
                // Saturated: the reader has refused any nonzero number with an exponent this large.
                explicitExponent = Int(exponentText) ?? (exponentText.hasPrefix("-") ? -1_000_000_000 : 1_000_000_000)
                break
            } else {
                if !(digits.isEmpty && byte == UInt8(ascii: "0")) {
                    digits.append(byte)
                }
                if inFraction {
                    fractionDigits += 1
                }
            }
            utf8 = utf8.dropFirst()
        }
        var trailingZeros = 0
        while digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            trailingZeros += 1
        }
        exponent = explicitExponent - fractionDigits + trailingZeros
    }
}
