/// The subset of ICU regular-expression syntax that ``PatternProgram`` runs without ICU.
///
/// Schema patterns are mostly short sequences of literals, classes and counted repeats
/// (`[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}`), and `NSRegularExpression` costs microseconds and several
/// allocations per call on Linux, bridging each value to UTF-16. The parser accepts only syntax
/// whose ICU meaning is certain and refuses anything else (lookaround, backreferences, flags,
/// `\w`, `\b`, `\p{…}`, set operations, possessive quantifiers, anchors other than a leading `^`
/// and a trailing `$`) with the reason and position; the generator turns that into a schema error.
indirect enum PatternNode {
    case empty
    case scalar(ScalarPredicate)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    /// `maximum` nil means unbounded.
    case repeated(PatternNode, minimum: Int, maximum: Int?)
}

/// Why the built-in matcher cannot run a pattern, and where: `position` is the 1-based index, in
/// Unicode scalars, of the character where the unsupported syntax starts.
struct PatternSupportProblem: Error, Hashable {
    var reason: String
    var position: Int

    var description: String {
        "\(reason) (at character \(position) of the pattern)"
    }
}

/// Recursive-descent parser for the supported subset; any doubt is a ``PatternSupportProblem``.
struct PatternParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    // Deep nesting is legal ICU but pointless in a schema; it is refused rather than recursed.
    private var depth = 0
    /// The first reason parsing stopped; later `nil`s only unwind.
    private var problem: PatternSupportProblem?

    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    static func parse(_ source: String) -> Result<PatternNode, PatternSupportProblem> {
        var parser = PatternParser(source)
        let node = parser.alternatives()
        if let node, parser.position == parser.scalars.count {
            return .success(node)
        }
        if parser.problem == nil {
            let _: PatternNode? = parser.refuse("unbalanced \")\"", at: parser.position)
        }
        return .failure(parser.problem ?? PatternSupportProblem(reason: "unsupported syntax", position: 1))
    }

    /// Records why parsing stops at `index` (0-based) unless an earlier reason is known.
    private mutating func refuse<T>(_ reason: String, at index: Int) -> T? {
        if problem == nil {
            problem = PatternSupportProblem(reason: reason, position: min(index, scalars.count - 1) + 1)
        }
        return nil
    }

    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private mutating func alternatives() -> PatternNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 32 else { return refuse("groups nested more than 31 deep", at: position) }
        var branches: [PatternNode] = []
        while true {
            guard let branch = sequence() else { return nil }
            branches.append(branch)
            guard current == "|" else { break }
            position += 1
        }
        return branches.count == 1 ? branches[0] : .alternatives(branches)
    }

    private mutating func sequence() -> PatternNode? {
        var items: [PatternNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            guard let atom = atom(), let item = quantified(atom) else { return nil }
            items.append(item)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func atom() -> PatternNode? {
        guard let scalar = current else { return nil }
        let start = position
        position += 1
        switch scalar {
        case "(":
            if current == "?" {
                guard position + 1 < scalars.count, scalars[position + 1] == ":" else {
                    return refuse("lookaround, named groups and inline flags (\"(?\") are not supported", at: start)
                }
                position += 2
            }
            guard let inner = alternatives() else { return nil }
            guard current == ")" else { return refuse("this group is not closed", at: start) }
            position += 1
            return inner
        case "[":
            return characterClass(at: start).map(PatternNode.scalar)
        case ".":
            return .scalar(.anyButLineTerminator)
        case "^":
            // Whole-value matching makes a leading ^ redundant; elsewhere it would constrain.
            return position == 1 ? .empty : refuse("\"^\" is supported only at the start", at: start)
        case "$":
            return position == scalars.count ? .empty : refuse("\"$\" is supported only at the end", at: start)
        case "\\":
            return escape(inClass: false).map(PatternNode.scalar)
        case "*", "+", "?", "{":
            return refuse("\"\(scalar)\" has nothing to repeat", at: start)
        case "}", "]", ")", "|", "#":
            return refuse("a bare \"\(scalar)\" is not supported; escape it as \"\\\(scalar)\"", at: start)
        default:
            return .scalar(.literal(scalar))
        }
    }

    private mutating func quantified(_ atom: PatternNode) -> PatternNode? {
        guard let scalar = current else { return atom }
        let start = position
        var node: PatternNode
        switch scalar {
        case "*":
            position += 1
            node = .repeated(atom, minimum: 0, maximum: nil)
        case "+":
            position += 1
            node = .repeated(atom, minimum: 1, maximum: nil)
        case "?":
            position += 1
            node = .repeated(atom, minimum: 0, maximum: 1)
        case "{":
            position += 1
            let malformed = "a counted repeat must read {n}, {n,} or {n,m} with n <= m <= 1000"
            guard let minimum = number() else { return refuse(malformed, at: start) }
            var maximum: Int? = minimum
            if current == "," {
                position += 1
                maximum = current == "}" ? nil : number()
                if maximum == nil && current != "}" { return refuse(malformed, at: start) }
            }
            guard current == "}", maximum.map({ $0 >= minimum }) ?? true else { return refuse(malformed, at: start) }
            position += 1
            node = .repeated(atom, minimum: minimum, maximum: maximum)
        default:
            return atom
        }
        // A lazy quantifier accepts the same whole values; possessive ones and stacked
        // quantifiers do not, so they stay with ICU.
        if current == "?" {
            position += 1
        }
        if let next = current, ["*", "+", "?", "{"].contains(next) {
            return refuse("possessive and stacked quantifiers are not supported", at: position)
        }
        return node
    }

    private mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            value = value * 10 + Int(scalar.value - 48)
            digits += 1
            position += 1
            guard value <= 1000 else { return nil }
        }
        return digits > 0 ? value : nil
    }

    /// After a backslash: `\d`, `\D`, `\s`, `\S`, `\t`, `\n`, `\r`, `\f`, or escaped ASCII punctuation.
    private mutating func escape(inClass: Bool) -> ScalarPredicate? {
        let start = position - 1
        guard let scalar = current else { return refuse("the pattern ends with a lone \"\\\"", at: start) }
        position += 1
        let negatedInClass = "a negated class escape inside [...] is not supported"
        var predicate = ScalarPredicate()
        switch scalar {
        case "d", "D":
            predicate.addDecimalDigits()
            predicate.negated = scalar == "D"
            return inClass && predicate.negated ? refuse(negatedInClass, at: start) : predicate.finished()
        case "s", "S":
            predicate.addWhitespace()
            predicate.negated = scalar == "S"
            return inClass && predicate.negated ? refuse(negatedInClass, at: start) : predicate.finished()
        case "u":
            return hexLiteral(digits: 4...4, braced: false, escapeStart: start)
        case "x":
            let braced = current == "{"
            if braced { position += 1 }
            return hexLiteral(digits: braced ? 1...6 : 2...2, braced: braced, escapeStart: start)
        case "t": return .literal("\t")
        case "n": return .literal("\n")
        case "r": return .literal("\r")
        case "f": return .literal("\u{0C}")
        default:
            guard scalar.isASCII, scalar.properties.generalCategory != .uppercaseLetter,
                scalar.properties.generalCategory != .lowercaseLetter,
                scalar.properties.numericType == nil, scalar.value > 0x20, scalar.value < 0x7F
            else {
                return refuse(
                    "the escape \"\\\(scalar)\" is not supported (supported: \\d \\D \\s \\S \\t \\n \\r \\f and escaped "
                        + "punctuation; Unicode properties such as \\p{L}, \\w, \\b and backreferences are not)",
                    at: start
                )
            }
            return .literal(scalar)
        }
    }

    /// The hex digits of `\uhhhh`, `\xhh` or `\x{h…}` (ICU's forms), as a literal scalar.
    private mutating func hexLiteral(digits: ClosedRange<Int>, braced: Bool, escapeStart: Int) -> ScalarPredicate? {
        var value: UInt32 = 0
        var count = 0
        while count < digits.upperBound, let scalar = current, let digit = Self.hexValue(scalar) {
            value = value << 4 | digit
            count += 1
            position += 1
        }
        if braced {
            guard current == "}" else {
                return refuse("\"\\x{\" needs hex digits and a closing \"}\"", at: escapeStart)
            }
            position += 1
        }
        guard digits.contains(count), let scalar = Unicode.Scalar(value) else {
            return refuse(
                "a hex escape needs \(digits.lowerBound)–\(digits.upperBound) hex digits naming a scalar",
                at: escapeStart
            )
        }
        return .literal(scalar)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    private mutating func characterClass(at start: Int) -> ScalarPredicate? {
        var predicate = ScalarPredicate()
        if current == "^" {
            predicate.negated = true
            position += 1
        }
        // "[]…" and "[:alpha:]" (a POSIX class in ICU) mean something else there.
        guard current != "]", current != ":" else {
            return refuse("\"[]…\" and POSIX classes such as \"[:alpha:]\" are not supported", at: start)
        }
        while current != nil && current != "]" {
            guard let low = classMember() else { return nil }
            switch low {
            case .set(let set):
                if set.decimalDigits { predicate.addDecimalDigits() }
                if set.whitespace { predicate.addWhitespace() }
            case .scalar(let lowValue):
                if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    let rangeStart = position
                    position += 1
                    guard case .scalar(let highValue)? = classMember(), highValue >= lowValue else {
                        return refuse("a class range must run from a character to a later one", at: rangeStart)
                    }
                    predicate.addRange(lowValue...highValue)
                } else {
                    predicate.addRange(lowValue...lowValue)
                }
            }
        }
        guard current == "]" else { return refuse("this character class is not closed", at: start) }
        position += 1
        return predicate.finished()
    }

    private enum ClassMember {
        case scalar(UInt32)
        case set(ScalarPredicate)
    }

    private mutating func classMember() -> ClassMember? {
        guard let scalar = current else { return nil }
        let start = position
        switch scalar {
        case "\\":
            position += 1
            guard let escaped = escape(inClass: true) else { return nil }
            if escaped.decimalDigits || escaped.whitespace {
                return .set(escaped)
            }
            return escaped.ranges.first.map { .scalar($0.lowerBound) }
        case "[", "]", "&", "$", "{", "}", "^":
            // Nested sets, set operations, and ICU UnicodeSet syntax.
            return refuse(
                "\"\(scalar)\" inside [...] is not supported (nested sets and set operations); escape it",
                at: start
            )
        case "-":
            // Only a leading or trailing hyphen is a plain literal.
            let isLeading = position > 0 && (scalars[position - 1] == "[" || scalars[position - 1] == "^")
            let isTrailing = position + 1 < scalars.count && scalars[position + 1] == "]"
            guard isLeading || isTrailing else {
                return refuse("a \"-\" inside [...] must be first, last, or part of a range", at: start)
            }
            position += 1
            return .scalar(scalar.value)
        default:
            position += 1
            return .scalar(scalar.value)
        }
    }
}
