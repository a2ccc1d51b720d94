/// Loops over a string's UTF-8 bytes through a buffer pointer when the string is native (nearly
/// always), which is several times faster than iterating `String.UTF8View` element by element.
enum UTF8Scan {
    /// The number of Unicode scalars: UTF-8 bytes that do not continue a scalar.
    static func scalarCount(_ value: String) -> Int {
        if let count = value.utf8.withContiguousStorageIfAvailable({ bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
            }
            return count
        }) {
            return count
        }
        return value.unicodeScalars.count
    }

    /// The last Unicode scalar, read straight from the final byte when that byte is ASCII.
    static func lastScalar(_ value: String) -> Unicode.Scalar? {
        if let last = value.utf8.withContiguousStorageIfAvailable({ $0.last }) ?? value.utf8.last, last < 0x80 {
            return Unicode.Scalar(last)
        }
        return value.unicodeScalars.last
    }
}
