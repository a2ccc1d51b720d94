/// Byte-level character classes for the formats.
///
/// Every format works on ASCII bytes, never on `Character.wholeNumberValue` or `isLetter`: those
/// accept "٣" or full-width digits, which no national registry issues (CountryFormats.md §5).
enum ASCII {
    static let zero: UInt8 = 0x30
    static let upperA: UInt8 = 0x41
    static let upperK: UInt8 = 0x4B
    static let upperX: UInt8 = 0x58
    static let space: UInt8 = 0x20
    static let hyphen: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let plus: UInt8 = 0x2B
    static let at: UInt8 = 0x40
    static let ampersand: UInt8 = 0x26
    /// "Ñ" in ISO 8859-1. Cleaned document text keeps one byte per character, so RFC and CURP
    /// positions stay byte positions; the byte is written back as UTF-8 "Ñ" in normalised output.
    static let enye: UInt8 = 0xD1

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpperAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isUpper(byte) }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    /// Space, tab, line feed, vertical tab, form feed, carriage return: what `trim` removes.
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte &- 0x09 < 5 }

    @inline(__always) static func digitValue(_ byte: UInt8) -> Int { Int(byte &- zero) }
    @inline(__always) static func uppercased(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte &- 0x20 : byte }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte &+ 0x20 : byte }
    /// The ASCII digit for 0...9.
    @inline(__always) static func digit(_ value: Int) -> UInt8 { zero &+ UInt8(truncatingIfNeeded: value) }
}

/// A set of bytes below 0x40, as one bit each: the separators people type (space `-` `.` `/` `(` `)`).
struct ByteSet: Sendable {
    let mask: UInt64

    /// `members` must be ASCII characters below "@" (0x40).
    init(_ members: StaticString) {
        var mask: UInt64 = 0
        members.withUTF8Buffer { bytes in
            for byte in bytes {
                precondition(byte < 0x40, "ByteSet holds bytes below 0x40 only")
                mask |= 1 << UInt64(byte)
            }
        }
        self.mask = mask
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        byte < 0x40 && mask & (1 << UInt64(byte)) != 0
    }
}

extension String {
    /// Calls `body` with the UTF-8 bytes: in place for native strings (every string on Linux),
    /// so the hot path neither copies nor retains; a bridged string is copied first.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        var copy = self
        return copy.withUTF8(body)
    }
}
