import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Document formats beyond the doc's vectors: input normalisation, type resolution, policies,
/// messages.
@Suite("Format: documents")
struct FormatDocumentTests {
    private func check(_ country: String, _ type: String, _ value: String) -> FormatVerdict {
        StringFormat.document(country: country, type: type).check(value)
    }

    @Test(
        "separators, case and surrounding whitespace are tidied; the value is returned clean",
        arguments: [
            ("CL", "RUT", " 8.900.960-k\t", "8900960K"),
            ("CL", "RUT", "8900960K", "8900960K"),
            ("BR", "CPF", "529 982 247/25", "52998224725"),
            ("BR", "CNPJ", "12.abc.345/01de-35", "12ABC34501DE35"),
            ("AR", "CUIT", "\n20 12345678 6 ", "20123456786"),
            ("AR", "DNI", "20.123.456", "20123456"),
            ("US", "SSN", "536-90-4399", "536904399"),
            ("US", "EIN", "91-1144442", "911144442"),
            ("MX", "CURP", "hegg560427mvzrrl04", "HEGG560427MVZRRL04"),
            ("PE", "RUC", "20512333797", "20512333797"),
        ]
    )
    func normalisation(_ country: String, _ type: String, _ value: String, _ normalized: String) {
        let verdict = check(country, type, value)
        #expect(verdict.isValid, "\(verdict.problems)")
        #expect(verdict.normalized == normalized)
    }

    @Test("a value already in canonical form is returned as it is")
    func canonicalInputIsReused() {
        #expect(check("BR", "CPF", "52998224725").normalized == "52998224725")
        #expect(check("MX", "RFC", "GODE561231GR8").normalized == "GODE561231GR8")
    }

    @Test("Ñ in an RFC: precomposed, decomposed (N + U+0303) and lower case all read as Ñ (NFC)")
    func enye() {
        let first = "MUÑO561231GR"
        let check = FormatOracle.rfc(first)
        let precomposed = first + String(check)
        let decomposed = "MUN\u{0303}O561231GR" + String(check)
        let lower = "muño561231gr" + String(check).lowercased()
        for value in [precomposed, decomposed, lower, " \u{00A0}" + precomposed + "\u{00A0}"] {
            let verdict = StringFormat.document(country: "MX", type: "RFC", checkDigits: .enforced).check(value)
            #expect(verdict.isValid, "\(value): \(verdict.problems)")
            #expect(verdict.normalized == precomposed)
            #expect(verdict.normalized?.unicodeScalars.count == 13, "precomposed Ñ is one scalar")
        }
    }

    @Test("non-ASCII digits are not digits (§5)")
    func fullWidthDigits() {
        let verdict = check("AR", "DNI", "２０１２３４５６")
        #expect(!verdict.isValid)
        #expect(verdict.normalized == nil)
        #expect(verdict.problems.first?.message.contains("U+FF12") == true)
        #expect(!check("AR", "DNI", "٢٠١٢٣٤٥٦").isValid)
    }

    @Test("absurdly long input fails without a crash")
    func tooLong() {
        let verdict = check("BR", "CPF", String(repeating: "1", count: 10_000))
        #expect(!verdict.isValid)
        #expect(verdict.normalized == nil)
        #expect(!check("BR", "CPF", "").isValid)
        #expect(!check("CO", "NIT", "-").isValid)
    }

    @Test("country and type codes tolerate case, spaces, aliases and Koywe's CO-NIT style")
    func typeResolution() {
        #expect(check("co", " nit ", "900123456").isValid)
        #expect(check("CO", "CO-NIT", "900123456").isValid)
        #expect(check("CL", "RUN", "12.678.579-8").isValid)
        #expect(check("CO", "PP", "AB123456").isValid)
        #expect(check("PE", "PA", "AB123456").isValid)
        #expect(StringFormat.document(country: "cl", type: "run") == StringFormat.document(country: "CL", type: "RUT"))
    }

    @Test("unknown countries and types give a clear problem, never a crash")
    func unknownTypes() {
        let type = check("AR", "XYZ", "123")
        #expect(type.problems.map(\.message) == ["no document type XYZ for country AR; known: DNI, CUIT, CUIL"])
        #expect(type.normalized == nil)
        let country = check("ZZ", "DNI", "123")
        #expect(
            country.problems.map(\.message) == [
                "no document types for country ZZ; known countries: AR, BR, CL, CO, MX, PE, US"
            ]
        )
        #expect(
            check("", "", "123").problems.first?.message
                == "no document types for country (empty); known countries: AR, BR, CL, CO, MX, PE, US"
        )
        #expect(check("AR", "RUT", "12.678.579-8").problems.first?.rule == "format.document")
    }

    @Test("document types per country")
    func documentTypes() {
        #expect(StringFormat.documentTypes(country: "AR") == ["DNI", "CUIT", "CUIL"])
        #expect(StringFormat.documentTypes(country: "BR") == ["CPF", "CNPJ"])
        #expect(StringFormat.documentTypes(country: "CL") == ["RUT"])
        #expect(StringFormat.documentTypes(country: "CO") == ["CC", "CE", "TI", "PASSPORT", "PEP", "PPT", "NIT"])
        #expect(StringFormat.documentTypes(country: "mx") == ["RFC", "CURP"])
        #expect(StringFormat.documentTypes(country: "PE") == ["DNI", "RUC", "CE", "PASSPORT"])
        #expect(StringFormat.documentTypes(country: "US") == ["SSN", "ITIN", "EIN"])
        #expect(StringFormat.documentTypes(country: "DE").isEmpty)
        #expect(StringFormat.documentCountries == ["AR", "BR", "CL", "CO", "MX", "PE", "US"])
    }

    @Test("the catalogue lists every format with its parameters in call order")
    func catalog() {
        let entries = StringFormat.catalog.map { "\($0.name)(\($0.parameters.joined(separator: ",")))" }
        #expect(
            entries == [
                "email()", "iban()", "bic()", "countryCode()", "currencyCode()", "phone(country)",
                "document(country,type)",
            ]
        )
    }

    @Test("messages name the country, the type and the reason")
    func messages() {
        #expect(
            check("AR", "CUIT", "20-26756539-2").problems.first?.message
                == "not a valid CUIT for AR: check digit should be 3"
        )
        #expect(
            check("AR", "CUIT", "20-00000001-9").problems.first?.message
                == "not a valid CUIT for AR: its check digit would be 10, which AFIP never issues"
        )
        #expect(
            check("AR", "CUIT", "21-12345678-1").problems.first?.message
                == "not a valid CUIT for AR: unknown type prefix 21; persons use 20, 23–24, 27, entities 30, 33–34, special cases 50–51, 55"
        )
        #expect(
            check("AR", "CUIL", "30-50001091-2").problems.first?.message
                == "not a valid CUIL for AR: type prefix 30 is not a person's; a CUIL starts with one of 20, 23–24, 27"
        )
        #expect(
            check("MX", "CURP", "GOMM930505HDFLRN08").problems.first?.message
                == "not a valid CURP for MX: check digit should be 7"
        )
        #expect(
            check("MX", "CURP", "GOMM930505HZZLRN07").problems.first?.message
                == "not a valid CURP for MX: unknown state code ZZ"
        )
        #expect(
            check("MX", "RFC", "GODE561331GR8").problems.first?.message
                == "not a valid RFC for MX: 561331 is not a valid YYMMDD date"
        )
        #expect(
            check("BR", "CPF", "111.111.111-11").problems.first?.message
                == "not a valid CPF for BR: all-identical digits are not a valid CPF"
        )
        #expect(
            check("BR", "CPF", "231.002.999-00").problems.first?.message
                == "not a valid CPF for BR: check digits should be 81"
        )
        #expect(
            check("US", "ITIN", "912-93-4567").problems.first?.message
                == "not a valid ITIN for US: digits 4–5 are 93; ITINs use 50–65, 70–88, 90–92, 94–99"
        )
        #expect(
            check("AR", "DNI", "2012345699").problems.first?.message
                == "not a valid DNI for AR: must be 7–8 digits (got 10 characters)"
        )
        #expect(
            check("BR", "CPF", "5299822472O").problems.first?.message
                == "not a valid CPF for BR: must be 11 digits, NNN.NNN.NNN-DD (got 11 characters including \"O\")"
        )
        #expect(
            check("PE", "DNI", "10117410-3").problems.first?.message
                == "not a valid DNI for PE: card check character should be 2 or G"
        )
    }

    @Test("check-digit policies: enforced, warned, format only")
    func policies() {
        let wrong = "GODE561231GR9"
        #expect(StringFormat.document(country: "MX", type: "RFC").check(wrong).problems.map(\.severity) == [.warning])
        #expect(!StringFormat.document(country: "MX", type: "RFC", checkDigits: .enforced).check(wrong).isValid)
        #expect(
            StringFormat.document(country: "MX", type: "RFC", checkDigits: .formatOnly).check(wrong).problems.isEmpty
        )
        // Format only still checks the layout and the date.
        #expect(
            !StringFormat.document(country: "MX", type: "RFC", checkDigits: .formatOnly).check("GODE561331GR8").isValid
        )
        #expect(StringFormat.document(country: "AR", type: "CUIT", checkDigits: .warned).check("20-26756539-2").isValid)
        #expect(
            StringFormat.document(country: "AR", type: "CUIT", checkDigits: .formatOnly).check("20-26756539-2").problems
                .isEmpty
        )
        #expect(
            !StringFormat.document(country: "AR", type: "CUIT", checkDigits: .formatOnly).check("21-12345678-1").isValid
        )
        // A generic RFC passes under any policy.
        for policy in CheckDigitPolicy.allCases {
            #expect(
                StringFormat.document(country: "MX", type: "RFC", checkDigits: policy).check("XEXX010101000").problems
                    .isEmpty
            )
        }
    }

    @Test(
        "documents without a check digit: shapes from the doc",
        arguments: [
            ("CO", "CC", "123456", true), ("CO", "CC", "12345", false), ("CO", "CC", "12345678901", false),
            ("CO", "CE", "E12345", true), ("CO", "CE", "12345", false),
            ("CO", "TI", "1234567890", true), ("CO", "TI", "ABC12345", false),
            ("CO", "PASSPORT", "AB1234567", true), ("CO", "PASSPORT", "AB12", false),
            ("CO", "PEP", "123456789012345", true), ("CO", "PEP", "12345678901234", false),
            ("CO", "PPT", "1234567", true), ("CO", "PPT", "0001234567", true), ("CO", "PPT", "12345678", false),
            ("CO", "PPT", "0000000", false),
            ("PE", "CE", "001234567", true), ("PE", "CE", "12345678", false),
            ("PE", "PASSPORT", "1234567890AB", true), ("PE", "PASSPORT", "1234567890ABC", false),
            ("AR", "DNI", "1234567", true), ("AR", "DNI", "123456", false),
        ]
    )
    func shapes(_ country: String, _ type: String, _ value: String, _ valid: Bool) {
        #expect(check(country, type, value).isValid == valid)
    }

    @Test("CO NIT: the check digit is checked when set apart or on a 10-digit company NIT")
    func nitForms() {
        #expect(check("CO", "NIT", "800.173.557-4").normalized == "800173557-4")
        #expect(!check("CO", "NIT", "8001735570").isValid, "10 digits starting 8: body + DV")
        #expect(check("CO", "NIT", "1234567890").isValid, "10 digits starting 1: a NUIP body without DV")
        #expect(check("CO", "NIT", "1234567890").normalized == "1234567890")
        #expect(!check("CO", "NIT", "1234").isValid, "body too short")
        #expect(!check("CO", "NIT", "1234567890123456").isValid, "body too long")
    }

    @Test("PE DNI: the normalised value leaves out the card's check character")
    func peruDNI() {
        #expect(check("PE", "DNI", "10117410-2").normalized == "10117410")
        #expect(check("PE", "DNI", "10117410g").normalized == "10117410")
        #expect(!check("PE", "DNI", "10117410-Z").isValid)
    }

    @Test("a wrong check digit still returns the normalised value")
    func normalizedOnFailure() {
        let verdict = check("CL", "RUT", "12.531.909-3")
        #expect(!verdict.isValid)
        #expect(verdict.normalized == "125319093")
    }
}
