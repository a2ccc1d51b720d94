/// The digits of a phone number being read, in a stack buffer, as ASCII bytes. Trunk prefixes
/// and calling codes are dropped from the front without copying.
struct PhoneDigits {
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private var start = 0
    private var end = 0

    init(storage: UnsafeMutableBufferPointer<UInt8>) {
        self.storage = storage
    }

    var count: Int { end - start }

    /// The ASCII digit at `index`.
    @inline(__always) subscript(index: Int) -> UInt8 { storage[start + index] }

    /// The numeric value of the digit at `index`.
    @inline(__always) func digit(_ index: Int) -> Int { ASCII.digitValue(self[index]) }

    /// The two digits at `index` as a number.
    func pair(at index: Int) -> Int { digit(index) * 10 + digit(index + 1) }

    /// Appends an ASCII digit; false when the buffer is full.
    mutating func append(_ byte: UInt8) -> Bool {
        guard end < storage.count else { return false }
        storage[end] = byte
        end += 1
        return true
    }

    mutating func removeAll() {
        start = 0
        end = 0
    }

    mutating func dropFirst(_ length: Int) {
        start += min(length, count)
    }

    func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { expected in
            guard expected.count <= count else { return false }
            for index in 0..<expected.count where self[index] != expected[index] {
                return false
            }
            return true
        }
    }

    /// Whether the digits match `pattern` exactly, one pattern element per digit: a digit is
    /// itself, `x` is any digit, `[a-b]` is a digit range. "9[1-3]xxxxxxxxx" is an Argentine
    /// mobile (§3.1). Hand-written so the formats need no regular-expression engine (§5).
    func matches(_ pattern: StaticString) -> Bool {
        pattern.withUTF8Buffer { elements in
            var element = 0
            var index = 0
            while element < elements.count {
                guard index < count else { return false }
                let digit = self[index]
                switch elements[element] {
                case UInt8(ascii: "x"):
                    element += 1
                case UInt8(ascii: "["):
                    guard elements[element + 1] <= digit, digit <= elements[element + 3] else { return false }
                    element += 5
                case let literal:
                    guard literal == digit else { return false }
                    element += 1
                }
                index += 1
            }
            return index == count
        }
    }

    /// Turns `area` + "15" + local into "9" + `area` + local: the national way of dialling an
    /// Argentine mobile becomes its international form (§3.1). `areaLength` digits precede "15".
    mutating func moveMobileFifteen(areaLength: Int) {
        for index in stride(from: areaLength - 1, through: 0, by: -1) {
            storage[start + 2 + index] = storage[start + index]
        }
        storage[start + 1] = 0x39
        start += 1
    }

    /// "+" + `callingCode` + the digits, assembled in one buffer so the string is built once.
    func e164(callingCode: StaticString) -> String {
        callingCode.withUTF8Buffer { code in
            let length = 1 + code.count + count
            return String(unsafeUninitializedCapacity: length) { output in
                output[0] = ASCII.plus
                for index in 0..<code.count {
                    output[1 + index] = code[index]
                }
                for index in 0..<count {
                    output[1 + code.count + index] = self[index]
                }
                return length
            }
        }
    }
}
