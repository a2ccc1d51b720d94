/// Collects issues; keeps the current path as a stack so no strings are built unless an issue is reported.
///
/// Generated `validate(into:)` methods call the rule methods (`@_spi(Generated)`: only generated code
/// sees them) with literal limits and descend into nested values with `nested(_:_:)`:
///
/// ```swift
/// report.length(name, min: 1, max: 50, at: "name")
/// report.nested("address") { address.validate(into: &$0) }
/// ```
public struct ValidationReport: Sendable {
    /// Every issue found so far, errors and warnings, in the order they were reported.
    public private(set) var issues: [ValidationIssue] = []
    private var path = PathStack()

    public init() {}

    /// The issues with error severity: these block a request.
    public var errors: [ValidationIssue] {
        issues.filter { $0.severity == .error }
    }

    /// The issues with warning severity: these are reported but never block a request.
    public var warnings: [ValidationIssue] {
        issues.filter { $0.severity == .warning }
    }

    /// Whether any issue has error severity.
    public var hasErrors: Bool {
        issues.contains { $0.severity == .error }
    }

    /// Validates a nested value under `component` (object field, array index, map key).
    @_spi(Generated) public mutating func nested(_ component: PathComponent, _ body: (inout ValidationReport) -> Void) {
        path.push(component)
        body(&self)
        path.pop()
    }

    /// Runs checks whose issues are warnings: a schema's `warnings:` constraints, which report
    /// without blocking a request.
    @_spi(Generated) public mutating func warnings(_ body: (inout ValidationReport) -> Void) {
        let start = issues.endIndex
        body(&self)
        for index in issues.indices[start...] {
            issues[index].severity = .warning
        }
    }

    /// Starts validating the values under `component`; every `enter` needs one ``leave()``.
    ///
    /// Generated code walks arrays and maps with `enter`/`leave` around plain loops rather than
    /// nesting ``nested(_:_:)`` closures: nested closures type-check in time that grows faster
    /// than their depth, loops in linear time. Hand-written code should prefer `nested`.
    @_spi(Generated) public mutating func enter(_ component: PathComponent) {
        path.push(component)
    }

    /// Ends the innermost ``enter(_:)``; does nothing when none is open.
    @_spi(Generated) public mutating func leave() {
        path.pop()
    }

    /// Appends an issue at the current path + component (component nil = the current object itself).
    @_spi(Generated) public mutating func add(
        rule: String,
        message: String,
        severity: ValidationIssue.Severity = .error,
        at component: PathComponent? = nil
    ) {
        issues.append(
            ValidationIssue(
                path: path.rendered(appending: component),
                rule: rule,
                message: message,
                severity: severity
            )
        )
    }

    /// Appends issues found elsewhere (for example by a hand-written check) as they are.
    @_spi(Generated) public mutating func append(contentsOf other: [ValidationIssue]) {
        issues.append(contentsOf: other)
    }
}
