/// Cross-field rules: every rule in `x-providergen-rules`, and those JSON Schema can state
/// exactly (an error-severity `requires` on a trigger that cannot be null) as `dependentRequired`.
enum RuleKeywords {
    static func apply(_ object: ObjectType, to schema: inout JSONObject) {
        guard !object.rules.isEmpty else { return }
        var dependentRequired = JSONObject()
        var rules: [JSONDocument] = []
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
            }
            described["severity"] = .string(rule.severity.rawValue)
            described["message"] = rule.message.map(JSONDocument.string)
            rules.append(.object(described))
        }
        if !dependentRequired.isEmpty { schema["dependentRequired"] = .object(dependentRequired) }
        schema[extension: .rules] = .array(rules)
    }

    private static func combinations(_ fields: [String], _ rows: [[String]]) -> JSONObject {
        var object = JSONObject()
        object["fields"] = .strings(fields)
        object["rows"] = .array(rows.map(JSONDocument.strings))
        return object
    }
}
