extension ValidationReport {
    /// Runs `format` on `value` and reports each problem at `component` with the format's rule
    /// id (`"format.document"`, `"format.phone"`, ...) and a message that names the country and
    /// document type, e.g. "not a valid CUIT for AR: check digit should be 7". Generated
    /// validators call this; it does not build the normalised value (see
    /// ``normalized(_:_:at:severity:)``).
    ///
    /// - Parameters:
    ///   - value: the text as the caller holds it; formats accept what people type.
    ///   - format: the check to run, with its arguments (a country, a document type).
    ///   - component: where the value sits, for the issue's path.
    ///   - severity: a schema's `severity:` for this format; when given, every problem is
    ///     reported with it (warning: never block; error: also block on the RFC check digit).
    @_spi(Generated) public mutating func format(
        _ value: String,
        _ format: StringFormat,
        at component: PathComponent,
        severity: ValidationIssue.Severity? = nil
    ) {
        add(format.check(value, normalizing: false), at: component, severity: severity)
    }

    /// Reports the format's problems as generated validators do and returns the normalised value, the form to
    /// send on: an E.164 phone, a document number without separators. Nil when the value could
    /// not be normalised.
    public mutating func normalized(
        _ value: String,
        _ format: StringFormat,
        at component: PathComponent,
        severity: ValidationIssue.Severity? = nil
    ) -> String? {
        let verdict = format.check(value)
        add(verdict, at: component, severity: severity)
        return verdict.normalized
    }

    private mutating func add(
        _ verdict: FormatVerdict,
        at component: PathComponent,
        severity: ValidationIssue.Severity?
    ) {
        for problem in verdict.problems {
            add(rule: problem.rule, message: problem.message, severity: severity ?? problem.severity, at: component)
        }
    }
}
