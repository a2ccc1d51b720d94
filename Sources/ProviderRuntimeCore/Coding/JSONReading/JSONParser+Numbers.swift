extension JSONParser {
    /// The decimal exponent of the largest and the smallest nonzero `Double`: 1.8e308 and 4.9e-324.
    private static let largestExponent = 308
    private static let smallestExponent = -324

    /// The number starting at `position`, as its text. Checked in the same pass: the grammar of
    /// RFC 8259 §6 (no leading zeros, `+`, `.5`, `1.`, NaN or Infinity), and a range no reader
    /// would disagree on: a nonzero number must be a finite, nonzero `Double`.
    mutating func number() throws(JSONParseFailure) -> String {
        let start = position
        if current == UInt8(ascii: "-") {
            position += 1
        }
        // The decimal exponent of the first significant digit, before the exponent part.
        var magnitude = 0
        var isZero = true
        let integerStart = position
        guard isDigit(current) else {
            throw JSONParseFailure("not valid JSON: expected a digit after '-'", at: position)
        }
        if current == UInt8(ascii: "0") {
            position += 1
            if isDigit(current) {
                throw JSONParseFailure("not valid JSON: a number must not start with 0", at: integerStart)
            }
        } else {
            skipDigits()
            isZero = false
            magnitude = position - integerStart - 1
        }
        if current == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            guard isDigit(current) else {
                throw JSONParseFailure("not valid JSON: expected a digit after '.'", at: position)
            }
            while isDigit(current) {
                if isZero && current != UInt8(ascii: "0") {
                    isZero = false
                    magnitude = fractionStart - position - 1
                }
                position += 1
            }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            var negative = false
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                negative = current == UInt8(ascii: "-")
                position += 1
            }
            guard isDigit(current) else {
                throw JSONParseFailure("not valid JSON: expected a digit in the exponent", at: position)
            }
            var exponent = 0
            while isDigit(current) {
                // Saturates: any exponent this large is out of range whatever the digits.
                exponent = min(exponent * 10 + Int(current - UInt8(ascii: "0")), 1_000_000_000)
                position += 1
            }
            magnitude += negative ? -exponent : exponent
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if !isZero {
            try checkRange(text, magnitude: magnitude, at: start)
        }
        return text
    }

    /// Only numbers near or beyond the ends of `Double`'s range are converted to find out.
    private func checkRange(_ text: String, magnitude: Int, at start: Int) throws(JSONParseFailure) {
        guard magnitude >= Self.largestExponent || magnitude <= Self.smallestExponent + 1 else { return }
        let value: Double
        if magnitude > Self.largestExponent + 1 {
            value = .infinity
        } else if magnitude < Self.smallestExponent - 1 {
            value = 0
        } else {
            value = Double(text) ?? 0
        }
        if value.isInfinite {
            throw JSONParseFailure(
                "the number \(Self.abbreviated(text)) is out of range: a number must be at most about 1.8e308",
                at: start
            )
        }
        if value == 0 {
            throw JSONParseFailure(
                "the number \(Self.abbreviated(text)) is too small: it would become 0 (the smallest is about 4.9e-324)",
                at: start
            )
        }
    }

    private mutating func skipDigits() {
        while isDigit(current) {
            position += 1
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A number's text short enough for a message.
    static func abbreviated(_ text: String) -> String {
        text.utf8.count <= 40 ? text : text.prefix(20) + "…" + text.suffix(12)
    }
}
