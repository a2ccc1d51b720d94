/// How much a wrong check digit counts (CountryFormats.md §5: "make strictness configurable per
/// field: format-only / check digit enforced / check digit warned").
///
/// Every document type has a default: ``warned`` for the Mexican RFC, whose check character
/// about 1.5 % of RFCs in real use fail (§2.5), ``enforced`` for the others.
public enum CheckDigitPolicy: String, Hashable, Sendable, CaseIterable {
    /// A wrong check digit is an error.
    case enforced
    /// A wrong check digit is a warning, which does not block a request.
    case warned
    /// The check digit is not checked; layout, prefixes and dates still are.
    case formatOnly
}
