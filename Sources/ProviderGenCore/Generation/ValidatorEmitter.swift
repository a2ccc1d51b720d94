/// `Validatable` conformance for a model: one runtime call per constraint, with literal
/// parameters, so every rule's meaning lives once in ProviderRuntime. Patterns and character
/// sets are built once, as static constants.
struct ValidatorEmitter {
    private typealias Local = GeneratedNames.Local

    let naming: TypeNaming
    let type: NamedType
    let object: ObjectType

    private struct Constant {
        var name: String
        var declaration: SwiftCode
    }

    /// Whether checks refer to constants as static members (models) or locals (parameter checks).
    private var constantQualifier = "Self."
    /// How a field's value is reached: a stored property of the model, or a function argument.
    private var accessPrefix = "self."

    init(naming: TypeNaming, type: NamedType, object: ObjectType) {
        self.naming = naming
        self.type = type
        self.object = object
    }

    func emit(into writer: inout SwiftWriter) {
        let (body, constants) = checks()
        writer.block("extension \(type.name): Validatable") { writer in
            writer.doc("Checks every rule of the schema and reports all problems at once, at their wire paths.")
            if body.isEmpty {
                writer.line("\(writer.access)func validate(into \(Local.report): inout ValidationReport) {}")
            } else {
                writer.block("\(writer.access)func validate(into \(Local.report): inout ValidationReport)") { writer in
                    writer.append(body)
                }
            }
            for constant in constants {
                writer.line()
                writer.code(constant.declaration.prefixed("private static let \(constant.name) = "))
            }
        }
    }

    /// `validate(into:at:)` for a union: the checks of the shape the value has, reported at the
    /// union's own place (a union is a field's value, not an object with fields of its own).
    func emitUnion(_ union: UnionType, into writer: inout SwiftWriter) {
        var constants: [Constant] = []
        var cases = SwiftWriter.statements()
        var unchecked: [String] = []
        for variant in union.variants {
            let name = "." + SwiftNames.escaped(variant.caseName)
            guard case .typed(let valueType, let constraints) = variant.shape else {
                unchecked.append(name)
                continue
            }
            // Inside the extension, the method and the case.
            var checks = SwiftWriter.statements(nestedAt: 3)
            emitChecks(
                value: "value",
                type: valueType,
                constraints: constraints,
                at: "component",
                constantPrefix: variant.caseName,
                into: &checks,
                constants: &constants
            )
            guard !checks.isEmpty else {
                unchecked.append(name)
                continue
            }
            cases.line("case \(name)(let value):")
            cases.indented { writer in writer.append(checks) }
        }
        if union.isOpen {
            unchecked.append("." + UnionType.unknownCaseName)
        }
        writer.block("extension \(type.name)") { writer in
            writer.doc("Checks the rules of the shape this value has, reporting at `component`.")
            let signature =
                "\(writer.access)func validate(into \(Local.report): inout ValidationReport, at component: PathComponent)"
            if cases.isEmpty {
                writer.line(signature + " {}")
            } else {
                writer.block(signature) { writer in
                    writer.line("switch self {")
                    writer.append(cases)
                    if !unchecked.isEmpty {
                        writer.line("case \(unchecked.joined(separator: ", ")):")
                        writer.indented { writer in writer.line("break") }
                    }
                    writer.line("}")
                }
            }
            for constant in constants {
                writer.line()
                writer.code(constant.declaration.prefixed("private static let \(constant.name) = "))
            }
        }
    }

    /// Checks as statements for a function body, with their constants as local lets: used for
    /// operation parameters, which have no type to hang static constants on.
    func localChecks() -> SwiftWriter {
        var emitter = self
        emitter.constantQualifier = ""
        emitter.accessPrefix = ""
        let (body, constants) = emitter.checks()
        var writer = SwiftWriter.statements()
        for constant in constants {
            writer.code(constant.declaration.prefixed("let \(constant.name) = "))
        }
        writer.append(body)
        return writer
    }

    private func checks() -> (SwiftWriter, [Constant]) {
        var constants: [Constant] = []
        // Inside the extension and the method.
        var body = SwiftWriter.statements(nestedAt: 2)
        for field in object.fields {
            emitField(field, into: &body, constants: &constants)
        }
        for rule in object.rules {
            emitRule(rule, into: &body, constants: &constants)
        }
        return (body, constants)
    }

    private func emitField(_ field: Field, into writer: inout SwiftWriter, constants: inout [Constant]) {
        let presence = Presence(field)
        let value = presence.isOptional ? Self.localName(field) : "\(accessPrefix)\(field.swiftName)"
        // Inside the extension, the method and possibly an `if let`.
        var checks = SwiftWriter.statements(nestedAt: 3)
        emitChecks(
            value: value,
            type: field.type,
            constraints: field.constraints,
            at: SwiftLiteral.string(field.wireName),
            constantPrefix: field.swiftName,
            into: &checks,
            constants: &constants
        )
        var warnings = SwiftWriter.statements(nestedAt: 4)
        emitOwnChecks(
            value: value,
            type: field.type,
            constraints: field.warningConstraints,
            at: SwiftLiteral.string(field.wireName),
            constantPrefix: field.swiftName + "Warning",
            into: &warnings,
            constants: &constants
        )
        if !warnings.isEmpty {
            checks.block("\(Local.report).warnings", opener: " { \(Local.report) in") { writer in
                writer.append(warnings)
            }
        }
        guard !checks.isEmpty else { return }
        switch presence {
        case .required, .defaulted:
            writer.append(checks)
        case .optional, .requiredNullable:
            writer.block("if let \(value) = \(accessPrefix)\(field.swiftName)") { writer in writer.append(checks) }
        case .optionalNullable:
            writer.block("if case .value(let \(value))? = \(accessPrefix)\(field.swiftName)") { writer in
                writer.append(checks)
            }
        }
    }

    /// Local names for unwrapped fields, kept clear of the names the validator itself uses.
    static func localName(_ field: Field) -> String {
        return GeneratedNames.validatorLocals.contains(field.swiftName)
            ? field.swiftName + "_" : SwiftNames.escaped(field.swiftName)
    }

    /// Checks for one value and everything in it; `component` is a Swift expression of its `PathComponent`.
    private func emitChecks(
        value: String,
        type: FieldType,
        constraints: Constraints,
        at component: String,
        constantPrefix: String,
        into writer: inout SwiftWriter,
        constants: inout [Constant]
    ) {
        emitOwnChecks(
            value: value,
            type: type,
            constraints: constraints,
            at: component,
            constantPrefix: constantPrefix,
            into: &writer,
            constants: &constants
        )
        switch type {
        case .named where naming.isObject(type):
            writer.line("\(Local.report).nested(\(component)) { \(value).validate(into: &$0) }")
        case .named where naming.isUnion(type):
            writer.line("\(value).validate(into: &\(Local.report), at: \(component))")
        case .array(let item, let itemConstraints):
            var inner = SwiftWriter.statements()
            emitChecks(
                value: "item",
                type: item,
                constraints: itemConstraints,
                at: ".index(index)",
                constantPrefix: constantPrefix + "Item",
                into: &inner,
                constants: &constants
            )
            guard !inner.isEmpty else { return }
            // enter/leave around a plain loop, not a `nested` closure: nested closures made deep
            // arrays type-check in superlinear time.
            writer.line("\(Local.report).enter(\(component))")
            writer.block("for (index, item) in \(value).enumerated()") { writer in writer.append(inner) }
            writer.line("\(Local.report).leave()")
        case .map(let valueType, let keyConstraints, let valueConstraints):
            var inner = SwiftWriter.statements()
            emitStringChecks(
                "key",
                keyConstraints,
                at: ".key(key)",
                constantPrefix: constantPrefix + "Key",
                into: &inner,
                constants: &constants
            )
            emitChecks(
                value: "value",
                type: valueType,
                constraints: valueConstraints,
                at: ".key(key)",
                constantPrefix: constantPrefix + "Value",
                into: &inner,
                constants: &constants
            )
            guard !inner.isEmpty else { return }
            writer.line("\(Local.report).enter(\(component))")
            writer.block("for (key, value) in \(value).sorted(by: { $0.key < $1.key })") { writer in
                writer.append(inner)
            }
            writer.line("\(Local.report).leave()")
        case .jsonString(let content, let contentConstraints):
            // The Swift value is the content itself; only its wire form is a string.
            emitChecks(
                value: value,
                type: content,
                constraints: contentConstraints,
                at: component,
                constantPrefix: constantPrefix,
                into: &writer,
                constants: &constants
            )
        case .string, .integer, .decimal, .boolean, .binaryBoolean, .date, .dateTime, .json, .named:
            return
        }
    }

    /// The checks of a value's own constraints, not of its items, entries or fields.
    private func emitOwnChecks(
        value: String,
        type: FieldType,
        constraints: Constraints,
        at component: String,
        constantPrefix: String,
        into writer: inout SwiftWriter,
        constants: inout [Constant]
    ) {
        switch type {
        case .string:
            emitStringChecks(
                value,
                constraints,
                at: component,
                constantPrefix: constantPrefix,
                into: &writer,
                constants: &constants
            )
        case .named:
            guard naming.enumeration(type)?.isOpen == true else { return }
            emitStringChecks(
                value + ".rawValue",
                constraints,
                at: component,
                constantPrefix: constantPrefix,
                into: &writer,
                constants: &constants
            )
        case .integer:
            if let bounds = boundArguments(constraints, literal: SwiftLiteral.integer) {
                writer.code(Self.report("range", [value] + bounds + ["at: \(component)"]))
            }
        case .decimal:
            if let bounds = boundArguments(constraints, literal: DecimalLiteral.expression) {
                writer.code(Self.report("range", [value] + bounds + ["at: \(component)"]))
            }
        case .array:
            if let bounds = countArguments(constraints.minItems, constraints.maxItems) {
                writer.code(Self.report("itemCount", ["\(value).count"] + bounds + ["at: \(component)"]))
            }
        case .map:
            if let bounds = countArguments(constraints.minEntries, constraints.maxEntries) {
                writer.code(Self.report("entryCount", ["\(value).count"] + bounds + ["at: \(component)"]))
            }
        case .boolean, .binaryBoolean, .date, .dateTime, .json, .jsonString:
            return
        }
    }

    private func emitStringChecks(
        _ value: String,
        _ constraints: Constraints,
        at component: String,
        constantPrefix: String,
        into writer: inout SwiftWriter,
        constants: inout [Constant]
    ) {
        if let bounds = countArguments(constraints.minLength, constraints.maxLength) {
            writer.code(Self.report("length", [value] + bounds + ["at: \(component)"]))
        }
        if let pattern = constraints.pattern {
            let name = uniqueName(constantPrefix + "Pattern", among: constants)
            constants.append(Constant(name: name, declaration: .call("Pattern", [.text(SwiftLiteral.string(pattern))])))
            writer.code(Self.report("pattern", [value, constantQualifier + name, "at: \(component)"]))
        }
        if let allowed = constraints.allowedCharacters {
            let name = uniqueName(constantPrefix + "Characters", among: constants)
            constants.append(Constant(name: name, declaration: characterRule(allowed)))
            writer.code(Self.report("characters", [value, constantQualifier + name, "at: \(component)"]))
        }
        if let allowed = constraints.allowedLastCharacter {
            let name = uniqueName(constantPrefix + "LastCharacter", among: constants)
            constants.append(Constant(name: name, declaration: characterRule(allowed)))
            writer.code(Self.report("lastCharacter", [value, constantQualifier + name, "at: \(component)"]))
        }
        if let format = constraints.format {
            emitFormat(format, value: value, at: component, into: &writer)
        }
    }

    /// A format whose arguments come from other fields runs only when those fields are present.
    private func emitFormat(
        _ format: FormatReference,
        value: String,
        at component: String,
        into writer: inout SwiftWriter
    ) {
        var bindings: [String] = []
        var arguments: [String] = []
        for argument in format.arguments {
            switch argument.value {
            case .literal(let text):
                arguments.append("\(argument.label): \(SwiftLiteral.string(text))")
            case .field(let wireName):
                guard let field = object.field(wireName: wireName) else { continue }
                let local = Self.localName(field)
                let isOptional = Presence(field).isOptional
                if isOptional {
                    bindings.append("let \(local) = \(accessPrefix)\(field.swiftName)")
                }
                let base = isOptional ? local : "\(accessPrefix)\(field.swiftName)"
                arguments.append(
                    "\(argument.label): " + (naming.enumeration(field.type) != nil ? base + ".rawValue" : base)
                )
            }
        }
        let formatExpression: SwiftCode =
            arguments.isEmpty ? .text(".\(format.name)") : .call(".\(format.name)", arguments.map(SwiftCode.text))
        let call = SwiftCode.call(
            "\(Local.report).format",
            [.text(value), formatExpression, .text("at: \(component)")]
        )
        if bindings.isEmpty {
            writer.code(call)
        } else {
            writer.block("if \(bindings.joined(separator: ", "))") { writer in writer.code(call) }
        }
    }

    private func emitRule(_ rule: CrossFieldRule, into writer: inout SwiftWriter, constants: inout [Constant]) {
        let severity = rule.severity == .warning ? ["severity: .warning"] : []
        let message = rule.message.map { ["message: \(SwiftLiteral.string($0))"] } ?? []
        switch rule.kind {
        case .requires(let trigger, let required):
            guard let triggerField = object.field(wireName: trigger) else { return }
            for name in required {
                guard let requiredField = object.field(wireName: name) else { continue }
                let arguments = [
                    SwiftLiteral.string(name), "isPresent: \(presenceTest(requiredField))",
                    "when: \(SwiftLiteral.string(trigger))",
                    "isPresent: \(presenceTest(triggerField))", "rule: \(SwiftLiteral.string(rule.id))",
                ]
                writer.code(Self.report("requires", arguments + message + severity))
            }
        case .oneOf(let fieldNames, let exactly):
            let fields = fieldNames.compactMap { object.field(wireName: $0) }
            guard fields.count == fieldNames.count else { return }
            let arguments: [SwiftCode] = [
                .array("of: ", fieldNames.map { .text(SwiftLiteral.string($0)) }),
                .array("present: ", fields.map { .text(presenceTest($0)) }),
                .text("rule: \(SwiftLiteral.string(rule.id))"),
            ]
            let method = exactly ? "\(Local.report).exactlyOne" : "\(Local.report).atLeastOne"
            writer.code(.call(method, arguments + (message + severity).map(SwiftCode.text)))
        case .allowedCombinations(let fieldNames, let rows):
            let fields = fieldNames.compactMap { object.field(wireName: $0) }
            guard fields.count == fieldNames.count else { return }
            let name = uniqueName(SwiftNames.member(fromWire: rule.id) + "Combinations", among: constants)
            let rowLiterals = rows.map {
                SwiftCode.text("[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]")
            }
            let fieldList = SwiftCode.array("fields: ", fieldNames.map { .text(SwiftLiteral.string($0)) })
            constants.append(
                Constant(
                    name: name,
                    declaration: .call("AllowedCombinations", [fieldList, .array("rows: ", rowLiterals)])
                )
            )
            let optional = fields.filter { Presence($0).isOptional }
            let values = fields.map { field -> String in
                let local = Presence(field).isOptional ? Self.localName(field) : "\(accessPrefix)\(field.swiftName)"
                return naming.enumeration(field.type) != nil ? "\(local).rawValue" : local
            }
            // The table takes two to four values as separate arguments, which spares a valid
            // request an array allocation; wider tables take an array.
            let passedValues = (2...4).contains(values.count) ? values : ["[\(values.joined(separator: ", "))]"]
            let lookup = SwiftCode.call("\(constantQualifier)\(name).lookup", passedValues.map(SwiftCode.text))
            let arguments: [SwiftCode] = [lookup, .text("rule: \(SwiftLiteral.string(rule.id))")]
            let call = SwiftCode.call(
                "\(Local.report).combination",
                arguments + (message + severity).map(SwiftCode.text)
            )
            if optional.isEmpty {
                writer.code(call)
            } else {
                let bindings = optional.map { "let \(Self.localName($0)) = \(accessPrefix)\($0.swiftName)" }
                writer.block("if \(bindings.joined(separator: ", "))") { writer in writer.code(call) }
            }
        }
    }

    /// A field with a default (or required) is never nil; `!= nil` on it would be a compiler warning.
    private func presenceTest(_ field: Field) -> String {
        Presence(field).isOptional ? "\(accessPrefix)\(field.swiftName) != nil" : "true"
    }

    /// Constant names are derived from field names and rule ids, and two may derive the same one
    /// (items of `tags` and a field `tagsItem` both give `tagsItemPattern`; rule ids `"""` and `***`
    /// both give `valueCombinations`), so later ones are numbered. As locals (parameter checks) they
    /// must not shadow a parameter either.
    private func uniqueName(_ base: String, among constants: [Constant]) -> String {
        var taken = Set(constants.map(\.name))
        if constantQualifier.isEmpty {
            taken.formUnion(object.fields.map(\.swiftName))
        }
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains(base + String(number)) { number += 1 }
        return base + String(number)
    }

    private func characterRule(_ spec: CharacterSpec) -> SwiftCode {
        let classes = SwiftCode.array("", spec.classes.map { .text("." + $0) })
        return .call(
            "CharacterRule",
            spec.extra.isEmpty ? [classes] : [classes, .text("extra: \(SwiftLiteral.string(spec.extra))")]
        )
    }

    private func countArguments(_ low: Int?, _ high: Int?) -> [String]? {
        let parts = [
            low.map { "min: \(SwiftLiteral.integer(String($0)))" },
            high.map { "max: \(SwiftLiteral.integer(String($0)))" },
        ]
        .compactMap { $0 }
        return parts.isEmpty ? nil : parts
    }

    private func boundArguments(_ constraints: Constraints, literal: (String) -> String) -> [String]? {
        let parts = [
            constraints.minimum.map { "min: \(literal($0))" }, constraints.maximum.map { "max: \(literal($0))" },
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts
    }

    private static func report(_ method: String, _ arguments: [String]) -> SwiftCode {
        .call("\(Local.report).\(method)", arguments.map(SwiftCode.text))
    }
}
