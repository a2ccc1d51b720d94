/// Cross-field rules of one object, by id. The client checks them before sending, so they
/// matter for requests; an error refuses, a warning only reports.
struct RuleComparer {
    let context: DiffContext
    let sides: WireSides
    let typeName: String

    func compare(_ old: [CrossFieldRule], _ new: [CrossFieldRule]) {
        let rules = MemberMatching(old: old, new: new, key: \.id)
        for (oldRule, newRule) in rules.matched where Self.meaning(oldRule) != Self.meaning(newRule) {
            context.report(
                "rule-changed",
                wire: sides.impact(request: .potentiallyBreaking, response: .documentation),
                source: .none,
                at: newRule.location,
                "rule '\(newRule.id)' of \(typeName) changed (used in \(sides.phrase))"
            )
        }
        for rule in rules.added {
            context.report(
                "rule-added",
                wire: sides.impact(request: rule.severity == .error ? .breaking : .additive, response: .documentation),
                source: .none,
                at: rule.location,
                "rule '\(rule.id)' (\(rule.severity.rawValue)) added to \(typeName) (used in \(sides.phrase))"
            )
        }
        for rule in rules.removed {
            context.report(
                "rule-removed",
                wire: sides.impact(request: .additive, response: .documentation),
                source: .none,
                at: rule.location,
                "rule '\(rule.id)' removed from \(typeName) (used in \(sides.phrase))"
            )
        }
    }

    /// What a rule checks and how loudly; the message text is documentation.
    private static func meaning(_ rule: CrossFieldRule) -> String {
        "\(rule.kind) \(rule.severity.rawValue)"
    }
}
