/// A table of value combinations several fields may take together, such as which document types
/// each business type may use per country. Rows are wire values; lookups are set membership.
public struct AllowedCombinations: Sendable {
    public let fields: [String]
    private let rows: Set<[String]>

    public init(fields: [String], rows: [[String]]) {
        self.fields = fields
        self.rows = Set(rows)
    }

    public func allows(_ values: [String]) -> Bool {
        rows.contains(values)
    }

    /// The values the last field may take given the others, for the error message.
    func allowedLastValues(given prefix: [String]) -> [String] {
        rows.filter { Array($0.dropLast()) == prefix }.compactMap(\.last).sorted()
    }
}

extension ValidationReport {
    /// Reports `values` (wire values of `table.fields`, in order) when the table does not list
    /// them together; the issue sits at the last field, the one the others constrain.
    public mutating func combination(
        _ values: [String],
        in table: AllowedCombinations,
        rule: String = "allowedCombination",
        message: String? = nil,
        severity: ValidationIssue.Severity = .error
    ) {
        guard !table.allows(values), let lastField = table.fields.last else { return }
        let given = zip(table.fields.dropLast(), values.dropLast()).map { "\($0) \($1)" }.joined(separator: " and ")
        let allowed = table.allowedLastValues(given: Array(values.dropLast()))
        let choices = allowed.isEmpty ? "none is allowed" : "allowed: " + allowed.joined(separator: ", ")
        let text = message ?? "\(values.last ?? "") is not allowed with \(given) (\(choices))"
        add(rule: rule, message: text, severity: severity, at: .field(lastField))
    }
}
