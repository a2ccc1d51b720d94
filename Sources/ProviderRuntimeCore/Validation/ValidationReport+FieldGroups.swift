// Rules over a group of fields of one object, reported at the object itself because no single
// field is the one at fault.

@_spi(Generated) extension ValidationReport {
    /// Cross-field "at least one of these fields is given": rule `"atLeastOneOf"` by default.
    ///
    /// `present[i]` says whether `fields[i]` is given; the two arrays have the same order.
    public mutating func atLeastOne(
        of fields: [String],
        present: [Bool],
        rule: String = "atLeastOneOf",
        message: String? = nil,
        severity: ValidationIssue.Severity = .error
    ) {
        guard !present.contains(true) else { return }
        add(
            rule: rule,
            message: message ?? "at least one of \(Self.listed(fields)) must be given",
            severity: severity
        )
    }

    /// Cross-field "exactly one of these fields is given": rule `"exactlyOneOf"` by default.
    public mutating func exactlyOne(
        of fields: [String],
        present: [Bool],
        rule: String = "exactlyOneOf",
        message: String? = nil,
        severity: ValidationIssue.Severity = .error
    ) {
        let givenCount = present.lazy.filter { $0 }.count
        guard givenCount != 1 else { return }
        let given = zip(fields, present).filter(\.1).map(\.0)
        let found = given.isEmpty ? "none is" : "\(Self.listed(given)) are"
        add(
            rule: rule,
            message: message ?? "exactly one of \(Self.listed(fields)) must be given; \(found)",
            severity: severity
        )
    }

    private static func listed(_ fields: [String]) -> String {
        fields.joined(separator: ", ")
    }
}
