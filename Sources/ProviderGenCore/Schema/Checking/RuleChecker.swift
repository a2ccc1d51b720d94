/// Cross-field rules must name fields of their own object, in a way that can ever fire.
struct RuleChecker {
    let owner: String
    let object: ObjectType
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        var ids = FirstDefinitions<String, CrossFieldRule>(reportingTo: sink)
        for rule in object.rules {
            ids.claim(rule.id, for: rule) { _ in
                "rule id '\(rule.id)' is used twice in '\(owner)'; give each rule its own 'id'"
            } note: { _ in
                "first used here"
            }
            switch rule.kind {
            case .requires(let trigger, let required):
                if let field = resolve(trigger, in: rule), let reason = Self.alwaysPresent(field) {
                    sink.warning(
                        rule.location,
                        "rule '\(rule.id)': '\(trigger)' \(reason), so this rule always applies; make '\(required.joined(separator: "', '"))' required instead"
                    )
                }
                for name in required {
                    if let field = resolve(name, in: rule), let reason = Self.alwaysPresent(field) {
                        let already = field.required ? "is already required" : reason
                        sink.error(rule.location, "rule '\(rule.id)': '\(name)' \(already), so the rule can never fail")
                    }
                }
            case .allowedCombinations(let fields, let rows):
                let resolved = fields.map { resolve($0, in: rule) }
                for (column, field) in resolved.enumerated() {
                    guard let field else { continue }
                    checkColumn(field, values: rows.map { $0[column] }, rule: rule)
                }
                if rows.isEmpty {
                    sink.error(rule.location, "rule '\(rule.id)' lists no allowed combinations")
                }
            case .oneOf(let fields, let exactly):
                checkGroup(fields, exactly: exactly, rule: rule)
            }
        }
    }

    /// A group needs two distinct fields, and a field that is always present makes "at least one"
    /// always hold and "exactly one" forbid every other field.
    private func checkGroup(_ names: [String], exactly: Bool, rule: CrossFieldRule) {
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            sink.error(rule.location, "rule '\(rule.id)' names '\(name)' twice")
        }
        if seen.count < 2 {
            sink.error(rule.location, "rule '\(rule.id)' needs at least two fields to choose among")
        }
        for name in names {
            guard let field = resolve(name, in: rule), let reason = Self.alwaysPresent(field) else { continue }
            if exactly {
                let others = names.filter { $0 != name }.joined(separator: "', '")
                sink.error(
                    rule.location,
                    "rule '\(rule.id)': '\(name)' \(reason), so '\(others)' could never be given; make it optional"
                )
            } else {
                sink.error(rule.location, "rule '\(rule.id)': '\(name)' \(reason), so the rule can never fail")
            }
        }
    }

    /// Why a field always has a value (a default fills in when it is absent), or nil.
    private static func alwaysPresent(_ field: Field) -> String? {
        if field.required { return "is a required field" }
        if field.defaultValue != nil && !field.nullable { return "has a default" }
        return nil
    }

    private func resolve(_ name: String, in rule: CrossFieldRule) -> Field? {
        guard let field = object.field(wireName: name) else {
            let names = object.fields.map(\.wireName)
            sink.error(
                rule.location,
                "rule '\(rule.id)' names '\(name)', which is not a field of '\(owner)'\(Suggestion.didYouMean(name, among: names))"
            )
            return nil
        }
        return field
    }

    /// Combination columns compare wire values, so they must be strings or enums, and values of a
    /// closed enum must exist.
    private func checkColumn(_ field: Field, values: [String], rule: CrossFieldRule) {
        switch field.type {
        case .string:
            return
        case .named(let name):
            guard case .enumeration(let enumeration)? = schema.type(named: name)?.kind else { break }
            guard !enumeration.isOpen else { return }
            let known = enumeration.values.map(\.wire)
            for value in Set(values).sorted() where !known.contains(value) {
                sink.error(
                    rule.location,
                    "rule '\(rule.id)' uses '\(value)' for '\(field.wireName)', which is not one of its values\(Suggestion.didYouMean(value, among: known))"
                )
            }
            return
        default:
            break
        }
        sink.error(
            rule.location,
            "rule '\(rule.id)' compares '\(field.wireName)', which is neither a string nor an enum"
        )
    }
}
