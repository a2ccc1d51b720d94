/// Each schema constraint as JSON Schema keywords, and as an `x-providergen-*` extension where
/// JSON Schema has no word for it. Adding a constraint key is one function and one entry in `all`.
enum ConstraintKeywords {
    private typealias Keyword = @Sendable (Constraints, inout JSONObject) -> Void

    private static let all: [Keyword] = [
        lengths, pattern, allowedCharacters, allowedLastCharacter, range, itemCount, entryCount, format,
    ]

    static func apply(_ constraints: Constraints, to schema: inout JSONObject) {
        guard !constraints.isEmpty else { return }
        for keyword in all {
            keyword(constraints, &schema)
        }
    }

    /// Both count Unicode scalars, as JSON Schema counts code points.
    private static func lengths(_ constraints: Constraints, _ schema: inout JSONObject) {
        schema["minLength"] = constraints.minLength.map(JSONDocument.integer)
        schema["maxLength"] = constraints.maxLength.map(JSONDocument.integer)
    }

    private static func pattern(_ constraints: Constraints, _ schema: inout JSONObject) {
        guard let icu = constraints.pattern else { return }
        if let translated = ECMAPattern.translate(icu) {
            schema.addPattern(translated)
        } else {
            schema[extension: .pattern] = .string(icu)
        }
    }

    private static func allowedCharacters(_ constraints: Constraints, _ schema: inout JSONObject) {
        guard let spec = constraints.allowedCharacters else { return }
        schema[extension: .allowedCharacters] = json(spec)
        CharacterSpecPattern.every(spec).map { schema.addPattern($0) }
    }

    private static func allowedLastCharacter(_ constraints: Constraints, _ schema: inout JSONObject) {
        guard let spec = constraints.allowedLastCharacter else { return }
        schema[extension: .allowedLastCharacter] = json(spec)
        CharacterSpecPattern.last(spec).map { schema.addPattern($0) }
    }

    private static func range(_ constraints: Constraints, _ schema: inout JSONObject) {
        schema["minimum"] = constraints.minimum.map(WireLiteral.number)
        schema["maximum"] = constraints.maximum.map(WireLiteral.number)
    }

    private static func itemCount(_ constraints: Constraints, _ schema: inout JSONObject) {
        schema["minItems"] = constraints.minItems.map(JSONDocument.integer)
        schema["maxItems"] = constraints.maxItems.map(JSONDocument.integer)
    }

    private static func entryCount(_ constraints: Constraints, _ schema: inout JSONObject) {
        schema["minProperties"] = constraints.minEntries.map(JSONDocument.integer)
        schema["maxProperties"] = constraints.maxEntries.map(JSONDocument.integer)
    }

    /// OpenAPI's `format` is open-ended: the runtime's format names are published as they are
    /// (`email` is also JSON Schema's), and arguments, which OpenAPI cannot give, in the extension.
    private static func format(_ constraints: Constraints, _ schema: inout JSONObject) {
        guard let format = constraints.format else { return }
        schema["format"] = .string(format.name)
        guard !format.arguments.isEmpty else { return }
        var arguments = JSONObject()
        for (label, value) in format.arguments {
            switch value {
            case .literal(let text): arguments[label] = .string(text)
            case .field(let name):
                var reference = JSONObject()
                reference["field"] = .string(name)
                arguments[label] = .object(reference)
            }
        }
        var described = JSONObject()
        described["name"] = .string(format.name)
        described["arguments"] = .object(arguments)
        schema[extension: .format] = .object(described)
    }

    private static func json(_ spec: CharacterSpec) -> JSONDocument {
        var object = JSONObject()
        object["classes"] = .strings(spec.classes)
        if !spec.extra.isEmpty { object["extra"] = .string(spec.extra) }
        return .object(object)
    }
}

extension JSONObject {
    /// JSON Schema takes one `pattern` per schema; further ones go under `allOf`, all must match.
    mutating func addPattern(_ pattern: String) {
        guard self["pattern"] != nil else {
            self["pattern"] = .string(pattern)
            return
        }
        var more = JSONObject()
        more["pattern"] = .string(pattern)
        guard case .array(let existing)? = self["allOf"] else {
            self["allOf"] = .array([.object(more)])
            return
        }
        self["allOf"] = .array(existing + [.object(more)])
    }
}
