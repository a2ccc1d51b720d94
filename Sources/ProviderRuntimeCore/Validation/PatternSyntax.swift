/// The subset of ICU regular-expression syntax that ``PatternProgram`` runs without ICU.
///
/// Schema patterns are mostly short sequences of literals, classes and counted repeats
/// (`[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}`), and `NSRegularExpression` costs microseconds and several
/// allocations per call on Linux, bridging each value to UTF-16. The parser accepts only syntax
/// whose ICU meaning is certain and returns nil for anything else (lookaround, backreferences,
/// flags, `\w`, `\b`, `\p{…}`, set operations, possessive quantifiers, anchors other than a
/// leading `^` and a trailing `$`), so such patterns keep using ICU.
indirect enum PatternNode {
    case empty
    case scalar(ScalarPredicate)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    /// `maximum` nil means unbounded.
    case repeated(PatternNode, minimum: Int, maximum: Int?)
}

/// Recursive-descent parser for the supported subset; any doubt yields nil.
struct PatternParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    // Deep nesting is legal ICU but pointless in a schema; it stays with ICU rather than
    // recursing here.
    private var depth = 0

    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    static func parse(_ source: String) -> PatternNode? {
        var parser = PatternParser(source)
        guard let node = parser.alternatives(), parser.position == parser.scalars.count else { return nil }
        return node
    }

    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private mutating func alternatives() -> PatternNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 32 else { return nil }
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
        position += 1
        switch scalar {
        case "(":
            if current == "?" {
                guard position + 1 < scalars.count, scalars[position + 1] == ":" else { return nil }
                position += 2
            }
            guard let inner = alternatives(), current == ")" else { return nil }
            position += 1
            return inner
        case "[":
            return characterClass().map(PatternNode.scalar)
        case ".":
            return .scalar(.anyButLineTerminator)
        case "^":
            // Whole-value matching makes a leading ^ redundant; elsewhere it would constrain.
            return position == 1 ? .empty : nil
        case "$":
            return position == scalars.count ? .empty : nil
        case "\\":
            return escape(inClass: false).map(PatternNode.scalar)
        case "*", "+", "?", "{", "}", "]", ")", "|", "#":
            return nil
        default:
            return .scalar(.literal(scalar))
        }
    }

    private mutating func quantified(_ atom: PatternNode) -> PatternNode? {
        guard let scalar = current else { return atom }
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
            guard let minimum = number() else { return nil }
            var maximum: Int? = minimum
            if current == "," {
                position += 1
                maximum = current == "}" ? nil : number()
                if maximum == nil && current != "}" { return nil }
            }
            guard current == "}", maximum.map({ $0 >= minimum }) ?? true else { return nil }
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
            return nil
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
        guard let scalar = current else { return nil }
        position += 1
        var predicate = ScalarPredicate()
        switch scalar {
        case "d", "D":
            predicate.addDecimalDigits()
            predicate.negated = scalar == "D"
            return inClass && predicate.negated ? nil : predicate.finished()
        case "s", "S":
            predicate.addWhitespace()
            predicate.negated = scalar == "S"
            return inClass && predicate.negated ? nil : predicate.finished()
        case "t": return .literal("\t")
        case "n": return .literal("\n")
        case "r": return .literal("\r")
        case "f": return .literal("\u{0C}")
        default:
            guard scalar.isASCII, scalar.properties.generalCategory != .uppercaseLetter,
                scalar.properties.generalCategory != .lowercaseLetter,
                scalar.properties.numericType == nil, scalar.value > 0x20, scalar.value < 0x7F
            else { return nil }
            return .literal(scalar)
        }
    }

    private mutating func characterClass() -> ScalarPredicate? {
        var predicate = ScalarPredicate()
        if current == "^" {
            predicate.negated = true
            position += 1
        }
        // "[]…" and "[:alpha:]" (a POSIX class in ICU) mean something else there.
        guard current != "]", current != ":" else { return nil }
        while current != nil && current != "]" {
            guard let low = classMember() else { return nil }
            switch low {
            case .set(let set):
                if set.decimalDigits { predicate.addDecimalDigits() }
                if set.whitespace { predicate.addWhitespace() }
            case .scalar(let lowValue):
                if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    position += 1
                    guard case .scalar(let highValue)? = classMember(), highValue >= lowValue else { return nil }
                    predicate.addRange(lowValue...highValue)
                } else {
                    predicate.addRange(lowValue...lowValue)
                }
            }
        }
        guard current == "]" else { return nil }
        position += 1
        return predicate.finished()
    }

    private enum ClassMember {
        case scalar(UInt32)
        case set(ScalarPredicate)
    }

    private mutating func classMember() -> ClassMember? {
        guard let scalar = current else { return nil }
        switch scalar {
        case "\\":
            position += 1
            guard let escaped = escape(inClass: true) else { return nil }
            if escaped.decimalDigits || escaped.whitespace {
                return .set(escaped)
            }
            return escaped.ranges.first.map { .scalar($0.lowerBound) }
        case "[", "]", "&", "$", "{", "}", "^":
            // Nested sets, set operations, and ICU UnicodeSet syntax stay with ICU.
            return nil
        case "-":
            // Only a leading or trailing hyphen is a plain literal.
            let isLeading = position > 0 && (scalars[position - 1] == "[" || scalars[position - 1] == "^")
            let isTrailing = position + 1 < scalars.count && scalars[position + 1] == "]"
            guard isLeading || isTrailing else { return nil }
            position += 1
            return .scalar(scalar.value)
        default:
            position += 1
            return .scalar(scalar.value)
        }
    }
}
