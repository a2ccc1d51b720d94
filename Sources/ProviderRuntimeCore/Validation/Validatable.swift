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

/// Thrown by request builders: only error-severity issues block; warnings ride along.
public struct ValidationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every issue of the failed validation, errors and warnings.
    public var issues: [ValidationIssue]

    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    /// The blocking issues.
    public var errors: [ValidationIssue] {
        issues.filter { $0.severity == .error }
    }

    public var description: String {
        "validation failed: " + issues.map(\.description).joined(separator: "; ")
    }
}
