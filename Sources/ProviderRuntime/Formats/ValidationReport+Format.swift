extension ValidationReport {
    /// Runs `format` on `value` and reports each problem at `component` with the format's rule
    /// id (`"format.document"`, `"format.phone"`, ...) and a message that names the country and
    /// document type, e.g. "not a valid CUIT for AR: check digit should be 7".
    ///
    /// - Parameter severity: a schema's `severity:` for this format; when given, every problem
    ///   is reported with it (warning: never block; error: also block on the RFC check digit).
    /// - Returns: the verdict, whose `normalized` value is what the caller should send on.
    @discardableResult
    public mutating func format(
        _ value: String,
        _ format: StringFormat,
        at component: PathComponent,
        severity: ValidationIssue.Severity? = nil
    ) -> FormatVerdict {
        let verdict = format.check(value)
        for problem in verdict.problems {
            add(rule: problem.rule, message: problem.message, severity: severity ?? problem.severity, at: component)
        }
        return verdict
    }
}
