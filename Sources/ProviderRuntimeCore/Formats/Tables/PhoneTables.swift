/// Numbering-plan data for the phone formats (CountryFormats.md §3).
enum PhoneTables {
    /// The countries with phone rules and their ITU calling codes.
    static let countries: [PhoneCountry] = [
        PhoneCountry(country: "AR", callingCode: "54", plan: .argentina),
        PhoneCountry(country: "BR", callingCode: "55", plan: .brazil),
        PhoneCountry(country: "CL", callingCode: "56", plan: .chile),
        PhoneCountry(country: "CO", callingCode: "57", plan: .colombia),
        PhoneCountry(country: "MX", callingCode: "52", plan: .mexico),
        PhoneCountry(country: "PE", callingCode: "51", plan: .peru),
        PhoneCountry(country: "US", callingCode: "1", plan: .northAmerica),
    ]

    /// The countries' codes as ``FormatKey``s, in the order of ``countries``.
    static let countryKeys: [UInt64?] = countries.map { FormatKey.pack($0.country) }

    /// Brazil's 67 DDD area codes (§3.2); neither digit is ever 0.
    static let brazilAreaCodes = DigitPairSet([
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
        71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
    ])

    /// Peru's two-digit provincial area codes (§3.6); Lima/Callao is the one-digit code 1.
    static let peruAreaCodes = DigitPairSet([
        41, 42, 43, 44, 51, 52, 53, 54, 56, 61, 62, 63, 64, 65, 66, 67, 72, 73, 74, 75, 76, 82, 83, 84,
    ])
}
