import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Phone numbers per country (CountryFormats.md §3): E.164 and national input, trunk prefixes,
/// the country check.
@Suite("Format: phones")
struct FormatPhoneTests {
    @Test(
        "normalisation to E.164",
        arguments: [
            // Argentina: mobile 9, national 0 + area + 15, the "+54 11 15" mistake, toll-free.
            ("AR", "+5491123456789", "+5491123456789"),
            ("AR", "(011) 15 2345-6789", "+5491123456789"),
            ("AR", "0221 15 456 7890", "+5492214567890"),
            ("AR", "02966 15 45 6789", "+5492966456789"),
            ("AR", "011 2345-6789", "+541123456789"),
            ("AR", "0054 9 11 2345 6789", "+5491123456789"),
            ("AR", "0800 123 4567", "+548001234567"),
            // Brazil: DDD + ninth digit, trunk 0, carrier code.
            ("BR", "+55 (21) 99876-5432", "+5521998765432"),
            ("BR", "011 3123-4567", "+551131234567"),
            ("BR", "0 15 21 99876 5432", "+5521998765432"),
            ("BR", "11961234567", "+5511961234567"),
            // Chile: 9 digits, legacy trunk 0.
            ("CL", "9 6123 4567", "+56961234567"),
            ("CL", "02 2123 4567", "+56221234567"),
            // Colombia: mobile, fixed 60X, toll-free 1800.
            ("CO", "300 123 4567", "+573001234567"),
            ("CO", "604 444 5555", "+576044445555"),
            ("CO", "01 8000 123 456", nil),
            ("CO", "1800 123 4567", "+5718001234567"),
            // Mexico: 10 digits, legacy +52 1.
            ("MX", "+52 1 33 1234 5678", "+523312345678"),
            ("MX", "(81) 1234-5678", "+528112345678"),
            ("MX", "1 33 1234 5678", nil),
            // Peru: mobile, Lima, provinces with trunk 0.
            ("PE", "912 345 678", "+51912345678"),
            ("PE", "044 123456", "+5144123456"),
            ("PE", "+51 44 123456", "+5144123456"),
            ("PE", "045 123456", nil),
            // United States: optional national 1.
            ("US", "202-555-0123", "+12025550123"),
            ("US", "1 (202) 555.0123", "+12025550123"),
            ("US", "+1 296 555 0123", nil),
            ("US", "+1 211 555 0123", nil),
        ] as [(String, String, String?)]
    )
    func normalisation(_ country: String, _ value: String, _ e164: String?) {
        let verdict = StringFormat.phone(country: country).check(value)
        #expect(verdict.normalized == e164, "\(verdict.problems)")
        #expect(verdict.isValid == (e164 != nil))
    }

    @Test(
        "the libphonenumber example numbers of §3.8 are valid as they are",
        arguments: [
            ("AR", "+5491123456789"), ("AR", "+541123456789"), ("BR", "+5511961234567"), ("BR", "+551123456789"),
            ("CL", "+56221234567"), ("CL", "+56961234567"), ("CO", "+573211234567"), ("CO", "+576012345678"),
            ("MX", "+522221234567"), ("PE", "+51912345678"), ("PE", "+5111234567"), ("US", "+12015550123"),
        ]
    )
    func sampleNumbers(_ country: String, _ value: String) {
        let verdict = StringFormat.phone(country: country).check(value)
        #expect(verdict.isValid, "\(verdict.problems)")
        #expect(verdict.normalized == value)
    }

    @Test("a calling code that is not the contact's country is an error naming both")
    func callingCodeMismatch() {
        let brazilian = StringFormat.phone(country: "AR").check("+55 11 96123-4567")
        #expect(!brazilian.isValid)
        #expect(brazilian.normalized == nil)
        #expect(
            brazilian.problems.map(\.message) == [
                "not a valid phone number for AR: the calling code +55 is BR's; AR numbers start with +54"
            ]
        )
        let german = StringFormat.phone(country: "CO").check("+49 30 1234567")
        #expect(
            german.problems.map(\.message) == [
                "not a valid phone number for CO: an international number for CO must start with +57"
            ]
        )
        #expect(!StringFormat.phone(country: "US").check("+52 55 1234 5678").isValid)
        #expect(
            StringFormat.phone(country: "MX").check("0052 55 1234 5678").normalized == "+525512345678",
            "00 is the international prefix"
        )
        #expect(!StringFormat.phone(country: "MX").check("0057 300 123 4567").isValid)
    }

    @Test("typing: whitespace of any kind, letters, stray plus signs, empty input")
    func typing() {
        let colombia = StringFormat.phone(country: "co")
        #expect(colombia.check("\t+57\u{00A0}300 123 4567\n").normalized == "+573001234567")
        #expect(
            colombia.check("+57 300 CALL ME").problems.map(\.message) == [
                "not a valid phone number for CO: contains \"C\", which is not a digit"
            ]
        )
        #expect(colombia.check("+57 300 123 4567 ext. 12").isValid == false)
        #expect(
            colombia.check("57+3001234567").problems.map(\.message) == [
                "not a valid phone number for CO: a + may only open the number"
            ]
        )
        #expect(colombia.check("").problems.map(\.message) == ["not a valid phone number for CO: contains no digits"])
        #expect(colombia.check("+57 ３００ 123 4567").problems.first?.message.contains("U+FF13") == true)
        #expect(!colombia.check(String(repeating: "3", count: 200)).isValid)
    }

    @Test("an unknown country is a clear problem")
    func unknownCountry() {
        let verdict = StringFormat.phone(country: "DE").check("+49 30 1234567")
        #expect(verdict.problems.map(\.message) == ["no phone rules for country DE; known: AR, BR, CL, CO, MX, PE, US"])
        #expect(verdict.problems.map(\.rule) == ["format.phone"])
        #expect(StringFormat.phoneCountries == ["AR", "BR", "CL", "CO", "MX", "PE", "US"])
    }
}
