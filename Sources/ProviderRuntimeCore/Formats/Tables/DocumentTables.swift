/// The parts of the national document rules most likely to change (CountryFormats.md §5: "keep
/// per-country tables as data"). Each table cites the section of the doc it comes from.
enum DocumentTables {
    // MARK: Argentina (§2.1)

    /// CUIT/CUIL type prefixes for persons: 20 male, 27 female, 23/24 either sex.
    static let cuitPersonPrefixes = DigitPairSet([20, 23, 24, 27])
    /// CUIT type prefixes for legal entities.
    static let cuitCompanyPrefixes = DigitPairSet([30, 33, 34])
    /// Special CUIT prefixes (foreign / international use).
    static let cuitOtherPrefixes = DigitPairSet([50, 51, 55])

    // MARK: Peru (§2.6)

    /// RUC type prefixes: 10 person with DNI, 15/17 person without DNI, 20 legal entity.
    static let rucPrefixes = DigitPairSet([10, 15, 17, 20])

    // MARK: Mexico (§2.5)

    /// CURP state codes; NE is "born abroad" (nacido en el extranjero).
    static let curpStates = LetterCodeSet(
        length: 2,
        """
        AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE
        """
    )
    /// SAT generic RFCs: general public and foreigners without an RFC. They do not satisfy the
    /// check digit and are accepted by list.
    static let genericRFCs: [StaticString] = ["XAXX010101000", "XEXX010101000"]

    // MARK: United States (§2.7)

    /// IRS campus prefixes of EINs as published; the IRS can add prefixes.
    static let einPrefixes = DigitPairSet(ranges: [
        1...6, 10...16, 20...27, 30...48, 50...68, 71...77, 80...88, 90...95, 98...99,
    ])
    /// ITIN digits 4–5 (93 is the ATIN range). 50–65 is missing from some libraries.
    static let itinGroups = DigitPairSet(ranges: [50...65, 70...88, 90...92, 94...99])
    /// SSN areas never issued, besides the whole 900–999 block.
    static let ssnUnissuedAreas: [Int] = [0, 666]
    /// Publicly known misused SSNs (the "Woolworth wallet" number and others).
    static let ssnMisused: [StaticString] = ["078051120", "219099999", "457555462"]
}
