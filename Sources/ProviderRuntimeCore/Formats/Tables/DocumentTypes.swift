/// One national identity or tax document a contact of a country can carry.
struct DocumentType: Sendable {
    /// ISO 3166-1 alpha-2 code, upper case: "AR".
    let country: StaticString
    /// The type code, upper case, at most 8 characters: "CUIT".
    let code: StaticString
    let rule: DocumentRule
    /// How a wrong check digit counts unless the caller chooses otherwise.
    var checkDigits: CheckDigitPolicy = .enforced
}

/// The document types per country, with the codes Koywe uses where known (CountryFormats.md §1:
/// "CC, DNI, CPF … NIT, CNPJ, CUIT"; the rest are the national names):
///
/// | country | codes |
/// |---|---|
/// | AR | DNI, CUIT, CUIL |
/// | BR | CPF, CNPJ |
/// | CL | RUT (also accepted as RUN) |
/// | CO | CC, CE, TI, PASSPORT (also PA, PP), PEP, PPT, NIT |
/// | MX | RFC, CURP |
/// | PE | DNI, RUC, CE, PASSPORT (also PA, PP) |
/// | US | SSN, ITIN, EIN |
///
/// Lengths of the documents without a check digit are policy from §2.4/§2.6 (providers differ)
/// and live here so they can be tuned in one place.
enum DocumentTypes {
    static let all: [DocumentType] = [
        DocumentType(country: "AR", code: "DNI", rule: .shape(DocumentShape(alphabet: .digits, lengths: 7...8))),
        DocumentType(country: "AR", code: "CUIT", rule: .cuit(personsOnly: false)),
        DocumentType(country: "AR", code: "CUIL", rule: .cuit(personsOnly: true)),
        DocumentType(country: "BR", code: "CPF", rule: .cpf),
        DocumentType(country: "BR", code: "CNPJ", rule: .cnpj),
        DocumentType(country: "CL", code: "RUT", rule: .rut),
        // Koywe: CC is 6–10 digits; the current NUIP has 10 digits starting with 1, never 0.
        DocumentType(
            country: "CO",
            code: "CC",
            rule: .shape(DocumentShape(alphabet: .digits, lengths: 6...10, allowsLeadingZero: false))
        ),
        // Usually 6–7 digits; some providers allow up to 12 letters or digits.
        DocumentType(
            country: "CO",
            code: "CE",
            rule: .shape(DocumentShape(alphabet: .lettersAndDigits, lengths: 6...12))
        ),
        // Typically 10–11 digits; providers accept 5–11.
        DocumentType(country: "CO", code: "TI", rule: .shape(DocumentShape(alphabet: .digits, lengths: 5...11))),
        DocumentType(
            country: "CO",
            code: "PASSPORT",
            rule: .shape(DocumentShape(alphabet: .lettersAndDigits, lengths: 5...20))
        ),
        DocumentType(country: "CO", code: "PEP", rule: .shape(DocumentShape(alphabet: .digits, lengths: 15...15))),
        // Up to 7 digits; some systems pad it with zeros.
        DocumentType(
            country: "CO",
            code: "PPT",
            rule: .shape(DocumentShape(alphabet: .digits, lengths: 1...7, ignoresLeadingZeros: true))
        ),
        DocumentType(country: "CO", code: "NIT", rule: .nit),
        DocumentType(country: "MX", code: "RFC", rule: .rfc, checkDigits: .warned),
        DocumentType(country: "MX", code: "CURP", rule: .curp),
        DocumentType(country: "PE", code: "DNI", rule: .peruDNI),
        DocumentType(country: "PE", code: "RUC", rule: .ruc),
        // Usually 9 digits; some providers accept up to 12 letters or digits.
        DocumentType(
            country: "PE",
            code: "CE",
            rule: .shape(DocumentShape(alphabet: .lettersAndDigits, lengths: 9...12))
        ),
        DocumentType(
            country: "PE",
            code: "PASSPORT",
            rule: .shape(DocumentShape(alphabet: .lettersAndDigits, lengths: 5...12))
        ),
        DocumentType(country: "US", code: "SSN", rule: .ssn),
        DocumentType(country: "US", code: "ITIN", rule: .itin),
        DocumentType(country: "US", code: "EIN", rule: .ein),
    ]

    /// Other spellings of the same type: Chile's RUN is the RUT of a person (§2.2); passports
    /// appear as PA or PP in provider tables (§2.4).
    static let aliases: [(country: StaticString, alias: StaticString, code: StaticString)] = [
        ("CL", "RUN", "RUT"),
        ("CO", "PA", "PASSPORT"), ("CO", "PP", "PASSPORT"),
        ("PE", "PA", "PASSPORT"), ("PE", "PP", "PASSPORT"),
    ]

    /// The countries with document rules, in table order.
    static var countries: [String] {
        all.map(\.country.description).reduce(into: []) { countries, country in
            if !countries.contains(country) { countries.append(country) }
        }
    }

    /// The type codes of a country given as a ``FormatKey``, in table order.
    static func codes(country: UInt64?) -> [String] {
        keys.filter { $0.country == country && !$0.isAlias }.map { all[$0.index].code.description }
    }

    /// The position in ``all`` of a country and code given as ``FormatKey``s, aliases resolved.
    static func find(country: UInt64, code: UInt64) -> Int? {
        keys.first { $0.country == country && $0.code == code }?.index
    }

    /// Every (country, code) spelling, aliases included, packed for lookup.
    private static let keys: [(country: UInt64?, code: UInt64?, index: Int, isAlias: Bool)] = {
        var keys = all.indices.map { index in
            (FormatKey.pack(all[index].country), FormatKey.pack(all[index].code), index, false)
        }
        for alias in aliases {
            let country = FormatKey.pack(alias.country)
            let code = FormatKey.pack(alias.code)
            if let target = keys.first(where: { $0.0 == country && $0.1 == code }) {
                keys.append((country, FormatKey.pack(alias.alias), target.2, true))
            }
        }
        return keys
    }()
}
