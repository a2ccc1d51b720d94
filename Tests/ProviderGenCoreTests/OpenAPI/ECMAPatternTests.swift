import Foundation
import Testing

@testable import ProviderGenCore

/// The exported patterns accept exactly what the schema's do. Both are run here with ICU
/// (`NSRegularExpression`), whose syntax is a superset of the exported one; that the exported
/// text is also valid ECMA-262 and Python is checked by openapi-spec-validator in
/// `ProviderGenCLITests`.
@Suite struct ECMAPatternTests {
    static func matchesWhole(_ pattern: String, _ value: String) throws -> Bool {
        let expression = try NSRegularExpression(pattern: pattern)
        let range = NSRange(value.startIndex..., in: value)
        return expression.firstMatch(in: value, options: [.anchored], range: range)?.range == range
    }

    static func agree(_ icu: String, _ values: [String]) throws {
        let translated = try #require(ECMAPattern.translate(icu), "\(icu) was not translated")
        // ICU's `$` (like Python's) also matches before a final line terminator, ECMA-262's
        // only at the end, so values ending in one cannot be compared through ICU.
        let lineTerminators: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        for value in values where !(value.unicodeScalars.last.map(lineTerminators.contains) ?? false) {
            let expected = try matchesWhole("(?:" + icu + ")", value)
            // The exported pattern is anchored itself and searched, as JSON Schema does.
            let expression = try NSRegularExpression(pattern: translated)
            let found = expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
            #expect(found == expected, "\(icu) → \(translated) on \(value.debugDescription)")
        }
    }

    static let samples = [
        "", "a", "ab12", "AB-1234", "١٢٣", "12", " ", "\u{85}", "\u{A0}", "a\nb", "a.b", "x'y", "😀", "a b",
        "abc\n", "-", "a-b", "\u{2028}", "$", "a$", "ZZ9",
    ]

    @Test(arguments: [
        "[A-Z]{3}-[0-9]{4}", "^\\d+$", "\\D*", "a\\sb", "\\S+", ".*", "a.b", "[\\d\\s]+", "x\\'y", "\\$",
        "a\\$", "[a\\-z]+", "\\x{1F600}", "\\u00A0|\\x41", "(?:ab|cd)*?", "[^a-c]{1,3}", "a\\/b", "\\.+",
        "[-a]+", "(a|b)(c)?",
    ])
    func translationKeepsTheMeaning(pattern: String) throws {
        try Self.agree(pattern, Self.samples)
    }

    @Test func outputAvoidsSyntaxOnlyOneDialectKnows() throws {
        let translated = try #require(ECMAPattern.translate("\\d[\\d-]\\s\\'\\-.\\x{1F600}"))
        #expect(!translated.contains("\\p"))
        #expect(!translated.contains("\\'"))
        #expect(!translated.contains("\\x{"))
        #expect(!translated.contains("\\d"))
        #expect(translated.hasPrefix("^(?:"))
        #expect(translated.hasSuffix(")$"))
    }

    @Test func whatCannotBeSpelledIsRefused() {
        #expect(ECMAPattern.translate("[\\D]") == nil)
        #expect(ECMAPattern.translate("\\p{L}") == nil)
        #expect(ECMAPattern.translate("[a") == nil)
    }

    @Test func anUntranslatablePatternStaysInTheExtension() {
        var constraints = Constraints()
        constraints.pattern = "[\\S]"
        let schema = FieldTypeSchema.schema(.string, constraints: constraints)
        #expect(schema["pattern"] == nil)
        #expect(schema["x-providergen-pattern"] == .string("[\\S]"))
    }
}
