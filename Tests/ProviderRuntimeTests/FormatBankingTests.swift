import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// IBAN, BIC, ISO 3166 country codes and ISO 4217 currency codes.
@Suite("Format: banking and ISO codes")
struct FormatBankingTests {
    @Test(
        "registry example IBANs pass, in print or electronic form",
        arguments: [
            "GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
            "NL91ABNA0417164300", "BR18 0036 0305 0000 1000 9795 493C 1", "CH93 0076 2011 6238 5295 7",
            "AD12 0001 2030 2003 5910 0100", "NO93 8601 1117 947", "cr05 0152 0200 1026 2840 66",
        ]
    )
    func validIBAN(_ value: String) {
        let verdict = StringFormat.iban.check(value)
        #expect(verdict.isValid, "\(verdict.problems)")
        #expect(verdict.normalized == value.uppercased().filter { $0 != " " })
    }

    @Test("IBANs that fail, with the reason")
    func invalidIBAN() {
        func reason(_ value: String) -> String? { StringFormat.iban.check(value).problems.first?.message }
        #expect(reason("GB82 WEST 1234 5698 7654 33") == "not a valid IBAN: the check digits do not match (mod 97)")
        #expect(reason("GB82 WEST 1234 5698 7654 3") == "not a valid IBAN: an IBAN from GB has 22 characters (got 21)")
        #expect(reason("US12 3456 7890 1234 5678") == "not a valid IBAN: US is not a country that uses IBANs")
        #expect(reason("1234") == "not a valid IBAN: must start with a 2-letter country code")
        #expect(reason("GB00 WEST 1234 5698 7654 32") == "not a valid IBAN: check digits 00 are never issued (02–98)")
        #expect(
            reason("GB82 WEST 1234 5698 7654 3!")
                == "not a valid IBAN: must be the country code, 2 check digits and letters or digits"
        )
        #expect(
            reason("GB82 WEST 1234 5698 7654 3é")
                == "not a valid IBAN: contains \"é\" (U+00E9), which cannot occur in it"
        )
        #expect(reason("") == "not a valid IBAN: must start with a 2-letter country code")
    }

    @Test(
        "BICs",
        arguments: [
            ("DEUTDEFF", true), ("deutdeff500", true), ("NEDS ZA JJ XXX", true), ("BCEELULL", true),
            ("DEUTZZFF", false), ("DEUTDEF", false), ("DEUTDEFF50", false), ("DEUT1EFF", false), ("DEUTDEF!", false),
            ("RBKOXKPR", true),
        ]
    )
    func bic(_ value: String, _ valid: Bool) {
        let verdict = StringFormat.bic.check(value)
        #expect(verdict.isValid == valid, "\(verdict.problems)")
        if valid {
            #expect(verdict.normalized == value.uppercased().filter { $0 != " " })
        }
    }

    @Test(
        "ISO 3166-1 alpha-2 country codes",
        arguments: [
            ("CO", true), ("co", true), (" us ", true), ("AQ", true), ("SS", true),
            ("XK", false), ("UK", false), ("C0", false), ("COL", false), ("", false),
        ]
    )
    func countryCode(_ value: String, _ valid: Bool) {
        let verdict = StringFormat.countryCode.check(value)
        #expect(verdict.isValid == valid)
        if valid {
            #expect(verdict.normalized == value.uppercased().trimmingSpaces)
        }
    }

    @Test(
        "ISO 4217 currency codes",
        arguments: [
            ("USD", true), ("cop", true), ("CLF", true), ("XAU", true), ("ZWG", true), ("VES", true),
            ("HRK", false), ("BTC", false), ("USDC", false), ("US", false), ("U$D", false),
        ]
    )
    func currencyCode(_ value: String, _ valid: Bool) {
        #expect(StringFormat.currencyCode.check(value).isValid == valid)
    }

    @Test("code messages")
    func messages() {
        #expect(
            StringFormat.countryCode.check("UK").problems.map(\.message) == [
                "not a valid ISO 3166-1 alpha-2 country code: UK is not assigned"
            ]
        )
        #expect(
            StringFormat.currencyCode.check("usdc").problems.map(\.message) == [
                "not a valid ISO 4217 currency code: must be 3 letters (got \"USDC\")"
            ]
        )
        #expect(
            StringFormat.bic.check("DEUTZZFF").problems.map(\.message) == [
                "not a valid BIC: ZZ is not an ISO 3166 country code"
            ]
        )
        #expect(StringFormat.countryCode.check("CO").problems.isEmpty)
        #expect(StringFormat.currencyCode.ruleID == "format.currencyCode")
    }

    @Test("the code tables hold what their sources list")
    func tables() {
        let twoLetterSlots = (0..<(26 * 26)).filter { slot in
            let code = String(decoding: [UInt8(65 + slot / 26), UInt8(65 + slot % 26)], as: UTF8.self)
            return StringFormat.countryCode.check(code).isValid
        }
        #expect(twoLetterSlots.count == 249)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
