/// Turns a byte offset into a line and column the way libyaml's marks count them, for
/// the reader errors (bad UTF-8, control characters) that libyaml reports only as an offset.
enum InputPosition {
    /// 0-based line and column, counting characters rather than bytes and every line break
    /// libyaml knows (LF, CR, CRLF, NEL, LS, PS), with a leading byte-order mark not counted.
    static func lineAndColumn(ofOffset offset: Int, in input: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), input.count)
        var counter = Counter()
        // libyaml also accepts UTF-16 when it starts with a byte-order mark; its offsets
        // then count UTF-16 bytes.
        if end >= 2, input[0] == 0xFF, input[1] == 0xFE {
            countUTF16(input, from: 2, to: end, bigEndian: false, into: &counter)
        } else if end >= 2, input[0] == 0xFE, input[1] == 0xFF {
            countUTF16(input, from: 2, to: end, bigEndian: true, into: &counter)
        } else {
            let start = (end >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF) ? 3 : 0
            countUTF8(input, from: start, to: end, into: &counter)
        }
        return (counter.line, counter.column)
    }

    private struct Counter {
        var line = 0
        var column = 0
        var afterCarriageReturn = false

        mutating func add(_ scalar: UInt32) {
            switch scalar {
            case 0x0A where afterCarriageReturn:
                // CRLF is one line break, already counted at the CR.
                break
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                line += 1
                column = 0
            default:
                column += 1
            }
            afterCarriageReturn = scalar == 0x0D
        }
    }

    private static func countUTF8(
        _ input: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int,
        into counter: inout Counter
    ) {
        var index = start
        while index < end {
            let byte = input[index]
            // Bytes before the offset decoded cleanly, so only lead bytes need looking at,
            // and only the two-byte NEL and three-byte LS/PS matter beyond their count.
            if byte == 0xC2, index + 1 < end, input[index + 1] == 0x85 {
                counter.add(0x85)
                index += 2
            } else if byte == 0xE2, index + 2 < end, input[index + 1] == 0x80, input[index + 2] & 0xFE == 0xA8 {
                counter.add(0x2028)
                index += 3
            } else {
                if byte & 0xC0 != 0x80 { counter.add(UInt32(byte)) }
                index += 1
            }
        }
    }

    private static func countUTF16(
        _ input: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int,
        bigEndian: Bool,
        into counter: inout Counter
    ) {
        var index = start
        while index + 1 < end {
            let unit =
                bigEndian
                ? UInt32(input[index]) << 8 | UInt32(input[index + 1])
                : UInt32(input[index + 1]) << 8 | UInt32(input[index])
            // A low surrogate completes a character already counted at its high surrogate.
            if !(0xDC00...0xDFFF).contains(unit) { counter.add(unit) }
            index += 2
        }
    }
}
