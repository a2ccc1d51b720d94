@_spi(Generated) import ProviderRuntimeCore

/// An object's cross-field rules evaluated on JSON, through the runtime rules generated code calls.
struct RuleInterpreter {
    let rule: CrossFieldRule
    let object: ObjectType
    let members: [String: JSONValue]

    func check(into report: inout ValidationReport) {
        let severity = rule.severity
        switch rule.kind {
        case .requires(let trigger, let required):
            for name in required {
                report.requires(
                    name,
                    isPresent: isPresent(name),
                    when: trigger,
                    isPresent: isPresent(trigger),
                    rule: rule.id,
                    message: rule.message,
                    severity: severity
                )
            }
        case .oneOf(let fields, let exactly):
            let present = fields.map(isPresent)
            if exactly {
                report.exactlyOne(
                    of: fields,
                    present: present,
                    rule: rule.id,
                    message: rule.message,
                    severity: severity
                )
            } else {
                report.atLeastOne(
                    of: fields,
                    present: present,
                    rule: rule.id,
                    message: rule.message,
                    severity: severity
                )
            }
        case .allowedCombinations(let fields, let rows):
            var values: [String] = []
            for field in fields {
                guard case .string(let text)? = members[field] else { return }
                values.append(text)
            }
            report.combination(
                AllowedCombinations(fields: fields, rows: rows).lookup(values),
                rule: rule.id,
                message: rule.message,
                severity: severity
            )
        }
    }

    /// Present on the wire, as a generated model's non-nil property is.
    private func isPresent(_ name: String) -> Bool {
        members[name] != nil
    }
}
