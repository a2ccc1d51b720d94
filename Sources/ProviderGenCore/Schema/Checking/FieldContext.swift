import ProviderRuntimeCore

/// Checks a field's (or element's) type and constraints together: references resolve, each
/// constraint suits the type, bounds are ordered, patterns compile and formats exist.
struct FieldContext {
    let owner: String
    /// The object holding the field; format arguments may name its other fields.
    let object: ObjectType?
    let schema: ProviderSchema
    let sink: DiagnosticSink

    /// A field's or parameter's type with its constraints, and its warning constraints.
    func checkType(
        _ type: FieldType,
        constraints: Constraints,
        warnings: Constraints,
        at location: SourceLocation,
        describing what: String
    ) {
        checkType(type, constraints: constraints, at: location, describing: what)
        checkOwnConstraints(type, warnings, at: location, describing: "the warnings of \(what)")
    }

    func checkType(_ type: FieldType, constraints: Constraints, at location: SourceLocation, describing what: String) {
        checkOwnConstraints(type, constraints, at: location, describing: what)
        switch type {
        case .named(let name):
            guard schema.type(named: name) == nil else { return }
            let candidates = schema.types.map(\.name)
            sink.error(
                location,
                "\(what) has unknown type '\(name)'\(Suggestion.didYouMean(name, among: candidates))"
            )
        case .string, .integer, .decimal, .boolean, .binaryBoolean, .date, .dateTime, .json:
            return
        case .array(let item, let itemConstraints):
            checkType(item, constraints: itemConstraints, at: location, describing: "items of \(what)")
        case .map(let value, let keyConstraints, let valueConstraints):
            checkConstraints(
                keyConstraints,
                allowed: Self.stringConstraints,
                at: location,
                describing: "keys of \(what)"
            )
            checkType(value, constraints: valueConstraints, at: location, describing: "values of \(what)")
        case .jsonString(let content, let contentConstraints):
            checkType(content, constraints: contentConstraints, at: location, describing: "the content of \(what)")
        }
    }

    /// The constraints on a value itself (not on its items, keys or values) suit its type.
    func checkOwnConstraints(
        _ type: FieldType,
        _ constraints: Constraints,
        at location: SourceLocation,
        describing what: String
    ) {
        switch type {
        case .named(let name):
            // An unknown type is reported once, by checkType.
            guard let target = schema.type(named: name) else { return }
            if case .enumeration(let enumeration) = target.kind, enumeration.isOpen {
                checkConstraints(
                    constraints,
                    allowed: Self.stringConstraints,
                    at: location,
                    describing: "\(what) (an open enum)"
                )
            } else {
                checkConstraints(constraints, allowed: [], at: location, describing: what)
            }
        case .string:
            checkConstraints(constraints, allowed: Self.stringConstraints, at: location, describing: what)
        case .integer, .decimal:
            checkConstraints(constraints, allowed: ["minimum", "maximum"], at: location, describing: what)
            var isInteger = false
            if case .integer = type { isInteger = true }
            for (key, bound) in [("minimum", constraints.minimum), ("maximum", constraints.maximum)] {
                if let bound, let problem = NumberFit.problem(bound, integer: isInteger) {
                    sink.error(location, "\(what) has \(key) \(bound), which \(problem)")
                }
            }
        case .boolean, .binaryBoolean, .date, .dateTime, .json, .jsonString:
            checkConstraints(constraints, allowed: [], at: location, describing: what)
        case .array:
            checkConstraints(constraints, allowed: ["minItems", "maxItems"], at: location, describing: what)
        case .map:
            checkConstraints(constraints, allowed: ["minEntries", "maxEntries"], at: location, describing: what)
        }
    }

    static let stringConstraints: Set<String> = [
        "minLength", "maxLength", "pattern", "allowedCharacters", "allowedLastCharacter", "format",
    ]

    private func checkConstraints(
        _ constraints: Constraints,
        allowed: Set<String>,
        at location: SourceLocation,
        describing what: String
    ) {
        let present: [(String, Bool)] = [
            ("minLength", constraints.minLength != nil), ("maxLength", constraints.maxLength != nil),
            ("pattern", constraints.pattern != nil), ("allowedCharacters", constraints.allowedCharacters != nil),
            ("allowedLastCharacter", constraints.allowedLastCharacter != nil), ("minimum", constraints.minimum != nil),
            ("maximum", constraints.maximum != nil), ("minItems", constraints.minItems != nil),
            ("maxItems", constraints.maxItems != nil), ("minEntries", constraints.minEntries != nil),
            ("maxEntries", constraints.maxEntries != nil), ("format", constraints.format != nil),
        ]
        for (key, isSet) in present where isSet && !allowed.contains(key) {
            sink.error(location, "'\(key)' does not apply to \(what)")
        }
        checkOrder(
            constraints.minLength,
            constraints.maxLength,
            "minLength",
            "maxLength",
            at: location,
            describing: what
        )
        checkOrder(constraints.minItems, constraints.maxItems, "minItems", "maxItems", at: location, describing: what)
        checkOrder(
            constraints.minEntries,
            constraints.maxEntries,
            "minEntries",
            "maxEntries",
            at: location,
            describing: what
        )
        if let minimum = constraints.minimum.flatMap(DecimalValue.init),
            let maximum = constraints.maximum.flatMap(DecimalValue.init), minimum > maximum
        {
            sink.error(
                location,
                "\(what) has minimum \(constraints.minimum ?? "") greater than maximum \(constraints.maximum ?? "")"
            )
        }
        if let pattern = constraints.pattern {
            if let problem = Pattern.compileError(pattern) {
                sink.error(location, "the pattern of \(what) does not compile: \(problem)")
            } else if let problem = Pattern.builtInMatcherProblem(pattern) {
                sink.error(
                    location,
                    "the pattern of \(what) cannot be matched in linear time: \(problem)"
                )
            }
        }
        if let format = constraints.format {
            FormatChecker(object: object, sink: sink).check(format, describing: what)
        }
    }

    private func checkOrder(
        _ low: Int?,
        _ high: Int?,
        _ lowKey: String,
        _ highKey: String,
        at location: SourceLocation,
        describing what: String
    ) {
        if let low, let high, low > high {
            sink.error(location, "\(what) has \(lowKey) \(low) greater than \(highKey) \(high)")
        }
    }
}
