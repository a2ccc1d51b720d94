/// The rules on one value (a field, a parameter, the items of an array, the keys or values of a
/// map). The generated client checks them before sending and never on what it reads, so a
/// tightened rule breaks requests and only a loosened one can surprise code reading responses.
struct ConstraintComparer {
    let context: DiffContext
    let sides: WireSides
    /// The value, as messages name it (`CreateContactRequest.name`, `the items of tags`).
    let subject: String
    /// The constraints under `warnings:`, which report and never refuse: tightening one only adds
    /// warnings, so on the wire these changes are at most additive.
    var warnings = false

    /// `oldKey` and `newKey` find a constraint's key in each version (or the value's own line).
    func compare(
        _ old: Constraints,
        _ new: Constraints,
        oldKey: (String) -> SourceLocation,
        newKey: (String) -> SourceLocation
    ) {
        for kind in ConstraintKind.all {
            guard let change = kind.change(old, new) else { continue }
            let wire =
                warnings
                ? sides.impact(request: .additive, response: .documentation)
                : sides.impact(request: Self.requestImpact(change), response: Self.responseImpact(change))
            let values = "\(kind.text(old).map { "'\($0)'" } ?? "none") → \(kind.text(new).map { "'\($0)'" } ?? "none")"
            context.report(
                warnings ? "warning-constraint-\(change.verb)" : "constraint-\(change.verb)",
                wire: wire,
                source: .documentation,
                at: kind.text(new) == nil ? oldKey(kind.key) : newKey(kind.key),
                "\(warnings ? "warning " : "")\(kind.key) of \(subject) \(change.verb) (\(values)) in \(sides.phrase)"
            )
        }
    }

    static func requestImpact(_ change: RuleChange) -> Impact {
        switch change {
        case .tightened: return .breaking
        case .loosened: return .additive
        case .changed: return .potentiallyBreaking
        }
    }

    static func responseImpact(_ change: RuleChange) -> Impact {
        switch change {
        case .tightened: return .documentation
        case .loosened, .changed: return .potentiallyBreaking
        }
    }
}
