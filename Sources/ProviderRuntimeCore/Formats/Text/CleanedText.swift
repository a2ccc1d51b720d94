/// Typed input after ``Cleaning``: one byte per character (ASCII, or ``ASCII/enye``), upper-cased,
/// separators dropped. Valid only inside the closure it was passed to.
struct CleanedText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The input was exactly this text, so it can be returned as the normalised value as it is.
    let isUnchanged: Bool
    /// The separator typed just before the last character, such as "-" in "900123456-8": a
    /// Colombian NIT carries its check digit only when it is set apart like this (§2.4).
    let separatorBeforeLast: UInt8?

    var count: Int { bytes.count }

    @inline(__always) subscript(index: Int) -> UInt8 { bytes[index] }

    /// Whether every character in `range` satisfies `test`.
    @inline(__always) func all(_ range: Range<Int>, _ test: (UInt8) -> Bool) -> Bool {
        for index in range where !test(bytes[index]) {
            return false
        }
        return true
    }

    /// Whether the text is exactly the ASCII `other`.
    func equals(_ other: StaticString) -> Bool {
        other.withUTF8Buffer { expected in
            expected.count == bytes.count && expected.elementsEqual(bytes)
        }
    }

    /// The text as a `String`, for the normalised value: `original` itself when cleaning changed
    /// nothing (no copy), otherwise built from the buffer.
    func string(original: String) -> String {
        isUnchanged ? original : Self.decode(bytes)
    }

    /// The first `length` characters as a `String`.
    func prefixString(_ length: Int) -> String {
        Self.decode(UnsafeBufferPointer(rebasing: bytes[0..<length]))
    }

    /// Turns one-byte-per-character text into UTF-8, widening ``ASCII/enye`` to "Ñ".
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(ASCII.enye) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(Unicode.Scalar(byte))
        }
        return String(scalars)
    }
}
