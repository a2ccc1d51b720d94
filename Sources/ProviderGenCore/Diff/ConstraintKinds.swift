/// Whether a rule accepts fewer values than before, more, or different ones.
enum RuleChange {
    case tightened, loosened, changed

    var verb: String {
        switch self {
        case .tightened: return "tightened"
        case .loosened: return "loosened"
        case .changed: return "changed"
        }
    }
}

/// Every constraint key a value may carry, each with how to tell a tightening from a loosening.
/// A new key in the schema language is one more entry in `all`.
struct ConstraintKind: Sendable {
    /// The schema key, as findings name it.
    let key: String
    /// The key's value as the schema writes it, nil when absent.
    let text: @Sendable (Constraints) -> String?
    /// How old and new differ, or nil when they do not.
    let change: @Sendable (Constraints, Constraints) -> RuleChange?

    static let all: [ConstraintKind] = [
        lowerBound("minLength", \.minLength),
        upperBound("maxLength", \.maxLength),
        exact("pattern", \.pattern),
        characters("allowedCharacters", \.allowedCharacters),
        characters("allowedLastCharacter", \.allowedLastCharacter),
        decimalBound("minimum", \.minimum, lower: true),
        decimalBound("maximum", \.maximum, lower: false),
        lowerBound("minItems", \.minItems),
        upperBound("maxItems", \.maxItems),
        lowerBound("minEntries", \.minEntries),
        upperBound("maxEntries", \.maxEntries),
        ConstraintKind(
            key: "format",
            text: { $0.format.map(formatText) },
            change: { old, new in
                presence(old.format.map(formatText), new.format.map(formatText)) { _, _ in .changed }
            }
        ),
    ]

    /// Adding a rule tightens, removing it loosens; a changed value is judged by `compare`.
    private static func presence<Value: Equatable>(
        _ old: Value?,
        _ new: Value?,
        compare: (Value, Value) -> RuleChange?
    ) -> RuleChange? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, _?): return .tightened
        case (_?, nil): return .loosened
        case (let old?, let new?): return old == new ? nil : compare(old, new)
        }
    }

    private static func lowerBound(_ key: String, _ value: KeyPath<Constraints, Int?> & Sendable) -> ConstraintKind {
        ConstraintKind(
            key: key,
            text: { $0[keyPath: value].map(String.init) },
            change: { old, new in
                presence(old[keyPath: value], new[keyPath: value]) { $1 > $0 ? .tightened : .loosened }
            }
        )
    }

    private static func upperBound(_ key: String, _ value: KeyPath<Constraints, Int?> & Sendable) -> ConstraintKind {
        ConstraintKind(
            key: key,
            text: { $0[keyPath: value].map(String.init) },
            change: { old, new in
                presence(old[keyPath: value], new[keyPath: value]) { $1 < $0 ? .tightened : .loosened }
            }
        )
    }

    private static func decimalBound(_ key: String, _ value: KeyPath<Constraints, String?> & Sendable, lower: Bool)
        -> ConstraintKind
    {
        ConstraintKind(
            key: key,
            text: { $0[keyPath: value] },
            change: { old, new in
                presence(old[keyPath: value], new[keyPath: value]) { oldText, newText in
                    guard let oldBound = DecimalValue(oldText), let newBound = DecimalValue(newText) else {
                        return .changed
                    }
                    if oldBound == newBound { return nil }
                    return (newBound > oldBound) == lower ? .tightened : .loosened
                }
            }
        )
    }

    private static func exact(_ key: String, _ value: KeyPath<Constraints, String?> & Sendable) -> ConstraintKind {
        ConstraintKind(
            key: key,
            text: { $0[keyPath: value] },
            change: { old, new in
                presence(old[keyPath: value], new[keyPath: value]) { _, _ in .changed }
            }
        )
    }

    /// Fewer classes and extra characters tighten, more loosen; a swap of both is a change.
    private static func characters(_ key: String, _ value: KeyPath<Constraints, CharacterSpec?> & Sendable)
        -> ConstraintKind
    {
        ConstraintKind(
            key: key,
            text: { $0[keyPath: value].map(characterText) },
            change: { old, new in
                presence(old[keyPath: value], new[keyPath: value]) { old, new in
                    let oldSet = Set(old.classes).union(old.extra.map { "'\($0)'" })
                    let newSet = Set(new.classes).union(new.extra.map { "'\($0)'" })
                    if newSet.isSubset(of: oldSet) { return .tightened }
                    if oldSet.isSubset(of: newSet) { return .loosened }
                    return .changed
                }
            }
        )
    }

    private static func characterText(_ spec: CharacterSpec) -> String {
        (spec.classes + (spec.extra.isEmpty ? [] : ["'\(spec.extra)'"])).joined(separator: ", ")
    }

    private static func formatText(_ format: FormatReference) -> String {
        guard !format.arguments.isEmpty else { return format.name }
        let arguments = format.arguments.map { argument -> String in
            switch argument.value {
            case .literal(let text): return "\(argument.label): \(text)"
            case .field(let name): return "\(argument.label): field \(name)"
            }
        }
        return format.name + "(" + arguments.joined(separator: ", ") + ")"
    }
}
