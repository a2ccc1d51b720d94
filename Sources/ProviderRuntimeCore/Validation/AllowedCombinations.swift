/// A table of value combinations several fields may take together, such as which document types
/// each business type may use per country. Rows are wire values.
///
/// The rows are kept as a tree in one flat array: under a root node, the first field's values;
/// under each value, the values the next field may take after it. A lookup walks the tree
/// comparing strings: wire values are short, so equality is a comparison of a few bytes, cheaper
/// than hashing them. Generated code passes up to four values as separate arguments, so a valid
/// request's lookup neither allocates nor hashes:
///
/// ```swift
/// report.combination(Self.documents.lookup(country, businessType, documentType), rule: "documentFits")
/// ```
@_spi(Generated) public struct AllowedCombinations: Sendable {
    public let fields: [String]
    private var nodes = [Node(value: "")]

    private struct Node: Sendable {
        let value: String
        var firstChild: Int?
        var nextSibling: Int?
    }

    private static let root = 0

    /// - Parameters:
    ///   - fields: the wire names of the fields whose values are combined.
    ///   - rows: wire values in the order of `fields`; rows of another width are ignored.
    public init(fields: [String], rows: [[String]]) {
        self.fields = fields
        for row in rows where row.count == fields.count {
            insert(row)
        }
    }

    /// What looking values up found: ``ValidationReport/combination(_:rule:message:severity:)``
    /// reports a combination the table does not list.
    public enum Lookup: Sendable {
        case allowed
        case notAllowed(values: [String], table: AllowedCombinations)

        public var isAllowed: Bool {
            if case .allowed = self { true } else { false }
        }
    }

    /// Looks up wire values of ``fields``, in order.
    public func lookup(_ values: [String]) -> Lookup {
        outcome(values.count == fields.count ? values.reduce(Self.root) { step($1, from: $0) } : nil, values)
    }

    /// ``lookup(_:)`` for a table of two fields, without an array unless the pair is not allowed.
    public func lookup(_ first: String, _ second: String) -> Lookup {
        outcome(fields.count == 2 ? step(second, from: step(first, from: Self.root)) : nil, [first, second])
    }

    /// ``lookup(_:)`` for a table of three fields, without an array unless the values are not allowed.
    public func lookup(_ first: String, _ second: String, _ third: String) -> Lookup {
        let node = fields.count == 3 ? step(third, from: step(second, from: step(first, from: Self.root))) : nil
        return outcome(node, [first, second, third])
    }

    /// ``lookup(_:)`` for a table of four fields, without an array unless the values are not allowed.
    public func lookup(_ first: String, _ second: String, _ third: String, _ fourth: String) -> Lookup {
        let node =
            fields.count == 4
            ? step(fourth, from: step(third, from: step(second, from: step(first, from: Self.root)))) : nil
        return outcome(node, [first, second, third, fourth])
    }

    /// `values` is an autoclosure so the array is built only for a combination that is not allowed.
    private func outcome(_ reached: Int?, _ values: @autoclosure () -> [String]) -> Lookup {
        reached == nil ? .notAllowed(values: values(), table: self) : .allowed
    }

    /// The values the last field may take given the others, for the error message.
    func allowedLastValues(given prefix: [String]) -> [String] {
        var values: [String] = []
        var sibling = prefix.reduce(Self.root) { step($1, from: $0) }.flatMap { nodes[$0].firstChild }
        while let index = sibling {
            values.append(nodes[index].value)
            sibling = nodes[index].nextSibling
        }
        return values.sorted()
    }

    /// The child of `parent` holding `value`; nil when there is none or no parent.
    private func step(_ value: String, from parent: Int?) -> Int? {
        guard let parent else { return nil }
        var sibling = nodes[parent].firstChild
        while let index = sibling {
            if nodes[index].value == value { return index }
            sibling = nodes[index].nextSibling
        }
        return nil
    }

    private mutating func insert(_ row: [String]) {
        var parent = Self.root
        for value in row {
            if let existing = step(value, from: parent) {
                parent = existing
                continue
            }
            let added = nodes.count
            nodes.append(Node(value: value))
            if var last = nodes[parent].firstChild {
                while let next = nodes[last].nextSibling { last = next }
                nodes[last].nextSibling = added
            } else {
                nodes[parent].firstChild = added
            }
            parent = added
        }
    }
}

@_spi(Generated) extension ValidationReport {
    /// Reports a combination `lookup` found the table does not list; the issue sits at the table's
    /// last field, the one the others constrain, and names the values the others allow there.
    public mutating func combination(
        _ lookup: AllowedCombinations.Lookup,
        rule: String = "allowedCombination",
        message: String? = nil,
        severity: ValidationIssue.Severity = .error
    ) {
        guard case .notAllowed(let values, let table) = lookup, let lastField = table.fields.last else { return }
        let given = zip(table.fields.dropLast(), values.dropLast()).map { "\($0) \($1)" }.joined(separator: " and ")
        let allowed = table.allowedLastValues(given: Array(values.dropLast()))
        let choices = allowed.isEmpty ? "none is allowed" : "allowed: " + allowed.joined(separator: ", ")
        let context = given.isEmpty ? "" : " with \(given)"
        let text = message ?? "\(values.last ?? "") is not allowed\(context) (\(choices))"
        add(rule: rule, message: text, severity: severity, at: .field(lastField))
    }
}
