extension StringFormat {
    /// A format name a schema may use: its parameter labels in call order, and how to build it
    /// from arguments given by label. The generator checks `format:` against this, builds formats
    /// from it to check literals and payloads at generation time, and emits
    /// `.name(label: value, ...)`: the public factory of the same name and labels.
    package struct CatalogEntry: Sendable {
        package let name: String
        package let parameters: [String]
        private let build: @Sendable ([String: String]) -> StringFormat?

        init(_ name: String, _ parameters: [String], build: @escaping @Sendable ([String: String]) -> StringFormat?) {
            self.name = name
            self.parameters = parameters
            self.build = build
        }

        /// The format, or nil when an argument is missing.
        package func make(_ arguments: [String: String]) -> StringFormat? {
            build(arguments)
        }
    }

    /// Every format a schema may name; the one place a name maps to a runtime format.
    package static let catalog: [CatalogEntry] = [
        CatalogEntry("email", []) { _ in .email },
        CatalogEntry("iban", []) { _ in .iban },
        CatalogEntry("bic", []) { _ in .bic },
        CatalogEntry("countryCode", []) { _ in .countryCode },
        CatalogEntry("currencyCode", []) { _ in .currencyCode },
        CatalogEntry("phone", ["country"]) { arguments in
            arguments["country"].map { .phone(country: $0) }
        },
        CatalogEntry("document", ["country", "type"]) { arguments in
            guard let country = arguments["country"], let type = arguments["type"] else { return nil }
            return .document(country: country, type: type)
        },
    ]

    package static func catalogEntry(named name: String) -> CatalogEntry? {
        catalog.first { $0.name == name }
    }

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
