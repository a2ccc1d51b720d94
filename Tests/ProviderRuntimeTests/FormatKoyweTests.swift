import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Koywe's documented examples (CountryFormats.md §1) and a whole "create contact" request
/// validated the way generated code does it.
@Suite("Format: Koywe examples")
struct FormatKoyweTests {
    @Test("documentType CC 1234567890 (CO) passes")
    func colombianCC() {
        let verdict = StringFormat.document(country: "CO", type: "CC").check("1234567890")
        #expect(verdict.isValid)
        #expect(verdict.problems.isEmpty)
        #expect(verdict.normalized == "1234567890")
    }

    @Test("taxIdType NIT 900123456 (CO), a body without its check digit, passes")
    func colombianNITWithoutCheckDigit() {
        let verdict = StringFormat.document(country: "CO", type: "NIT").check("900123456")
        #expect(verdict.isValid)
        #expect(verdict.problems.isEmpty)
        #expect(verdict.normalized == "900123456")
        // The same body with its DV, typed either way, is checked and spelled with the hyphen.
        #expect(StringFormat.document(country: "CO", type: "NIT").check("900.123.456-8").normalized == "900123456-8")
        #expect(StringFormat.document(country: "CO", type: "NIT").check("9001234568").normalized == "900123456-8")
        #expect(!StringFormat.document(country: "CO", type: "NIT").check("900123456-5").isValid)
    }

    @Test("phone +573001234567 (CO) passes and stays in E.164")
    func colombianPhone() {
        let verdict = StringFormat.phone(country: "CO").check("+573001234567")
        #expect(verdict.isValid)
        #expect(verdict.normalized == "+573001234567")
    }

    @Test("a full contact: email, phone, document and tax id normalised through ValidationReport")
    func fullContact() {
        var report = ValidationReport()
        let country = "CO"
        let email = report.normalized(" Ana.Perez@Example.COM ", .email, at: "email")
        let phone = report.normalized("+57 300 123 4567", .phone(country: country), at: "phone")
        let document = report.normalized("1.234.567.890", .document(country: country, type: "CC"), at: "documentNumber")
        let taxID = report.normalized("900123456", .document(country: country, type: "NIT"), at: "taxIdNumber")
        #expect(report.issues.isEmpty)
        #expect(email == "Ana.Perez@example.com")
        #expect(phone == "+573001234567")
        #expect(document == "1234567890")
        #expect(taxID == "900123456")
    }

    @Test("problems are reported at the field with the format's rule and a message naming country and type")
    func reportedProblems() {
        var report = ValidationReport()
        report.format("20-26756539-2", .document(country: "AR", type: "CUIT"), at: "taxIdNumber")
        report.format("+55 11 2345-6789", .phone(country: "AR"), at: "phone")
        report.format("GODE561231GR9", .document(country: "MX", type: "RFC"), at: "documentNumber")
        report.format("123", .document(country: "AR", type: "XYZ"), at: "documentNumber")
        #expect(report.issues.map(\.path) == ["taxIdNumber", "phone", "documentNumber", "documentNumber"])
        #expect(report.issues.map(\.rule) == ["format.document", "format.phone", "format.document", "format.document"])
        #expect(report.issues.map(\.severity) == [.error, .error, .warning, .error])
        #expect(report.issues[0].message == "not a valid CUIT for AR: check digit should be 3")
        #expect(
            report.issues[1].message
                == "not a valid phone number for AR: the calling code +55 is BR's; AR numbers start with +54"
        )
        #expect(report.issues[2].message == "RFC for MX accepted with a warning: check character should be 8")
        #expect(report.issues[3].message == "no document type XYZ for country AR; known: DNI, CUIT, CUIL")
        #expect(report.errors.count == 3)
    }

    @Test("a schema severity overrides the problems' own")
    func severityOverride() {
        var report = ValidationReport()
        report.format("not-an-email", .email, at: "email", severity: .warning)
        report.format("GODE561231GR9", .document(country: "MX", type: "RFC"), at: "rfc", severity: .error)
        #expect(report.issues.map(\.severity) == [.warning, .error])
    }
}
