/// Bitmap sets built once from the readable tables in this folder, so a lookup on the hot path
/// is a shift and a mask rather than a string comparison.

/// A set of two-digit codes 00...99 (area codes, tax-id prefixes).
struct DigitPairSet: Sendable {
    private let low: UInt64
    private let high: UInt64

    /// `members` must lie in 0...99.
    init(_ members: [Int]) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for member in members {
            precondition((0...99).contains(member), "two-digit code out of range in a format table")
            if member < 64 {
                low |= 1 << UInt64(member)
            } else {
                high |= 1 << UInt64(member - 64)
            }
        }
        self.low = low
        self.high = high
    }

    init(ranges: [ClosedRange<Int>]) {
        self.init(ranges.flatMap { Array($0) })
    }

    func contains(_ value: Int) -> Bool {
        guard (0...99).contains(value) else { return false }
        return value < 64 ? low & (1 << UInt64(value)) != 0 : high & (1 << UInt64(value - 64)) != 0
    }

    /// The members as written in messages, runs joined: "20, 23–24, 27".
    var listed: String {
        var runs: [String] = []
        var value = 0
        while value <= 99 {
            guard contains(value) else {
                value += 1
                continue
            }
            var end = value
            while end < 99, contains(end + 1) { end += 1 }
            runs.append(
                end == value
                    ? DigitPairSet.twoDigits(value) : DigitPairSet.twoDigits(value) + "–" + DigitPairSet.twoDigits(end)
            )
            value = end + 1
        }
        return runs.joined(separator: ", ")
    }

    /// "07" for 7.
    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// The two ASCII digits at `offset` as a number; the caller has checked they are digits.
    static func value(_ text: CleanedText, at offset: Int) -> Int {
        ASCII.digitValue(text[offset]) * 10 + ASCII.digitValue(text[offset + 1])
    }
}

/// A set of fixed-length codes of upper-case letters A–Z (country codes, currency codes, states).
struct LetterCodeSet: Sendable {
    let length: Int
    private let words: [UInt64]

    /// `codes`: the members separated by spaces or line breaks, each exactly `length` letters A–Z.
    init(length: Int, _ codes: String) {
        var words = [UInt64](repeating: 0, count: (LetterCodeSet.size(length) + 63) / 64)
        for code in codes.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let bytes = Array(code.utf8)
            precondition(
                bytes.count == length && bytes.allSatisfy(ASCII.isUpper),
                "malformed code '\(code)' in a format table"
            )
            let slot = bytes.reduce(0) { $0 * 26 + Int($1 - ASCII.upperA) }
            words[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.length = length
        self.words = words
    }

    /// Whether the `length` characters at `offset` are one of the codes.
    func contains(_ text: CleanedText, at offset: Int = 0) -> Bool {
        guard offset + length <= text.count else { return false }
        var slot = 0
        for index in offset..<(offset + length) {
            let letter = text[index] &- ASCII.upperA
            guard letter < 26 else { return false }
            slot = slot * 26 + Int(letter)
        }
        return words[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private static func size(_ length: Int) -> Int {
        (0..<length).reduce(1) { product, _ in product * 26 }
    }

}
