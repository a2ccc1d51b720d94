/// One problem a format found; severity `.warning` does not block a request (the Mexican RFC
/// check character, CountryFormats.md §2.5).
public struct FormatProblem: Hashable, Sendable {
    /// The format's rule identifier, such as `"format.document"`.
    public var rule: String
    /// A sentence naming the format and the reason, e.g.
    /// `"not a valid CUIT for AR: check digit should be 7"`.
    public var message: String
    public var severity: ValidationIssue.Severity

    public init(rule: String, message: String, severity: ValidationIssue.Severity = .error) {
        self.rule = rule
        self.message = message
        self.severity = severity
    }
}

/// What a format made of a value.
public struct FormatVerdict: Hashable, Sendable {
    /// The canonical form: digits without separators, an E.164 phone, an upper-cased IBAN, an
    /// email with its domain in lower case. It is filled in whenever the value could be tidied,
    /// even if a later check failed (a wrong check digit), so callers can show what was checked;
    /// nil when the value could not be normalised (a letter in a phone number, a non-ASCII
    /// character in an IBAN). Phones are normalised only when valid: without a valid national
    /// number there is no E.164 form.
    public var normalized: String?
    /// Problems in the order found; empty for a valid value.
    public var problems: [FormatProblem]

    public init(normalized: String?, problems: [FormatProblem] = []) {
        self.normalized = normalized
        self.problems = problems
    }

    /// Whether no problem has error severity (warnings are allowed).
    public var isValid: Bool {
        !problems.contains { $0.severity == .error }
    }
}
