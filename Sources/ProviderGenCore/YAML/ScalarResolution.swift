/// A scalar's value under the YAML 1.2 core schema.
public enum ResolvedScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

/// YAML 1.2 core schema resolution, hand-written because it runs for every plain scalar
/// of every schema and regular expressions would dominate parse time.
enum ScalarResolution {
    static let stringTag = "tag:yaml.org,2002:str"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let nullTag = "tag:yaml.org,2002:null"

    static func resolve(_ text: String, style: ScalarStyle, tag: String?) -> ResolvedScalar {
        if let tag { return resolveTagged(text, tag: tag) }
        // Quoting or block style is how an author says "this is text", so only plain scalars are typed.
        guard style == .plain else { return .string(text) }
        return resolvePlain(text)
    }

    static func resolvePlain(_ text: String) -> ResolvedScalar {
        // Most plain scalars in a schema are names like `string` or `amount`; the first
        // byte rules them out before any further work.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            return isNull(text) ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(text).map(ResolvedScalar.bool) ?? .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return number(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    /// An explicit tag whose text does not fit stays a string, so the schema loader can
    /// report the mismatch with its own wording instead of the reader guessing.
    static func resolveTagged(_ text: String, tag: String) -> ResolvedScalar {
        switch tag {
        case nullTag:
            return isNull(text) ? .null : .string(text)
        case boolTag:
            return bool(text).map(ResolvedScalar.bool) ?? .string(text)
        case intTag:
            if let value = integer(text) { return .int(value) }
            return .string(text)
        case floatTag:
            if let value = float(text) { return .float(value) }
            return .string(text)
        default:
            return .string(text)
        }
    }

    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    static func number(_ text: String) -> ResolvedScalar? {
        if let value = integer(text) { return .int(value) }
        if let value = float(text) { return .float(value) }
        return nil
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`. Out-of-range text gives nil; decimal
    /// text then still resolves as a float because it also fits the float grammar.
    static func integer(_ text: String) -> Int? {
        let bytes = text.utf8
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "0"), bytes.count > 2 {
            let marker = bytes[bytes.index(after: bytes.startIndex)]
            let digits = text.utf8.dropFirst(2)
            if marker == UInt8(ascii: "o") {
                guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) else { return nil }
                return Int(Substring(digits), radix: 8)
            }
            if marker == UInt8(ascii: "x") {
                guard digits.allSatisfy(isHexDigit) else { return nil }
                return Int(Substring(digits), radix: 16)
            }
        }
        var digits = Substring(text)
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy(isDecimalDigit) else { return nil }
        return Int(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf` and `\.nan` in
    /// their three spellings. The grammar is checked first because `Double.init` accepts
    /// forms YAML does not, such as `inf` or hexadecimal floats.
    static func float(_ text: String) -> Double? {
        var rest = Substring(text).utf8[...]
        var negative = false
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        switch Substring(rest) {
        case ".inf", ".Inf", ".INF": return negative ? -Double.infinity : Double.infinity
        case ".nan", ".NaN", ".NAN": return rest.count == text.utf8.count ? Double.nan : nil
        default: break
        }
        let integerDigits = rest.prefix(while: isDecimalDigit).count
        rest = rest.dropFirst(integerDigits)
        var fractionDigits = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            fractionDigits = rest.prefix(while: isDecimalDigit).count
            rest = rest.dropFirst(fractionDigits)
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        if let marker = rest.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                rest = rest.dropFirst()
            }
            let exponentDigits = rest.prefix(while: isDecimalDigit).count
            guard exponentDigits > 0 else { return nil }
            rest = rest.dropFirst(exponentDigits)
        }
        guard rest.isEmpty else { return nil }
        return Double(text)
    }

    private static func isDecimalDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDecimalDigit(byte)
            || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }
}
