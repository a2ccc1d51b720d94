/// Recursive descent over the body's bytes: one pass, no backtracking, each byte looked at a
/// bounded number of times. Recursion is bounded by `maxDepth` (at most
/// ``JSONLimits/depthCeiling``).
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0
    private var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The byte at `position`, or 0 at the end (NUL is never valid outside a string).
    var current: UInt8 {
        position < bytes.count ? bytes[position] : 0
    }

    mutating func document() throws(JSONParseFailure) -> JSONNode {
        if let problem = encodingProblem() {
            var failure = JSONParseFailure(problem, at: 0)
            failure.isAboutWholeBody = true
            throw failure
        }
        skipWhitespace()
        if position == bytes.count {
            var failure = JSONParseFailure("not valid JSON: the body is empty", at: position)
            failure.isAboutWholeBody = true
            throw failure
        }
        let root = try value()
        skipWhitespace()
        if position < bytes.count {
            throw unexpected("after the document")
        }
        return root
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONParseFailure) -> JSONNode {
        switch current {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            throw unexpected("where a value should be")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseFailure) {
        let start = position
        let length = word.utf8CodeUnitCount
        guard bytes.count - position >= length,
            UnsafeBufferPointer(start: word.utf8Start, count: length).elementsEqual(bytes[position..<position + length])
        else {
            throw JSONParseFailure("not valid JSON: expected \(word)", at: start)
        }
        position += length
    }

    private mutating func enter() throws(JSONParseFailure) {
        depth += 1
        if depth > maxDepth {
            throw JSONParseFailure(
                "nesting deeper than \(maxDepth) levels of arrays and objects (JSONLimits.maxDepth)",
                at: position
            )
        }
        position += 1
        skipWhitespace()
    }

    private mutating func object() throws(JSONParseFailure) -> JSONNode {
        try enter()
        var members = JSONMembers()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") {
                    throw JSONParseFailure("not valid JSON: trailing comma before '}'", at: position)
                }
                throw unexpected("where a key should be")
            }
            let keyOffset = position
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw unexpected("after a key, where ':' should be").inside(.key(key))
            }
            position += 1
            skipWhitespace()
            let member: JSONNode
            do {
                member = try value()
            } catch {
                throw error.inside(.key(key))
            }
            guard members.append(key, member) else {
                throw JSONParseFailure(
                    "duplicate key \"\(key)\"; keys must be unique, as a provider may read either value",
                    at: keyOffset
                ).inside(.key(key))
            }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(members)
            default:
                throw unexpected("after a member, where ',' or '}' should be")
            }
        }
    }

    private mutating func array() throws(JSONParseFailure) -> JSONNode {
        try enter()
        var elements: [JSONNode] = []
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            if current == UInt8(ascii: "]") {
                throw JSONParseFailure("not valid JSON: trailing comma before ']'", at: position)
            }
            do {
                elements.append(try value())
            } catch {
                throw error.inside(.index(elements.count))
            }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default:
                throw unexpected("after an element, where ',' or ']' should be")
            }
        }
    }

    /// "not valid JSON: unexpected 'x' <context>", or "… the body ends <context>" at the end.
    func unexpected(_ context: String) -> JSONParseFailure {
        guard position < bytes.count else {
            return JSONParseFailure("not valid JSON: the body ends \(context)", at: position)
        }
        return JSONParseFailure("not valid JSON: unexpected \(describeCurrent()) \(context)", at: position)
    }

    /// The character at `position` as a message shows it: `'x'`, `U+0007`, `'é'`, `byte 0xFF`.
    func describeCurrent() -> String {
        let byte = bytes[position]
        if byte >= 0x20 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        if byte < 0x80 {
            return "control character " + Self.scalarName(UInt32(byte))
        }
        var probe = self
        guard (try? probe.utf8Sequence()) != nil else {
            return "byte 0x" + String(byte, radix: 16, uppercase: true) + " (not UTF-8)"
        }
        let text = String(decoding: bytes[position..<probe.position], as: UTF8.self)
        return "'\(text)' (" + text.unicodeScalars.map { Self.scalarName($0.value) }.joined() + ")"
    }

    static func scalarName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
