/// Country and type codes passed to ``StringFormat/phone(country:)`` and
/// ``StringFormat/document(country:type:)``. They come from other fields of the request, so
/// they get the same tolerance as values (surrounding spaces, case), and generated code
/// resolves them on every request, so the lookup packs them into an integer instead of
/// building strings.
enum FormatKey {
    /// Up to 8 ASCII characters, trimmed and upper-cased, packed big-endian into an integer;
    /// nil for anything longer or non-ASCII, which no table contains. With `country`, a leading
    /// "<country>-" is dropped: Koywe's billing API writes types as "CO-NIT".
    static func pack(_ text: String, droppingPrefixOf country: UInt64? = nil) -> UInt64? {
        text.withUTF8Bytes { bytes -> UInt64? in
            var start = 0
            var end = bytes.count
            while start < end, ASCII.isWhitespace(bytes[start]) { start += 1 }
            while end > start, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
            if let country, end - start > 3, bytes[start + 2] == ASCII.hyphen,
                pack(bytes, start..<(start + 2)) == country
            {
                start += 3
            }
            return pack(bytes, start..<end)
        }
    }

    /// Packs a code written in a table (already upper case).
    static func pack(_ code: StaticString) -> UInt64? {
        code.withUTF8Buffer { pack($0, 0..<$0.count) }
    }

    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= 8 else { return nil }
        var key: UInt64 = 0
        for index in range {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            key = key << 8 | UInt64(ASCII.uppercased(byte))
        }
        return key
    }

    /// The key as a message shows it: trimmed, upper case, "(empty)" for nothing. Only built
    /// when a country or type is unknown.
    static func display(_ text: String) -> String {
        let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        return trimmed.isEmpty ? "(empty)" : String(trimmed).uppercased()
    }
}
