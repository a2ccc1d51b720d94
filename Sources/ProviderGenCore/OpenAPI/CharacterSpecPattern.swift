/// `allowedCharacters` and `allowedLastCharacter` as ECMA-262 patterns, when their classes are
/// small enough to spell: the Unicode-wide `letters` and `alphanumeric` (hundreds of ranges,
/// plus combining marks) are left to `x-providergen-allowed-characters` alone.
enum CharacterSpecPattern {
    static func every(_ spec: CharacterSpec) -> String? {
        members(spec).map { "^[" + $0 + "]*$" }
    }

    /// Empty values pass, as in the runtime.
    static func last(_ spec: CharacterSpec) -> String? {
        members(spec).map { "^(?:[\\s\\S]*[" + $0 + "])?$" }
    }

    private static func members(_ spec: CharacterSpec) -> String? {
        var members = ""
        for name in spec.classes {
            guard let spelled = spelled(name) else { return nil }
            members += spelled
        }
        for scalar in spec.extra.unicodeScalars {
            members += UnicodeRanges.spelled(scalar)
        }
        return members
    }

    private static func spelled(_ name: String) -> String? {
        switch name {
        case "asciiLetters": "A-Za-z"
        case "asciiDigits": "0-9"
        case "digits": UnicodeRanges.decimalDigits
        case "whitespace": UnicodeRanges.whitespace
        case "space": "\\u0020"
        case "hyphen": "\\-"
        case "special": "!-/:-@\\[-`\\{-~"
        default: nil
        }
    }
}
