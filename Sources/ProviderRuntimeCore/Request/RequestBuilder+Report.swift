@_spi(Generated) extension RequestBuilder {
    /// For operations whose parameters are validated too: the caller fills one report with
    /// parameter and body issues so every problem is reported at once.
    public mutating func require(_ report: ValidationReport) throws(RequestError) {
        if report.hasErrors {
            throw .invalid(report.issues)
        }
        warnings += report.issues
    }
}
