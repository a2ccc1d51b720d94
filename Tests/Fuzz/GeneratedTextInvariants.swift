/// Lexical promises every generated file keeps, whatever the schema says. Schema text reaches
/// Swift only through SwiftLiteral (string literals, one line each) and doc comments; if either
/// let something through unescaped, one of these would break. Cheap enough to run on every
/// fuzzer input, unlike compiling the output.
enum GeneratedTextInvariants {
    /// Checks `text` and returns the values of its string literals, decoded independently of
    /// SwiftLiteral, as UTF-8 bytes (so canonically equal but different texts stay apart).
    @discardableResult
    static func check(_ text: String, path: String) -> Set<[UInt8]> {
        for scalar in text.unicodeScalars where scalar != "\n" {
            require(
                !isHidden(scalar),
                "\(path): raw U+\(String(scalar.value, radix: 16, uppercase: true)) in generated code"
            )
        }
        var literals = Set<[UInt8]>()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            checkLine(line, at: "\(path):\(index + 1)", into: &literals)
        }
        return literals
    }

    /// Characters that would change how a line reads or lexes without being seen: controls,
    /// format characters (bidirectional overrides, zero-width joiners), line and paragraph
    /// separators, private-use, surrogate and unassigned scalars.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return true
        default:
            return false
        }
    }

    /// Outside string literals, a line may hold a `//` comment, but neither `/*` nor `*/`; every
    /// string literal it opens, it closes, using only the escapes SwiftLiteral writes (so never
    /// `\(`, which would interpolate). Generated code has no multi-line or raw literals. Scans
    /// scalars, as the Swift lexer does: a quote followed by a combining mark is one Character
    /// but still opens a literal.
    static func checkLine(_ line: Substring, at place: String, into literals: inout Set<[UInt8]>) {
        var literal: String.UnicodeScalarView?
        var previous: Unicode.Scalar?
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if var open = literal {
                switch scalar {
                case "\\":
                    guard let escaped = decodeEscape(&scalars) else {
                        return require(false, "\(place): unknown escape in a string literal: \(line)")
                    }
                    open.append(escaped)
                    literal = open
                case "\"":
                    literals.insert(Array(String(open).utf8))
                    literal = nil
                default:
                    open.append(scalar)
                    literal = open
                }
                previous = nil
                continue
            }
            if scalar == "\"" {
                literal = String.UnicodeScalarView()
            } else if previous == "/" && scalar == "/" {
                return
            } else if (previous == "/" && scalar == "*") || (previous == "*" && scalar == "/") {
                require(false, "\(place): block comment delimiter outside a string: \(line)")
            }
            previous = scalar
        }
        require(literal == nil, "\(place): string literal left open: \(line)")
    }

    /// The scalar an escape after `\` stands for: \\ \" \n \r \t \0 and \u{…}; nil for anything else.
    static func decodeEscape(_ scalars: inout Substring.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        switch scalars.next() {
        case "\\": return "\\"
        case "\"": return "\""
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "0": return "\0"
        case "u":
            guard scalars.next() == "{" else { return nil }
            var hex = ""
            while let digit = scalars.next() {
                if digit == "}" { return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) }
                hex.unicodeScalars.append(digit)
                if hex.unicodeScalars.count > 8 { return nil }
            }
            return nil
        default:
            return nil
        }
    }

    /// `precondition` drops its message in optimised builds; the fuzzer's log should say which
    /// promise broke.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}
