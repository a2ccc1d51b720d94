@_spi(Generated) import ProviderRuntimeCore

/// Defaults and examples must satisfy their own field: a default that fails validation would make
/// every request that omits the field invalid, and a wrong example misleads readers.
struct LiteralChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check(_ field: Field) {
        for (value, role) in [(field.defaultValue, "default"), (field.example, "example")] {
            guard let value else { continue }
            check(
                value,
                type: field.type,
                constraints: field.constraints,
                nullable: field.nullable,
                at: field.location,
                describing: "the \(role) of '\(field.wireName)'"
            )
        }
    }

    func check(
        _ literal: Literal,
        type: FieldType,
        constraints: Constraints,
        nullable: Bool,
        at location: SourceLocation,
        describing what: String
    ) {
        if literal == .null {
            if !nullable { sink.error(location, "\(what) is null but the field is not nullable") }
            return
        }
        switch type {
        case .string:
            guard let text = literal.scalarText else { return mismatch(what, "a string", at: location) }
            checkString(text, constraints: constraints, at: location, describing: what)
        case .integer:
            guard case .number(let text) = literal, !text.contains(".") else {
                return mismatch(what, "an integer", at: location)
            }
            checkFit(text, integer: true, at: location, describing: what)
            checkRange(text, constraints, at: location, describing: what)
        case .decimal:
            guard case .number(let text) = literal else { return mismatch(what, "a number", at: location) }
            checkFit(text, integer: false, at: location, describing: what)
            checkRange(text, constraints, at: location, describing: what)
        case .boolean, .binaryBoolean:
            guard case .boolean = literal else { return mismatch(what, "true or false", at: location) }
        case .date:
            guard case .string(let text) = literal, CalendarDate(text) != nil else {
                return mismatch(what, "a date such as 2019-08-24", at: location)
            }
        case .dateTime, .json:
            return
        case .named(let name):
            checkNamed(literal, typeName: name, constraints: constraints, at: location, describing: what)
        case .array(let item, let itemConstraints):
            guard case .list(let items) = literal else { return mismatch(what, "a list", at: location) }
            var report = ValidationReport()
            report.itemCount(items.count, min: constraints.minItems, max: constraints.maxItems, at: .field(what))
            reportProblems(report, at: location, describing: what)
            for element in items {
                check(
                    element,
                    type: item,
                    constraints: itemConstraints,
                    nullable: false,
                    at: location,
                    describing: "an item of \(what)"
                )
            }
        case .map:
            mismatch(what, "a mapping, which defaults and examples cannot express", at: location)
        case .jsonString:
            sink.error(location, "\(what) cannot be written for a jsonString field")
        }
    }

    private func checkNamed(
        _ literal: Literal,
        typeName: String,
        constraints: Constraints,
        at location: SourceLocation,
        describing what: String
    ) {
        guard let type = schema.type(named: typeName) else { return }
        switch type.kind {
        case .object:
            sink.error(location, "\(what) cannot be written for an object type; describe its fields' examples instead")
        case .union:
            sink.error(location, "\(what) cannot be written for a union type")
        case .enumeration(let enumeration):
            guard let text = literal.scalarText else { return mismatch(what, "one of the enum's values", at: location) }
            if !enumeration.isOpen, !enumeration.values.contains(where: { $0.wire == text }) {
                let values = enumeration.values.map(\.wire)
                sink.error(
                    location,
                    "\(what) is '\(text)', which is not one of \(values.joined(separator: ", "))\(Suggestion.didYouMean(text, among: values))"
                )
            }
            if enumeration.isOpen {
                checkString(text, constraints: constraints, at: location, describing: what)
            }
        }
    }

    /// The same runtime rules generated validators call, so a literal passes here exactly when it
    /// would pass at run time.
    private func checkString(
        _ text: String,
        constraints: Constraints,
        at location: SourceLocation,
        describing what: String
    ) {
        var report = ValidationReport()
        let here = PathComponent.field(what)
        report.length(text, min: constraints.minLength, max: constraints.maxLength, at: here)
        // A pattern that does not compile or needs ICU is reported once, by FieldContext; checking
        // the literal against it on ICU could only add a slow or undecided second error.
        if let pattern = constraints.pattern, Pattern.compileError(pattern) == nil,
            Pattern.builtInMatcherProblem(pattern) == nil
        {
            report.pattern(text, Pattern(pattern), at: here)
        }
        if let allowed = constraints.allowedCharacters {
            report.characters(text, allowed.runtimeRule, at: here)
        }
        if let allowed = constraints.allowedLastCharacter {
            report.lastCharacter(text, allowed.runtimeRule, at: here)
        }
        if let format = constraints.format, let runtimeFormat = format.literalRuntimeFormat {
            report.format(text, runtimeFormat, at: here)
        }
        reportProblems(report, at: location, describing: what)
    }

    private func checkFit(_ text: String, integer: Bool, at location: SourceLocation, describing what: String) {
        if let problem = NumberFit.problem(text, integer: integer) {
            sink.error(location, "\(what) is \(text), which \(problem)")
        }
    }

    private func checkRange(
        _ text: String,
        _ constraints: Constraints,
        at location: SourceLocation,
        describing what: String
    ) {
        guard let value = DecimalValue(text) else { return }
        if let minimum = constraints.minimum.flatMap(DecimalValue.init), value < minimum {
            sink.error(location, "\(what) is \(text), below the minimum \(constraints.minimum ?? "")")
        }
        if let maximum = constraints.maximum.flatMap(DecimalValue.init), value > maximum {
            sink.error(location, "\(what) is \(text), above the maximum \(constraints.maximum ?? "")")
        }
    }

    private func reportProblems(_ report: ValidationReport, at location: SourceLocation, describing what: String) {
        for issue in report.errors {
            sink.error(location, "\(what) breaks its own field's rule: \(issue.message) [\(issue.rule)]")
        }
    }

    private func mismatch(_ what: String, _ expected: String, at location: SourceLocation) {
        sink.error(location, "\(what) must be \(expected)")
    }
}

extension Literal {
    /// Scalars as the text they were written with; YAML readers do not distinguish `10469` typed
    /// for a string field from a number, so neither do we.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .null, .list: return nil
        }
    }
}

extension CharacterSpec {
    var runtimeRule: CharacterRule {
        CharacterRule(classes.compactMap(CharacterClass.init(rawValue:)), extra: extra)
    }
}

extension FormatReference {
    /// The format with all-literal arguments, or nil when an argument depends on another field's value.
    var literalRuntimeFormat: StringFormat? {
        var literals: [String: String] = [:]
        for argument in arguments {
            guard case .literal(let value) = argument.value else { return nil }
            literals[argument.label] = value
        }
        return StringFormat.catalogEntry(named: name)?.make(literals)
    }
}
