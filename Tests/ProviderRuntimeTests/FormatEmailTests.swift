import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Email edge cases (CountryFormats.md §4): the WHATWG rule plus the length and dot rules.
@Suite("Format: email")
struct FormatEmailTests {
    private func isValid(_ value: String) -> Bool {
        StringFormat.email.check(value).isValid
    }

    @Test(
        "addresses that pass",
        arguments: [
            "a@b.co", "user+tag@example.com", "first.last@sub.domain.example", "x!#$%&'*/=?^_`{|}~-@example.org",
            "user@xn--bcher-kva.example", "user@123.example.com", "USER@EXAMPLE.COM", "u@a-b.example",
        ]
    )
    func valid(_ value: String) {
        #expect(isValid(value), "\(StringFormat.email.check(value).problems)")
    }

    @Test(
        "addresses that fail",
        arguments: [
            "", "plainaddress", "@example.com", "user@", "user@@example.com", "user@exa_mple.com", "user@example.com.",
            "user.@example.com", "user@example-.com", "user@1.2.3.4", "user@example.123", "us(er)@example.com",
            "user@exam ple.com", "ü@example.com", "user@bücher.example",
        ]
    )
    func invalid(_ value: String) {
        #expect(!isValid(value))
    }

    @Test("length limits: 64 before the @, 63 per label, 254 in all")
    func lengths() {
        let local64 = String(repeating: "a", count: 64)
        #expect(isValid(local64 + "@example.com"))
        #expect(!isValid(local64 + "a@example.com"))
        let label63 = String(repeating: "b", count: 63)
        #expect(isValid("user@" + label63 + ".com"))
        #expect(!isValid("user@" + label63 + "b.com"))
        // Exactly 254 characters: "u@", three 63-character labels and one of 60, with dots.
        let domain = [label63, label63, label63, String(repeating: "c", count: 60)].joined(separator: ".")
        let address = "u@" + domain
        #expect(address.count == 254)
        #expect(isValid(address))
        #expect(!isValid("uu@" + domain))
    }

    @Test("normalisation trims and lower-cases the domain only")
    func normalisation() {
        #expect(StringFormat.email.check("  Jane.Doe@Example.COM\n").normalized == "Jane.Doe@example.com")
        #expect(StringFormat.email.check("jane@example.com").normalized == "jane@example.com")
        // A value failing only the strict rules still has its normal form; one without the
        // WHATWG shape has none.
        #expect(StringFormat.email.check("us..er@Example.com").normalized == "us..er@example.com")
        #expect(StringFormat.email.check("user@-example.com").normalized == nil)
    }

    @Test("messages say what is wrong")
    func messages() {
        #expect(
            StringFormat.email.check("user@localhost").problems.map(\.message) == [
                "not a valid email address: the domain has no dot"
            ]
        )
        #expect(
            StringFormat.email.check("josé@example.com").problems.map(\.message) == [
                "not a valid email address: only ASCII characters are allowed; internationalized addresses are not accepted"
            ]
        )
        #expect(StringFormat.email.check("user").problems.map(\.rule) == ["format.email"])
    }
}

extension FormatEmailTests {
    @Test("a pasted no-break space around the address is trimmed like any space")
    func unicodeSpaces() {
        let verdict = StringFormat.email.check("\u{00A0}ana@example.com\u{2003}")
        #expect(verdict.isValid)
        #expect(verdict.normalized == "ana@example.com")
        #expect(!StringFormat.email.check("ana\u{00A0}@example.com").isValid)
    }
}
