import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct CharacterRuleTests {
    static let nameRule = CharacterRule([.asciiLetters, .asciiDigits, .space], extra: "-_/()',.")

    @Test func summaryListsClassesAndExtras() {
        #expect(Self.nameRule.summary == "letters A–Z and a–z, digits 0–9, space, or one of - _ / ( ) ' , .")
        #expect(CharacterRule([.asciiLetters, .asciiDigits]).summary == "letters A–Z and a–z, or digits 0–9")
        #expect(CharacterRule([.digits]).summary == "digits")
        #expect(CharacterRule([], extra: "+-").summary == "one of + -")
    }

    @Test func extrasAreDeduplicatedAndInvisibleOnesNamed() {
        let rule = CharacterRule([.asciiDigits, .asciiDigits], extra: "--\t")
        #expect(rule.classes == [.asciiDigits])
        #expect(rule.summary == "digits 0–9, or one of - U+0009")
    }

    @Test(arguments: [
        (CharacterClass.asciiLetters, "aZ", "é1"),
        (.asciiDigits, "09", "٣a"),
        (.letters, "aZéßЖ日", "1 -"),
        (.digits, "09٣", "a½"),
        (.alphanumeric, "aé9٣", " -"),
        (.whitespace, " \t\n\u{A0}", "a_"),
        (.space, " ", "\t\u{A0}"),
        (.hyphen, "-", "–_"),
        (.special, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "a ¡"),
    ])
    func classMembership(characterClass: CharacterClass, allowed: String, rejected: String) {
        let rule = CharacterRule([characterClass])
        for scalar in allowed.unicodeScalars {
            #expect(rule.allows(scalar), "\(characterClass) should allow U+\(String(scalar.value, radix: 16))")
        }
        for scalar in rejected.unicodeScalars {
            #expect(!rule.allows(scalar), "\(characterClass) should reject U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func lettersAcceptDecomposedAccents() {
        var report = ValidationReport()
        report.characters("Jose\u{301}", CharacterRule([.letters]), at: "name")
        #expect(report.issues.isEmpty)
    }

    @Test func nonASCIIExtras() {
        let rule = CharacterRule([.asciiDigits], extra: "€£")
        #expect(rule.allows("€"))
        #expect(rule.allows("£"))
        #expect(!rule.allows("$"))
    }

    @Test func equalityIsBySetNotSpelling() {
        #expect(CharacterRule([.asciiDigits, .hyphen]) == CharacterRule([.asciiDigits], extra: "-"))
        #expect(CharacterRule([.asciiDigits, .hyphen]).hashValue == CharacterRule([.hyphen, .asciiDigits]).hashValue)
        #expect(CharacterRule([.asciiDigits]) != CharacterRule([.digits]))
    }

    @Test func charactersPass() {
        var report = ValidationReport()
        report.characters("John O'Neil (Jr.), 2nd/3rd", Self.nameRule, at: "name")
        report.characters("", Self.nameRule, at: "empty")
        #expect(report.issues.isEmpty)
    }

    @Test func charactersFailNamingTheFirstOffender() {
        var report = ValidationReport()
        report.characters("John#Smith!", Self.nameRule, at: "name")
        #expect(
            report.issues == [
                ValidationIssue(
                    path: "name",
                    rule: "allowedCharacters",
                    message:
                        "contains \"#\" (U+0023) at position 5, which is not allowed; allowed: letters A–Z and a–z, digits 0–9, space, or one of - _ / ( ) ' , ."
                )
            ]
        )
    }

    @Test func positionCountsScalarsAfterNonASCII() {
        var report = ValidationReport()
        report.characters("Zoë 😀", CharacterRule([.letters, .space]), at: "name")
        #expect(report.issues.first?.message.hasPrefix("contains \"😀\" (U+1F600) at position 5,") == true)
    }

    @Test func invisibleOffenderIsShownByCodePoint() {
        var report = ValidationReport()
        report.characters("a\u{200B}b", CharacterRule([.asciiLetters]), at: "name")
        #expect(report.issues.first?.message.hasPrefix("contains U+200B at position 2,") == true)
    }

    @Test func lastCharacterPasses() {
        let rule = CharacterRule([.asciiLetters, .asciiDigits])
        var report = ValidationReport()
        report.lastCharacter("abc-1", rule, at: "ref")
        report.lastCharacter("", rule, at: "empty")
        #expect(report.issues.isEmpty)
    }

    @Test func lastCharacterFails() {
        var report = ValidationReport()
        report.nested("account") { $0.lastCharacter("ab-", CharacterRule([.asciiLetters, .asciiDigits]), at: "ref") }
        #expect(
            report.issues == [
                ValidationIssue(
                    path: "account.ref",
                    rule: "allowedLastCharacter",
                    message:
                        "must not end with \"-\" (U+002D); the last character must be letters A–Z and a–z, or digits 0–9"
                )
            ]
        )
    }
}
