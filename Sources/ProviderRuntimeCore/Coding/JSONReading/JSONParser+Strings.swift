extension JSONParser {
    /// The string starting at `position` (a quote), unescaped; `position` ends after its closing quote.
    mutating func string() throws(JSONParseFailure) -> String {
        let opening = position
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                // Already checked to be UTF-8, so decoding repairs nothing.
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                return text
            } else if byte == UInt8(ascii: "\\") {
                return try escapedString(opening: opening, from: start)
            } else if byte < 0x20 {
                throw controlCharacter()
            } else if byte < 0x80 {
                position += 1
            } else {
                try utf8Sequence()
            }
        }
        throw JSONParseFailure("not valid JSON: a string is not closed", at: opening)
    }

    /// The slow path, for a string with escapes: copies into a buffer from `start`.
    private mutating func escapedString(opening: Int, from start: Int) throws(JSONParseFailure) -> String {
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: utf8, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                try escape(into: &utf8)
            } else if byte < 0x20 {
                throw controlCharacter()
            } else if byte < 0x80 {
                utf8.append(byte)
                position += 1
            } else {
                let sequenceStart = position
                try utf8Sequence()
                utf8.append(contentsOf: bytes[sequenceStart..<position])
            }
        }
        throw JSONParseFailure("not valid JSON: a string is not closed", at: opening)
    }

    private mutating func escape(into utf8: inout [UInt8]) throws(JSONParseFailure) {
        let start = position
        position += 1
        let letter = current
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(letter)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try unicodeEscape(start: start)
            if let encoded = UTF8.encode(scalar) {
                utf8.append(contentsOf: encoded)
            }
        default:
            throw JSONParseFailure("not valid JSON: unknown escape in a string", at: start)
        }
    }

    /// The scalar of a `\uXXXX` escape (after its `u`), joining a surrogate pair.
    private mutating func unicodeEscape(start: Int) throws(JSONParseFailure) -> Unicode.Scalar {
        let unit = try hexQuad(escapeStart: start)
        switch unit {
        case 0xD800...0xDBFF:
            guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u")
            else {
                throw unpairedSurrogate(unit, at: start)
            }
            let lowStart = position
            position += 2
            let low = try hexQuad(escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw unpairedSurrogate(unit, at: start)
            }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw unpairedSurrogate(unit, at: start)
        default:
            return Unicode.Scalar(unit)!
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws(JSONParseFailure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt8
            switch current {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = current - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = current - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = current - UInt8(ascii: "A") + 10
            default: throw JSONParseFailure("not valid JSON: \\u must be followed by 4 hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func unpairedSurrogate(_ unit: UInt32, at offset: Int) -> JSONParseFailure {
        let hex = String(unit, radix: 16, uppercase: true)
        return JSONParseFailure(
            "not valid JSON: \\u\(hex) is half of a surrogate pair without the other half",
            at: offset
        )
    }

    private func controlCharacter() -> JSONParseFailure {
        JSONParseFailure(
            "not valid JSON: control character \(Self.scalarName(UInt32(bytes[position]))) in a string; it must be escaped",
            at: position
        )
    }

    /// Steps over one well-formed UTF-8 sequence of 2 to 4 bytes (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or throws at its first byte.
    mutating func utf8Sequence() throws(JSONParseFailure) {
        let lead = bytes[position]
        var length = 0
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: break
        }
        guard length > 0, bytes.count - position >= length, secondRange.contains(bytes[position + 1]),
            bytes[position + 2..<position + length].allSatisfy({ $0 & 0xC0 == 0x80 })
        else {
            throw JSONParseFailure(
                "not valid JSON: invalid UTF-8 in a sequence starting with byte 0x\(String(lead, radix: 16, uppercase: true))",
                at: position
            )
        }
        position += length
    }
}
