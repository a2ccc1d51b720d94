import Foundation

/// Numbers in plain decimal notation ("0.00001", never "1e-05"), for form bodies.
enum PlainNumber {
    static func text(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value.rounded() == value, abs(value) < 1e18 {
            return String(Int64(value))
        }
        return expand(value.description)
    }

    static func text(_ value: Float) -> String? {
        guard value.isFinite else { return nil }
        if value.rounded() == value, abs(value) < 1e18 {
            return String(Int64(value))
        }
        return expand(value.description)
    }

    static func text(_ value: Decimal) -> String? {
        guard !value.isNaN else { return nil }
        return expand(value.description)
    }

    /// Rewrites the shortest round-trip text, which may use an exponent, without one.
    static func expand(_ text: String) -> String {
        guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: exponentIndex)...])
        else { return text }
        var mantissa = Substring(text[..<exponentIndex])
        let negative = mantissa.hasPrefix("-")
        if negative || mantissa.hasPrefix("+") {
            mantissa = mantissa.dropFirst()
        }
        let pointOffset =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != "." })
        var point = pointOffset + exponent
        if point <= 0 {
            digits.insert(contentsOf: repeatElement("0", count: 1 - point), at: 0)
            point = 1
        } else if point > digits.count {
            digits.append(contentsOf: repeatElement("0", count: point - digits.count))
        }
        var integer = String(digits[..<point]).drop { $0 == "0" }
        var fraction = String(digits[point...])
        while fraction.hasSuffix("0") {
            fraction.removeLast()
        }
        if integer.isEmpty {
            integer = "0"
        }
        return (negative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
