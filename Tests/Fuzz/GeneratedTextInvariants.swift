/// Lexical promises every generated file keeps, whatever the schema says. Schema text reaches
/// Swift only through SwiftLiteral (string literals, one line each) and doc comments; if either
/// let something through unescaped, one of these would break. Cheap enough to run on every
/// fuzzer input, unlike compiling the output.
enum GeneratedTextInvariants {
    static func check(_ text: String, path: String) {
        for scalar in text.unicodeScalars where scalar != "\n" {
            precondition(!isHidden(scalar), "\(path): raw U+\(String(scalar.value, radix: 16, uppercase: true)) in generated code")
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            checkLine(line, at: "\(path):\(index + 1)")
        }
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
    /// string literal it opens, it closes. Generated code has no multi-line or raw literals.
    /// Scans scalars, as the Swift lexer does: a quote followed by a combining mark is one
    /// Character but still opens a literal.
    static func checkLine(_ line: Substring, at place: String) {
        var inString = false
        var previous: Unicode.Scalar?
        var characters = line.unicodeScalars.makeIterator()
        while let character = characters.next() {
            if inString {
                if character == "\\" {
                    _ = characters.next()
                } else if character == "\"" {
                    inString = false
                }
                previous = nil
                continue
            }
            if character == "\"" {
                inString = true
            } else if previous == "/" && character == "/" {
                return
            } else if (previous == "/" && character == "*") || (previous == "*" && character == "/") {
                preconditionFailure("\(place): block comment delimiter outside a string: \(line)")
            }
            previous = character
        }
        precondition(!inString, "\(place): string literal left open: \(line)")
    }
}
