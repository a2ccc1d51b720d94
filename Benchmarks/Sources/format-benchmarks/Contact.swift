@_spi(Generated) import ProviderRuntime

/// A Koywe "create contact" request, validated as generated code does it: the phone and
/// document formats are chosen from the contact's own countrySymbol and document types, and
/// problems are collected in a ValidationReport.
struct Contact {
    let country: String
    let email: String
    let phone: String
    let documentType: String
    let documentNumber: String
    let taxIDType: String
    let taxIDNumber: String

    /// Email, phone, document and tax id: four format checks. Returns a digest for the sink.
    func validate() -> Int {
        var report = ValidationReport()
        report.format(email, .email, at: "email")
        report.format(phone, .phone(country: country), at: "phone")
        report.format(documentNumber, .document(country: country, type: documentType), at: "documentNumber")
        report.format(taxIDNumber, .document(country: country, type: taxIDType), at: "taxIdNumber")
        return report.issues.count &+ 1
    }

    /// Valid contacts from all seven countries, with the document pairs each country uses.
    static func samples() -> [Contact] {
        let kinds = [
            ("CO", "CC", "NIT"), ("AR", "DNI", "CUIT"), ("BR", "CPF", "CNPJ"), ("MX", "CURP", "RFC"),
            ("CL", "RUT", "RUT"), ("PE", "DNI", "RUC"), ("US", "SSN", "EIN"),
        ]
        let pools = kinds.map { country, document, taxID in
            (
                phones: Inputs.phones(country), documents: Inputs.document(country, document),
                taxIDs: Inputs.document(country, taxID)
            )
        }
        return (0..<Inputs.size).map { index in
            let (country, document, taxID) = kinds[index % kinds.count]
            let pool = pools[index % kinds.count]
            return Contact(
                country: country,
                email: Inputs.emails[index],
                phone: pool.phones[index],
                documentType: document,
                documentNumber: pool.documents[index],
                taxIDType: taxID,
                taxIDNumber: pool.taxIDs[index]
            )
        }
    }
}
