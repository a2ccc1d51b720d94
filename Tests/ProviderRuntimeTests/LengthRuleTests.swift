import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct LengthRuleTests {
    @Test func withinLimitsPasses() {
        var report = ValidationReport()
        report.length("abc", min: 3, max: 3, at: "name")
        report.length("", max: 0, at: "empty")
        report.length("anything", at: "unbounded")
        #expect(report.issues.isEmpty)
    }

    @Test func tooShort() {
        var report = ValidationReport()
        report.length("ab", min: 3, at: "name")
        #expect(
            report.issues == [
                ValidationIssue(path: "name", rule: "minLength", message: "must be at least 3 characters (got 2)")
            ]
        )
        #expect(report.issues.first?.description == "name: must be at least 3 characters (got 2) [minLength]")
    }

    @Test func tooLong() {
        var report = ValidationReport()
        report.length(String(repeating: "x", count: 61), max: 50, at: "name")
        #expect(
            report.issues == [
                ValidationIssue(path: "name", rule: "maxLength", message: "must be at most 50 characters (got 61)")
            ]
        )
    }

    @Test func singularCharacter() {
        var report = ValidationReport()
        report.length("", min: 1, at: "code")
        #expect(report.issues.first?.message == "must be at least 1 character (got 0)")
    }

    /// A character is a Unicode scalar: what providers count, and stable across Unicode versions.
    @Test(arguments: [
        ("é", 1),  // precomposed U+00E9
        ("e\u{301}", 2),  // e + combining acute accent
        ("👍", 1),
        ("👍🏽", 2),  // thumb + skin-tone modifier
        ("👨‍👩‍👧", 5),  // three people joined by two ZWJs
        ("日本語", 3),
        ("🇺🇸", 2),  // two regional indicators
    ])
    func countsUnicodeScalars(value: String, scalars: Int) {
        var atLimit = ValidationReport()
        atLimit.length(value, min: scalars, max: scalars, at: "v")
        #expect(atLimit.issues.isEmpty)

        var over = ValidationReport()
        over.length(value, max: scalars - 1, at: "v")
        #expect(
            over.issues.first?.message
                == "must be at most \(scalars - 1) character\(scalars - 1 == 1 ? "" : "s") (got \(scalars))"
        )

        var under = ValidationReport()
        under.length(value, min: scalars + 1, at: "v")
        #expect(under.issues.first?.rule == "minLength")
    }

    @Test func multiByteStringsAreNotCountedInBytes() {
        // 4 scalars, 16 UTF-8 bytes: the byte-count shortcut must not reject it.
        var report = ValidationReport()
        report.length("😀😀😀😀", min: 4, max: 4, at: "emoji")
        #expect(report.issues.isEmpty)
    }

    @Test func bothLimitsCanFailIndependently() {
        var report = ValidationReport()
        report.length("abc", min: 5, max: 2, at: "weird")
        #expect(report.issues.map(\.rule) == ["minLength", "maxLength"])
    }
}
