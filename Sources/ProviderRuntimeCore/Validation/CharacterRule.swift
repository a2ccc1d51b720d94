/// The characters a string field may contain: a union of character classes and literal extras.
///
/// Build rules once (as `static let`) and reuse them; ``allows(_:)`` is a bitmap lookup for ASCII.
public struct CharacterRule: Sendable, Hashable {
    /// The classes, in the order given, without repeats.
    public let classes: [CharacterClass]
    /// Literal characters also allowed, without repeats.
    public let extra: String

    // ASCII answers come from two 64-bit masks; only non-ASCII scalars consult Unicode properties.
    private let asciiMask: (low: UInt64, high: UInt64)
    private let unicodeLetters: Bool
    private let unicodeDigits: Bool
    private let unicodeWhitespace: Bool
    private let extraNonASCII: [Unicode.Scalar]

    /// - Parameters:
    ///   - classes: named sets to allow.
    ///   - extra: literal characters also allowed, e.g. `"-_/()',."`.
    public init(_ classes: [CharacterClass], extra: String = "") {
        var seenClasses: [CharacterClass] = []
        for characterClass in classes where !seenClasses.contains(characterClass) {
            seenClasses.append(characterClass)
        }
        var seenExtra: [Unicode.Scalar] = []
        for scalar in extra.unicodeScalars where !seenExtra.contains(scalar) {
            seenExtra.append(scalar)
        }
        self.classes = seenClasses
        self.extra = String(String.UnicodeScalarView(seenExtra))

        var low: UInt64 = 0
        var high: UInt64 = 0
        let asciiBytes = seenClasses.flatMap(\.asciiMembers) + seenExtra.filter(\.isASCII).map { UInt8($0.value) }
        for byte in asciiBytes {
            if byte < 64 {
                low |= 1 << UInt64(byte)
            } else {
                high |= 1 << UInt64(byte - 64)
            }
        }
        asciiMask = (low, high)
        unicodeLetters = seenClasses.contains(.letters) || seenClasses.contains(.alphanumeric)
        unicodeDigits = seenClasses.contains(.digits) || seenClasses.contains(.alphanumeric)
        unicodeWhitespace = seenClasses.contains(.whitespace)
        extraNonASCII = seenExtra.filter { !$0.isASCII }.sorted { $0.value < $1.value }
    }

    /// Whether `scalar` is in the set.
    public func allows(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 {
            return asciiMask.low & (1 << UInt64(value)) != 0
        }
        if value < 128 {
            return asciiMask.high & (1 << UInt64(value - 64)) != 0
        }
        let properties = scalar.properties
        if unicodeLetters {
            if properties.isAlphabetic {
                return true
            }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: break
            }
        }
        if unicodeDigits && properties.generalCategory == .decimalNumber {
            return true
        }
        if unicodeWhitespace && properties.isWhitespace {
            return true
        }
        return extraNonASCII.contains(scalar)
    }

    /// The first scalar not allowed, with its 1-based position in Unicode scalars.
    func firstDisallowed(in value: String) -> (position: Int, scalar: Unicode.Scalar)? {
        // Most values are ASCII and pass: settle that with the bitmap alone, then decode
        // scalars only to find and name an offender.
        let (low, high) = asciiMask
        let passes = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes {
                let mask = byte < 64 ? low : high
                if byte >= 128 || (mask >> UInt64(byte & 63)) & 1 == 0 {
                    return false
                }
            }
            return true
        }
        if passes == true {
            return nil
        }
        var position = 0
        for scalar in value.unicodeScalars {
            position += 1
            if !allows(scalar) {
                return (position, scalar)
            }
        }
        return nil
    }

    /// "letters A–Z and a–z, digits 0–9, space, or one of - _ / ( ) ' , ."
    public var summary: String {
        var parts = classes.map(\.summary)
        let extras = extra.unicodeScalars.map(Self.displayExtra)
        if !extras.isEmpty {
            parts.append((parts.isEmpty ? "" : "or ") + "one of " + extras.joined(separator: " "))
            return parts.joined(separator: ", ")
        }
        switch parts.count {
        case 0: return "nothing"
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + ", or " + parts[parts.count - 1]
        }
    }

    /// A scalar as a message shows it: quoted, with its code point so invisible ones are clear.
    static func display(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let codePoint = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if isVisible(scalar) {
            return "\"" + String(scalar) + "\" (" + codePoint + ")"
        }
        return codePoint
    }

    private static func displayExtra(_ scalar: Unicode.Scalar) -> String {
        if isVisible(scalar) {
            return String(scalar)
        }
        return display(scalar)
    }

    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
            .surrogate, .privateUse, .unassigned, .nonspacingMark, .enclosingMark:
            false
        default:
            true
        }
    }

    // Equality is by the set of allowed characters, not by how the rule was spelled.
    public static func == (lhs: CharacterRule, rhs: CharacterRule) -> Bool {
        lhs.asciiMask == rhs.asciiMask
            && lhs.unicodeLetters == rhs.unicodeLetters
            && lhs.unicodeDigits == rhs.unicodeDigits
            && lhs.unicodeWhitespace == rhs.unicodeWhitespace
            && lhs.extraNonASCII == rhs.extraNonASCII
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(asciiMask.low)
        hasher.combine(asciiMask.high)
        hasher.combine(unicodeLetters)
        hasher.combine(unicodeDigits)
        hasher.combine(unicodeWhitespace)
        hasher.combine(extraNonASCII)
    }
}
