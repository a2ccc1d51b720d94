import ProviderRuntime

// Validations per second of every ProviderRuntime format, single thread. Targets from the
// task: every check-digit format above 5 million/s, a full Koywe contact (email + phone +
// document + tax id) above 1 million/s.

let checkDigitTarget = 5_000_000.0
let requestTarget = 1_000_000.0

/// What each validation returns into the sink: validity and the normalised length, so the
/// verdict must really be computed.
func digest(_ verdict: FormatVerdict) -> Int {
    (verdict.isValid ? 1 : 0) &+ (verdict.normalized?.utf8.count ?? 0)
}

var sink = 0
var rows: [Measurement] = []

let documents: [(country: String, type: String, hasCheckDigit: Bool)] = [
    ("AR", "CUIT", true), ("AR", "CUIL", true), ("AR", "DNI", false), ("CL", "RUT", true),
    ("BR", "CPF", true), ("BR", "CNPJ", true), ("CO", "NIT", true), ("CO", "CC", false),
    ("MX", "RFC", true), ("MX", "CURP", true), ("PE", "RUC", true), ("PE", "DNI", true),
    ("US", "SSN", false), ("US", "EIN", false),
]
for document in documents {
    let format = StringFormat.document(country: document.country, type: document.type)
    let inputs = Inputs.document(document.country, document.type)
    rows.append(Measurement.run("document \(document.country) \(document.type)", inputs: inputs,
                                target: document.hasCheckDigit ? checkDigitTarget : nil, sink: &sink) { digest(format.check($0)) })
}

for country in ["AR", "BR", "CL", "CO", "MX", "PE", "US"] {
    let format = StringFormat.phone(country: country)
    rows.append(Measurement.run("phone \(country)", inputs: Inputs.phones(country), sink: &sink) { digest(format.check($0)) })
}

rows.append(Measurement.run("email", inputs: Inputs.emails, sink: &sink) { digest(StringFormat.email.check($0)) })
rows.append(Measurement.run("iban", inputs: Inputs.ibans, target: checkDigitTarget, sink: &sink) { digest(StringFormat.iban.check($0)) })
rows.append(Measurement.run("bic", inputs: Inputs.bics, sink: &sink) { digest(StringFormat.bic.check($0)) })
rows.append(Measurement.run("countryCode", inputs: Inputs.countryCodes, sink: &sink) { digest(StringFormat.countryCode.check($0)) })
rows.append(Measurement.run("currencyCode", inputs: Inputs.currencyCodes, sink: &sink) { digest(StringFormat.currencyCode.check($0)) })

// Invalid inputs of every kind: wrong check digits, lengths, characters, calling codes.
let invalid: [(StringFormat, String)] = {
    var random = SplitMix64(seed: 0xBAD)
    var pairs: [(StringFormat, String)] = []
    let samples: [(StringFormat, [String])] = [
        (.document(country: "AR", type: "CUIT"), Inputs.document("AR", "CUIT")),
        (.document(country: "BR", type: "CPF"), Inputs.document("BR", "CPF")),
        (.document(country: "BR", type: "CNPJ"), Inputs.document("BR", "CNPJ")),
        (.document(country: "CO", type: "NIT"), Inputs.document("CO", "NIT")),
        (.document(country: "MX", type: "CURP"), Inputs.document("MX", "CURP")),
        (.document(country: "PE", type: "RUC"), Inputs.document("PE", "RUC")),
        (.phone(country: "CO"), Inputs.phones("CO")),
        (.iban, Inputs.ibans),
    ]
    while pairs.count < Inputs.size {
        let (format, values) = random.pick(samples)
        var value = Array(random.pick(values))
        switch pairs.count % 4 {
        case 0: // last character changed: a wrong check digit
            value[value.count - 1] = value[value.count - 1] == "1" ? "2" : "1"
        case 1: // one character short
            value.removeLast()
        case 2: // a letter where a digit belongs
            value[value.count / 2] = "O"
        default: // somebody else's value
            pairs.append((.phone(country: "AR"), "+55 11 96123-4567"))
            continue
        }
        let text = String(value)
        if !format.check(text).isValid { pairs.append((format, text)) }
    }
    return pairs
}()
rows.append(Measurement.run("invalid mix (8 formats)", inputs: invalid, sink: &sink) { digest($0.0.check($0.1)) })

// A Koywe "create contact" as generated code validates it: formats chosen from the contact's
// own countrySymbol and documentType, problems collected in a ValidationReport.
struct Contact {
    let country: String
    let email: String
    let phone: String
    let documentType: String
    let documentNumber: String
    let taxIDType: String
    let taxIDNumber: String
}

let contacts: [Contact] = {
    let kinds: [(String, String, String)] = [
        ("CO", "CC", "NIT"), ("AR", "DNI", "CUIT"), ("BR", "CPF", "CNPJ"), ("MX", "CURP", "RFC"),
        ("CL", "RUT", "RUT"), ("PE", "DNI", "RUC"), ("US", "SSN", "EIN"),
    ]
    let pools = kinds.map { kind in
        (kind, Inputs.phones(kind.0), Inputs.document(kind.0, kind.1), Inputs.document(kind.0, kind.2))
    }
    return (0..<Inputs.size).map { index in
        let (kind, phones, documents, taxIDs) = pools[index % pools.count]
        return Contact(country: kind.0, email: Inputs.emails[index], phone: phones[index], documentType: kind.1,
                       documentNumber: documents[index], taxIDType: kind.2, taxIDNumber: taxIDs[index])
    }
}()
rows.append(Measurement.run("full Koywe request (4 checks)", inputs: contacts, target: requestTarget, sink: &sink) { contact in
    var report = ValidationReport()
    report.format(contact.email, .email, at: "email")
    report.format(contact.phone, .phone(country: contact.country), at: "phone")
    report.format(contact.documentNumber, .document(country: contact.country, type: contact.documentType), at: "documentNumber")
    report.format(contact.taxIDNumber, .document(country: contact.country, type: contact.taxIDType), at: "taxIdNumber")
    return report.issues.count &+ 1
})

Table.print(rows)
print("(single thread, release build, ≥ \(Measurement.minimumDuration) per row, \(Inputs.size) deterministic inputs per row; checksum \(sink))")
