/// A named format, possibly chosen by other fields' values (a phone by country; a document by
/// country and type). Generated validators call `report.format(value, format, at: path)` with one
/// of these; `catalog` lists the names a schema may use.
///
/// Formats are cheap to build per request: `phone(country:)` and `document(country:type:)`
/// look the country and type up in small tables and keep the result.
public struct StringFormat: Sendable, Hashable {
    enum Kind: Hashable, Sendable {
        case email
        case iban
        case bic
        case countryCode
        case currencyCode
        case phone(PhoneCountry)
        case unknownPhoneCountry(String)
        case document(DocumentFormat)
        case unknownDocument(country: String, type: String)
    }

    let kind: Kind

    /// An email address: the WHATWG HTML rule plus the 254/64 length limits and the dot rules
    /// (CountryFormats.md §4).
    public static let email = StringFormat(kind: .email)
    /// An IBAN: registry length per country, check digits 02–98, mod 97.
    public static let iban = StringFormat(kind: .iban)
    /// A BIC/SWIFT code: ISO 9362 shape with a real ISO 3166 country code.
    public static let bic = StringFormat(kind: .bic)
    /// An ISO 3166-1 alpha-2 country code.
    public static let countryCode = StringFormat(kind: .countryCode)
    /// An ISO 4217 currency code.
    public static let currencyCode = StringFormat(kind: .currencyCode)

    /// A phone number of `country` (ISO 3166-1 alpha-2: AR, BR, CL, CO, MX, PE, US), E.164 or
    /// national input; normalised to E.164. An unknown country yields a problem on every check.
    public static func phone(country: String) -> StringFormat {
        if let key = FormatKey.pack(country), let index = PhoneTables.countryKeys.firstIndex(of: key) {
            return StringFormat(kind: .phone(PhoneTables.countries[index]))
        }
        return StringFormat(kind: .unknownPhoneCountry(FormatKey.display(country)))
    }

    /// A national identity or tax document, with the type's default check-digit policy
    /// (warned for the MX RFC, enforced otherwise). Type codes per country:
    ///
    /// - AR: DNI, CUIT, CUIL
    /// - BR: CPF, CNPJ
    /// - CL: RUT (RUN accepted as the same)
    /// - CO: CC, CE, TI, PASSPORT (PA, PP accepted), PEP, PPT, NIT
    /// - MX: RFC, CURP
    /// - PE: DNI, RUC, CE, PASSPORT (PA, PP accepted)
    /// - US: SSN, ITIN, EIN
    ///
    /// Case and surrounding spaces do not matter, and a type may carry its country as a prefix
    /// the way Koywe's billing API writes it ("CO-NIT"). An unknown country or type yields a
    /// problem on every check naming the known ones.
    public static func document(country: String, type: String) -> StringFormat {
        resolveDocument(country: country, type: type, checkDigits: nil)
    }

    /// A document with an explicit check-digit policy (CountryFormats.md §5), e.g. `.enforced`
    /// to reject RFCs whose check character is wrong.
    public static func document(country: String, type: String, checkDigits: CheckDigitPolicy) -> StringFormat {
        resolveDocument(country: country, type: type, checkDigits: checkDigits)
    }

    private static func resolveDocument(country: String, type: String, checkDigits: CheckDigitPolicy?) -> StringFormat {
        let countryKey = FormatKey.pack(country)
        guard let countryKey, let typeKey = FormatKey.pack(type, droppingPrefixOf: countryKey),
            let index = DocumentTypes.find(country: countryKey, code: typeKey)
        else {
            return StringFormat(
                kind: .unknownDocument(country: FormatKey.display(country), type: FormatKey.display(type))
            )
        }
        let type = DocumentTypes.all[index]
        return StringFormat(
            kind: .document(DocumentFormat(index: index, rule: type.rule, policy: checkDigits ?? type.checkDigits))
        )
    }

    /// Checks `value`, tidying it the way people type it first; the verdict carries the
    /// normalised value.
    public func check(_ value: String) -> FormatVerdict {
        check(value, normalizing: true)
    }

    /// - Parameter normalizing: whether to build the verdict's `normalized` value; validators
    ///   that only report problems skip it, which spares them building a string per value.
    func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        switch kind {
        case .email:
            return EmailAddress.check(value, normalizing: normalizing)
        case .iban:
            return IBAN.check(value, normalizing: normalizing)
        case .bic:
            return BIC.check(value, normalizing: normalizing)
        case .countryCode:
            return ISOCode.country.check(value, normalizing: normalizing)
        case .currencyCode:
            return ISOCode.currency.check(value, normalizing: normalizing)
        case .phone(let country):
            return country.check(value, normalizing: normalizing)
        case .document(let document):
            return document.check(value, normalizing: normalizing)
        case .unknownPhoneCountry(let country):
            let known = PhoneTables.countries.map(\.country.description).joined(separator: ", ")
            return Self.unusable(Self.phoneRule, "no phone rules for country \(country); known: \(known)")
        case .unknownDocument(let country, let type):
            let codes = DocumentTypes.codes(country: FormatKey.pack(country))
            if codes.isEmpty {
                let known = DocumentTypes.countries.joined(separator: ", ")
                return Self.unusable(
                    Self.documentRule,
                    "no document types for country \(country); known countries: \(known)"
                )
            }
            return Self.unusable(
                Self.documentRule,
                "no document type \(type) for country \(country); known: \(codes.joined(separator: ", "))"
            )
        }
    }

    /// The rule identifier problems are reported with: `"format.email"`, `"format.phone"`,
    /// `"format.document"`, `"format.iban"`, `"format.bic"`, `"format.countryCode"`,
    /// `"format.currencyCode"`.
    public var ruleID: String {
        switch kind {
        case .email: return Self.emailRule
        case .iban: return Self.ibanRule
        case .bic: return Self.bicRule
        case .countryCode: return Self.countryCodeRule
        case .currencyCode: return Self.currencyCodeRule
        case .phone, .unknownPhoneCountry: return Self.phoneRule
        case .document, .unknownDocument: return Self.documentRule
        }
    }

    static let emailRule = "format.email"
    static let ibanRule = "format.iban"
    static let bicRule = "format.bic"
    static let countryCodeRule = "format.countryCode"
    static let currencyCodeRule = "format.currencyCode"
    static let phoneRule = "format.phone"
    static let documentRule = "format.document"

    /// The verdict of a format whose country or type is unknown: nothing can be checked.
    private static func unusable(_ rule: String, _ message: String) -> FormatVerdict {
        FormatVerdict(normalized: nil, problems: [FormatProblem(rule: rule, message: message)])
    }
}
