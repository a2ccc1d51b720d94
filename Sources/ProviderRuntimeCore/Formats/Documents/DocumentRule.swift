/// The check behind one document type. ``DocumentTypes`` maps each (country, type code) to one.
enum DocumentRule: Hashable, Sendable {
    /// AR CUIT, or CUIL when `personsOnly` (§2.1).
    case cuit(personsOnly: Bool)
    /// CL RUT/RUN (§2.2).
    case rut
    /// BR CPF (§2.3).
    case cpf
    /// BR CNPJ, numeric or alphanumeric (§2.3).
    case cnpj
    /// CO NIT, with or without its check digit (§2.4).
    case nit
    /// MX RFC (§2.5).
    case rfc
    /// MX CURP (§2.5).
    case curp
    /// PE RUC (§2.6).
    case ruc
    /// PE DNI with its optional card check character (§2.6).
    case peruDNI
    /// US SSN, ITIN, EIN (§2.7).
    case ssn, itin, ein
    /// A document without a check digit: characters and length only.
    case shape(DocumentShape)

    func evaluate(_ text: CleanedText) -> DocumentOutcome {
        switch self {
        case .cuit(let personsOnly): return ArgentineDocuments.cuit(text, personsOnly: personsOnly)
        case .rut: return ChileanDocuments.rut(text)
        case .cpf: return BrazilianDocuments.cpf(text)
        case .cnpj: return BrazilianDocuments.cnpj(text)
        case .nit: return ColombianDocuments.nit(text)
        case .rfc: return MexicanDocuments.rfc(text)
        case .curp: return MexicanDocuments.curp(text)
        case .ruc: return PeruvianDocuments.ruc(text)
        case .peruDNI: return PeruvianDocuments.dni(text)
        case .ssn: return USDocuments.ssn(text)
        case .itin: return USDocuments.itin(text)
        case .ein: return USDocuments.ein(text)
        case .shape(let shape): return shape.evaluate(text)
        }
    }
}

/// What a document rule found in a cleaned value.
struct DocumentOutcome {
    /// The first problem, nil when the value passes.
    var finding: DocumentFinding?
    /// How the normalised value is spelled.
    var canonical: DocumentSpelling = .cleaned

    static var valid: DocumentOutcome { DocumentOutcome(finding: nil) }

    static func invalid(_ reason: String) -> DocumentOutcome {
        DocumentOutcome(finding: DocumentFinding(reason: reason, isCheckDigit: false))
    }

    static func wrongCheckDigit(_ reason: String) -> DocumentOutcome {
        DocumentOutcome(finding: DocumentFinding(reason: reason, isCheckDigit: true))
    }

    func spelled(_ canonical: DocumentSpelling) -> DocumentOutcome {
        DocumentOutcome(finding: finding, canonical: canonical)
    }
}

/// One problem, phrased as a clause: "check digit should be 7".
struct DocumentFinding {
    let reason: String
    /// Whether only the check digit is wrong: ``CheckDigitPolicy`` decides how much that counts.
    let isCheckDigit: Bool
}

/// The canonical spelling of a document number.
enum DocumentSpelling {
    /// The cleaned characters: no separators, upper case.
    case cleaned
    /// The first n cleaned characters: a PE DNI without the card's check character, which APIs
    /// leave out (§2.6).
    case prefix(Int)
    /// A CO NIT with its check digit set apart, "900123456-8": without the hyphen a body with DV
    /// could not be told from a longer body without one (§2.4).
    case hyphenBeforeLast

    func string(_ text: CleanedText, original: String) -> String {
        switch self {
        case .cleaned:
            return text.string(original: original)
        case .prefix(let length):
            return text.prefixString(length)
        case .hyphenBeforeLast:
            let count = text.count
            return String(unsafeUninitializedCapacity: count + 1) { output in
                for index in 0..<(count - 1) {
                    output[index] = text[index]
                }
                output[count - 1] = ASCII.hyphen
                output[count] = text[count - 1]
                return count + 1
            }
        }
    }
}
