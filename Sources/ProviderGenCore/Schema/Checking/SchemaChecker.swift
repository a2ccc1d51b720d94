/// Checks what loading alone cannot: references between parts of the schema, names that would
/// clash in Swift, constraints that contradict each other, and literals that break their field's rules.
struct SchemaChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        checkTypeNames()
        for type in schema.types {
            switch type.kind {
            case .object(let object):
                checkObject(object, named: type.name)
            case .enumeration(let enumeration):
                checkEnum(enumeration, named: type.name)
            case .union(let union):
                UnionChecker(name: type.name, union: union, schema: schema, location: type.location, sink: sink).check()
            }
        }
        NullPresenceChecker(schema: schema, sink: sink).check()
        TypeCycleChecker(schema: schema, sink: sink).check()
        OperationChecker(schema: schema, sink: sink).check()
        ResponseReadingChecker(schema: schema, sink: sink).check()
        SendingChecker(schema: schema, sink: sink).check()
        PaginationChecker(schema: schema, sink: sink).check()
        SandboxChecker(schema: schema, sink: sink).check()
    }

    private func checkTypeNames() {
        var names = FirstDefinitions<String, NamedType>(reportingTo: sink)
        for type in schema.types {
            names.claim(type.name, for: type) { _ in
                "type '\(type.name)' is declared twice"
            } note: { _ in
                "first declared here"
            }
            if type.name == schema.clientTypeName {
                sink.error(
                    type.location,
                    "type '\(type.name)' has the name of the generated client (the module's name + Client); rename the type"
                )
            }
            if type.name == schema.module {
                sink.error(
                    type.location,
                    "type '\(type.name)' has the module's name, which would hide the module in qualified names"
                )
            }
        }
    }

    private func checkObject(_ object: ObjectType, named owner: String) {
        var swiftNames = FirstDefinitions<String, Field>(reportingTo: sink)
        for field in object.fields {
            swiftNames.claim(field.swiftName, for: field) { first in
                "fields '\(first.wireName)' and '\(field.wireName)' of '\(owner)' both become the Swift property '\(field.swiftName)'; set 'swiftName' on one of them"
            } note: { first in
                "'\(first.wireName)' is here"
            }
            if SwiftNames.unusableMemberNames.contains(field.swiftName) {
                sink.error(
                    field.location,
                    "field '\(field.wireName)' would become the Swift property '\(field.swiftName)', which Swift reserves; set 'swiftName'"
                )
            }
            checkShadowing(field.type, of: field, in: owner)
            let context = FieldContext(owner: owner, object: object, schema: schema, sink: sink)
            context.checkType(
                field.type,
                constraints: field.constraints,
                warnings: field.warningConstraints,
                at: field.location,
                describing: "field '\(field.wireName)'"
            )
            LiteralChecker(schema: schema, sink: sink).check(field)
        }
        RuleChecker(owner: owner, object: object, schema: schema, sink: sink).check()
    }

    /// Inside `Thing`, the name `Kind` means the inline enum `Thing.Kind` when there is one, so a
    /// field of `Thing` cannot also use the top-level type `Kind` by that name.
    private func checkShadowing(_ type: FieldType, of field: Field, in owner: String) {
        switch type {
        case .named(let name) where !name.contains("."):
            guard schema.type(named: owner + "." + name) != nil else { return }
            sink.error(
                field.location,
                "field '\(field.wireName)' uses the type '\(name)', but inside '\(owner)' that name means the inline enum '\(owner).\(name)'; set 'enumName' on the inline enum"
            )
        case .array(let item, _):
            checkShadowing(item, of: field, in: owner)
        case .map(let value, _, _):
            checkShadowing(value, of: field, in: owner)
        default:
            return
        }
    }

    /// `let kind: Kind? = .none` is nil, not `Kind.none`, and Swift only warns about it.
    static let optionalMemberNames: Set<String> = ["none", "some"]

    private func checkEnum(_ enumeration: EnumType, named name: String) {
        var wireValues = FirstDefinitions<String, EnumType.Value>(reportingTo: sink)
        var swiftNames = FirstDefinitions<String, EnumType.Value>(reportingTo: sink)
        for value in enumeration.values {
            let isFirst = wireValues.claim(value.wire, for: value) { _ in
                "enum '\(name)' lists '\(value.wire)' twice"
            } note: { _ in
                "first listed here"
            }
            guard isFirst else { continue }
            swiftNames.claim(value.swiftName, for: value) { first in
                "enum values '\(first.wire)' and '\(value.wire)' of '\(name)' both become the Swift name '\(value.swiftName)'; give one a 'swiftName'"
            } note: { first in
                "'\(first.wire)' is here"
            }
            if Self.optionalMemberNames.contains(value.swiftName) {
                sink.error(
                    value.location,
                    "enum value '\(value.wire)' would become the Swift name '\(value.swiftName)', which Optional also has: on an optional '\(name)' '.\(value.swiftName)' would mean Optional's case, not this value; give it a 'swiftName'"
                )
            } else if SwiftNames.unusableMemberNames.contains(value.swiftName)
                || ["knownValues", "rawValue", "allCases"].contains(value.swiftName)
            {
                sink.error(
                    value.location,
                    "enum value '\(value.wire)' would become the Swift name '\(value.swiftName)', which Swift or the generated enum already uses; give it a 'swiftName'"
                )
            }
        }
    }
}
