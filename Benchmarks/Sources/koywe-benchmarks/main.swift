import Koywe
@_spi(Generated) import ProviderRuntime

// Validations per second of the *generated* Koywe validator, single thread, release build:
//
//     swift run -c release --package-path Benchmarks koywe-benchmarks [row filter]
//
// Issue 3's target: a full Koywe request above 1 million validations per second. format-benchmarks'
// "full Koywe request (4 checks)" row calls the four formats by hand; this one runs
// `Koywe.CreateContactRequest.validate()` as generated from schemas/koywe.yaml on requests with
// every field set and valid: firstName's length, email, phone, document and tax id formats, the
// two `requires` rules and the documentMatchesBusinessType table.
//
// Measurement.swift and Inputs.swift are format-benchmarks' own files (symbolic links), so both
// executables measure the same way and draw the same deterministic inputs.

let requestTarget = 1_000_000.0

/// The document pairs of format-benchmarks' Contact.samples(), each allowed for a PERSON by
/// the schema's documentMatchesBusinessType table.
let kinds: [(Koywe.CountrySymbol, Koywe.DocumentType, Koywe.DocumentType)] = [
    (.colombia, .cc, .nit), (.argentina, .dni, .cuit), (.brazil, .cpf, .cnpj), (.mexico, .curp, .rfc),
    (.chile, .rut, .rut), (.peru, .dni, .ruc), (.unitedStates, .ssn, .ein),
]

/// `Inputs.size` valid contacts from the seven countries, every optional field set.
func fullRequests() -> [Koywe.CreateContactRequest] {
    let pools = kinds.map { country, document, taxID in
        (
            phones: Inputs.phones(country.rawValue),
            documents: Inputs.document(country.rawValue, document.rawValue),
            taxIDs: Inputs.document(country.rawValue, taxID.rawValue)
        )
    }
    return (0..<Inputs.size).map { index in
        let (country, documentType, taxIDType) = kinds[index % kinds.count]
        let pool = pools[index % kinds.count]
        return Koywe.CreateContactRequest(
            countrySymbol: country,
            firstName: "Ana María",
            businessType: .person,
            type: .person,
            externalId: "ext-\(index)",
            lastName: "Pérez Gómez",
            email: Inputs.emails[index],
            phone: pool.phones[index],
            addressLine1: "Calle 100 # 10-20",
            addressLine2: "Apto 301",
            city: "Bogotá",
            state: "Cundinamarca",
            postalCode: "110111",
            taxIdType: taxIDType,
            taxIdNumber: pool.taxIDs[index],
            documentType: documentType,
            documentNumber: pool.documents[index],
            externalBillingId: "bill-\(index)",
            stateId: "st-\(index % 32)",
            countyId: "co-\(index % 100)"
        )
    }
}

let requests = fullRequests()
// The row is only meaningful for valid requests: stop if any reports an issue.
for request in requests {
    let issues = request.validate().issues
    precondition(issues.isEmpty, "sample is not valid: \(request) \(issues)")
}

/// The same requests without documentType, so the allowedCombinations lookup is not run.
let withoutDocumentType = requests.map { request in
    var copy = request
    copy.documentType = nil
    return copy
}

let client = Koywe.Client(token: BearerToken("koywe_sk_bench"))

var bench = Bench(filter: CommandLine.arguments.dropFirst().first)

bench.run("Koywe validate() full request", target: requestTarget, inputs: requests) { request in
    let report = request.validate()
    return report.issues.count &+ 1
}
// Attribution rows: the same work split up, to see where the time of the row above goes.
bench.run("  formats only (4 checks)", inputs: requests) { request in
    var report = ValidationReport()
    let country = request.countrySymbol.rawValue
    report.format(request.email!, .email, at: "email")
    report.format(request.phone!, .phone(country: country), at: "phone")
    report.format(
        request.taxIdNumber!,
        .document(country: country, type: request.taxIdType!.rawValue),
        at: "taxIdNumber"
    )
    report.format(
        request.documentNumber!,
        .document(country: country, type: request.documentType!.rawValue),
        at: "documentNumber"
    )
    return report.issues.count &+ 1
}
bench.run("  validate() without documentType", inputs: withoutDocumentType) { request in
    request.validate().issues.count &+ 1
}
bench.run("createContact() builder (validate + JSON)", inputs: requests) { request in
    (try? client.createContact(organizationId: "org_1", merchantId: "mer_1", request))?.body?.count ?? 0
}

Table.print(bench.rows)
print(
    "(single thread, release build; rate per second of the thread's CPU time, at least \(Measurement.minimumSeconds) s per row;"
)
print(" \(Inputs.size) deterministic valid requests from 7 countries, every field set; checksum \(bench.sink))")
