/// RFC 9110 syntax shared by methods and header names: the one definition, used by request
/// building at run time and by the generator when it checks a schema's headers.
package enum HTTPToken {
    package static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    package static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy(isTokenCharacter)
    }

    /// Field values may hold any visible text and tabs, but never CR, LF or NUL, which would let a
    /// value inject further header lines, nor the C1 controls (NEL, U+0085, among them) or
    /// U+2028/U+2029, which some clients and proxies treat as line breaks.
    package static func isValidValue(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            scalar == "\t"
                || (scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0x2028
                    && scalar.value != 0x2029)
        }
    }
}
