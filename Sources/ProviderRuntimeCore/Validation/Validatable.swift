/// A value that checks its own schema rules; generated request and model types conform.
public protocol Validatable {
    /// Reports this value's issues into `report`, under the report's current path.
    func validate(into report: inout ValidationReport)
}

extension Validatable {
    /// Validates into a fresh report rooted at this value.
    public func validate() -> ValidationReport {
        var report = ValidationReport()
        validate(into: &report)
        return report
    }
}
