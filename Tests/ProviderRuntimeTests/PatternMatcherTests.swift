import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// The built-in matcher must agree with ICU on every pattern it accepts.
@Suite struct PatternMatcherTests {
    static let nativePatterns = [
        "[0-9]{9}", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$", "\\d{5}(-\\d{4})?", "[^@ ]+@[^@ ]+\\.[a-z]{2,}",
        "[A-Za-z0-9 ._/-]*", "(ab|a)(bc|c)?", "a|", "(a?){3}", "(a*)*b", "x{2,}", "x{0,2}y?", ".+",
        "[\\s\\d]+", "\\S+", "\\D*", "[-a]+", "[a-]+", "\\.\\-\\+\\(\\)\\[\\]\\{\\}\\\\\\/\\|\\?\\*\\^\\$",
        "(?:[A-Z][a-z]+ ?)+", "[a b]+", "é[à-ÿ]*", "[٠-٩]+", "\\t\\n\\r\\f", "[,;:'\"!%=<>~`@#]+", "(((a)))", "a+?b*?",
        "[0-9]+(\\.[0-9]{1,2})?", "\\+?[0-9 ()-]{7,20}", "[^\\d]+", "[^\\s]+", "a.c", "(a|b|c|)+", "[a-c]{2}|[x-z]{3}",
        "[^a-z0-9]*", "[A-Z0-9]{1,300}",
        "[\"\\\\]+\\(\\)\\d{2}\\u0022?", "\\u0061+[\\u0062-\\u0063]", "\\x61\\x{1F600}?\\x{e9}*",
    ]

    static let icuOnlyPatterns = [
        "(?i)abc", "\\w+", "\\bfoo", "(?=a)a", "(a)\\1", "[[a-z]&&[^aeiou]]", "\\p{L}+", "a*+", "a{1001}", "[:alpha:]",
        "a^b",
    ]

    /// Scalars chosen to probe every predicate: ASCII classes, line terminators, Unicode digits,
    /// separators and letters.
    static let alphabet: [Unicode.Scalar] =
        Array("aAbBcxyzZé0159 .-_/@+()[]{}\\|?*^$#,;:'\"!%=<>~`".unicodeScalars)
        + [
            "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{0663}",
            "\u{00E0}", "\u{00FF}", "\u{1F600}", "\u{0301}",
        ]

    @Test(arguments: nativePatterns)
    func agreesWithICU(source: String) {
        let pattern = Pattern(source)
        #expect(Pattern.compileError(source) == nil)
        #expect(pattern.isCompiledNatively, "\(source) should not need ICU")
        var generator = SplitMix64(
            seed: source.utf8.reduce(1_469_598_103_934_665_603) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        )
        var samples = [
            "", "a", "ab", "abc", "aaab", "xx", "12345", "12345-6789", "DE89370400440532013000", "me@example.com",
            "John Smith",
        ]
        for _ in 0..<600 {
            let length = Int.random(in: 0...10, using: &generator)
            samples.append(
                String(
                    String.UnicodeScalarView(
                        (0..<length).map { _ in
                            Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)]
                        }
                    )
                )
            )
        }
        for sample in samples {
            #expect(
                pattern.matches(sample) == pattern.matchesWithICU(sample),
                "\(source) on \(sample.debugDescription)"
            )
        }
    }

    @Test(arguments: icuOnlyPatterns)
    func unsupportedSyntaxFallsBackToICU(source: String) {
        let pattern = Pattern(source)
        #expect(!pattern.isCompiledNatively)
        for sample in ["abc", "ABC", "a", "foo", "aa", ""] {
            #expect(pattern.matches(sample) == pattern.matchesWithICU(sample))
        }
    }

    @Test(arguments: icuOnlyPatterns)
    func unsupportedSyntaxIsNamedWithItsPosition(source: String) {
        let problem = Pattern.builtInMatcherProblem(source)
        #expect(problem?.contains("(at character ") == true, "\(source): \(problem ?? "accepted")")
    }

    /// Issue 17 item 2: ICU gives up on this one after its time limit; that must not read as
    /// "does not match", and the generator must refuse the pattern, naming `\p` and where it is.
    @Test func icuGivingUpIsNeverANonMatch() {
        let source = #"(\p{L}+)+a{25}b"#
        #expect(
            Pattern.builtInMatcherProblem(source)?.hasPrefix(#"the escape "\p" is not supported"#) == true
        )
        #expect(Pattern.builtInMatcherProblem(source)?.hasSuffix("(at character 2 of the pattern)") == true)
        let pattern = Pattern(source)
        let value = String(repeating: "a", count: 26) + "b"
        #expect(pattern.verdict(value) != .doesNotMatch)
        var report = ValidationReport()
        report.pattern(value, pattern, at: "name")
        #expect(!report.issues.contains { $0.message.hasPrefix("must match") })
        #expect(
            report.issues.first?.message.hasPrefix("cannot be checked: the regular expression engine gave up") == true
        )
    }

    @Test func positionsPointAtTheUnsupportedSyntax() {
        for (source, position) in [
            ("abc(?=d)", 4), ("[a-z]+\\w", 7), ("ab[[c]]", 4), ("a*+", 3), ("ab$c", 3), ("x{2,1}", 2),
            ("[a-z-0]", 5), ("(ab", 1),
        ] {
            #expect(
                Pattern.builtInMatcherProblem(source)?.hasSuffix("(at character \(position) of the pattern)") == true,
                "\(source): \(Pattern.builtInMatcherProblem(source) ?? "accepted")"
            )
        }
    }

    @Test func repeatsThatMultiplyPastTheStateLimitAreRefused() {
        #expect(Pattern.builtInMatcherProblem("[A-Z0-9]{1,1000}") == nil)
        #expect(Pattern.builtInMatcherProblem("(a{1,100}){1,100}")?.contains("matcher states") == true)
    }

    @Test func longValuesDoNotRecurse() {
        let pattern = Pattern("(a|b)*c")
        #expect(pattern.isCompiledNatively)
        #expect(pattern.matches(String(repeating: "ab", count: 50_000) + "c"))
        #expect(!pattern.matches(String(repeating: "ab", count: 50_000)))
    }

    @Test func pathologicalBacktrackingIsLinear() {
        let pattern = Pattern("(a*)*b")
        #expect(!pattern.matches(String(repeating: "a", count: 5_000)))
    }
}
