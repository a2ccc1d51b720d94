/// Cross-field rules: every rule in `x-providergen-rules`, and those JSON Schema can state
/// exactly as keywords: an error-severity `requires` on a trigger that cannot be null as
/// `dependentRequired`, an error-severity `atLeastOneOf`/`exactlyOneOf` of fields that cannot be
/// null as `anyOf`/`oneOf` of `required` under `allOf`.
enum RuleKeywords {
    static func apply(_ object: ObjectType, to schema: inout JSONObject) {
        guard !object.rules.isEmpty else { return }
        var dependentRequired = JSONObject()
        var rules: [JSONDocument] = []
        var groups: [JSONDocument] = []
        for rule in object.rules {
            var described = JSONObject()
            described["id"] = .string(rule.id)
            switch rule.kind {
            case .requires(let trigger, let required):
                described["when"] = .string(trigger)
                described["requires"] = .strings(required)
                // The runtime treats null as not given; JSON Schema's keyword fires on the key alone.
                if rule.severity == .error, object.field(wireName: trigger)?.nullable == false {
                    let earlier: [JSONDocument] =
                        if case .array(let names)? = dependentRequired[trigger] { names } else { [] }
                    dependentRequired[trigger] = .array(earlier + required.map(JSONDocument.string))
                }
            case .allowedCombinations(let fields, let rows):
                described["allowedCombinations"] = .object(combinations(fields, rows))
            case .oneOf(let fields, let exactly):
                described[exactly ? "exactlyOneOf" : "atLeastOneOf"] = .strings(fields)
                if rule.severity == .error, let group = presenceGroup(fields, exactly: exactly, in: object) {
                    groups.append(.object(group))
                }
            }
            described["severity"] = .string(rule.severity.rawValue)
            described["message"] = rule.message.map(JSONDocument.string)
            rules.append(.object(described))
        }
        if !dependentRequired.isEmpty { schema["dependentRequired"] = .object(dependentRequired) }
        if !groups.isEmpty { schema["allOf"] = .array(groups) }
        schema[extension: .rules] = .array(rules)
    }

    /// `required` tests that a key is on the wire, `null` or not; the runtime tests that a value
    /// is given. They agree only when none of the fields can be null.
    private static func presenceGroup(_ fields: [String], exactly: Bool, in object: ObjectType) -> JSONObject? {
        guard fields.allSatisfy({ object.field(wireName: $0)?.nullable == false }) else { return nil }
        let alternatives: [JSONDocument] = fields.map { field in
            var present = JSONObject()
            present["required"] = .strings([field])
            return .object(present)
        }
        var group = JSONObject()
        group[exactly ? "oneOf" : "anyOf"] = .array(alternatives)
        return group
    }

    private static func combinations(_ fields: [String], _ rows: [[String]]) -> JSONObject {
        var object = JSONObject()
        object["fields"] = .strings(fields)
        object["rows"] = .array(rows.map(JSONDocument.strings))
        return object
    }
}
