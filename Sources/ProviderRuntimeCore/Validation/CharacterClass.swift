/// A named set of characters that a schema's allowed-characters rule can combine.
public enum CharacterClass: String, CaseIterable, Sendable {
    /// A–Z and a–z.
    case asciiLetters
    /// 0–9.
    case asciiDigits
    /// Unicode alphabetic characters in any script, plus combining marks so that an accent
    /// written as a separate scalar (`e` + U+0301) is accepted like the precomposed `é`.
    case letters
    /// Unicode decimal digits (general category Nd) in any script.
    case digits
    /// ``letters`` and ``digits``.
    case alphanumeric
    /// Unicode White_Space: space, tab, line breaks, no-break space and the like.
    case whitespace
    /// U+0020 SPACE only.
    case space
    /// "-" only.
    case hyphen
    /// ASCII punctuation and symbols: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
    case special

    /// A short phrase naming the set, used in issue messages, e.g. "letters A–Z and a–z".
    public var summary: String {
        switch self {
        case .asciiLetters: "letters A–Z and a–z"
        case .asciiDigits: "digits 0–9"
        case .letters: "letters"
        case .digits: "digits"
        case .alphanumeric: "letters and digits"
        case .whitespace: "whitespace"
        case .space: "space"
        case .hyphen: "hyphen"
        case .special: "ASCII punctuation and symbols"
        }
    }

    static let specialCharacters = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

    /// The ASCII members, which `CharacterRule` folds into a bitmap.
    var asciiMembers: [UInt8] {
        switch self {
        case .asciiLetters, .letters:
            Array(UInt8(ascii: "A")...UInt8(ascii: "Z")) + Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        case .asciiDigits, .digits: Array(UInt8(ascii: "0")...UInt8(ascii: "9"))
        case .alphanumeric: CharacterClass.letters.asciiMembers + CharacterClass.digits.asciiMembers
        case .whitespace: Array(0x09...0x0D) + [0x20]
        case .space: [0x20]
        case .hyphen: [UInt8(ascii: "-")]
        case .special: Array(Self.specialCharacters.utf8)
        }
    }
}
