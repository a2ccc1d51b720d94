extension StringFormat {
    /// Schema-facing catalogue: format name → parameter labels, in call order. The generator
    /// validates schema format names against this and emits `.name(label: value, ...)`.
    public static let catalog: [(name: String, parameters: [String])] = [
        ("email", []),
        ("iban", []),
        ("bic", []),
        ("countryCode", []),
        ("currencyCode", []),
        ("phone", ["country"]),
        ("document", ["country", "type"]),
    ]

    /// The document type codes known for a country, e.g. `"AR"`: `["DNI", "CUIT", "CUIL"]`;
    /// empty for a country without document rules. Aliases (RUN, PA, PP) are not listed.
    public static func documentTypes(country: String) -> [String] {
        DocumentTypes.codes(country: FormatKey.pack(country))
    }

    /// The countries with document rules: AR, BR, CL, CO, MX, PE, US.
    public static var documentCountries: [String] { DocumentTypes.countries }

    /// The countries with phone rules: AR, BR, CL, CO, MX, PE, US.
    public static var phoneCountries: [String] { PhoneTables.countries.map(\.country.description) }
}
