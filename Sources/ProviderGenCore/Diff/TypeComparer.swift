/// The named types: added, removed, renamed (same shape, new name), or changed inside. Inline
/// enums (`Owner.field`) come and go with their field, which reports the change.
struct TypeComparer {
    let context: DiffContext

    func compare() {
        let old = context.old.schema
        let new = context.new.schema
        var seen = Set<String>()
        for oldType in old.types {
            let newName = context.renames.newName(oldType.name)
            guard let newType = new.type(named: newName) else {
                if !Self.isInline(oldType) {
                    context.report(
                        "type-removed",
                        wire: .none,
                        source: .breaking,
                        at: oldType.location,
                        "type \(oldType.name) removed"
                    )
                }
                continue
            }
            seen.insert(newName)
            if newName != oldType.name, !Self.isInline(newType) {
                context.report(
                    "type-renamed",
                    wire: .none,
                    source: .breaking,
                    at: newType.location,
                    "type \(oldType.name) renamed to \(newName)"
                )
            }
            compare(oldType, newType)
        }
        for newType in new.types where !seen.contains(newType.name) && !Self.isInline(newType) {
            context.report(
                "type-added",
                wire: .none,
                source: .additive,
                at: newType.location,
                "type \(newType.name) added"
            )
        }
    }

    private static func isInline(_ type: NamedType) -> Bool { type.name.contains(".") }

    private func compare(_ old: NamedType, _ new: NamedType) {
        let sides = context.sides(oldType: old.name, newType: new.name)
        context.reportText(
            "type-description-changed",
            old: old.description,
            new: new.description,
            at: context.new.locator.key("description", under: new.location),
            "description of \(new.name)"
        )
        switch (old.kind, new.kind) {
        case (.object(let oldObject), .object(let newObject)):
            FieldComparer(context: context, sides: sides, typeName: new.name).compare(oldObject, newObject)
            RuleComparer(context: context, sides: sides, typeName: new.name).compare(oldObject.rules, newObject.rules)
        case (.enumeration(let oldEnum), .enumeration(let newEnum)):
            EnumComparer(context: context, sides: sides, typeName: new.name)
                .compare(oldEnum, newEnum, newLocation: new.location)
        case (.union(let oldUnion), .union(let newUnion)):
            UnionComparer(context: context, sides: sides, typeName: new.name)
                .compare(oldUnion, newUnion, oldLocation: old.location, newLocation: new.location)
        default:
            context.report(
                "type-kind-changed",
                wire: sides.impact(request: .breaking, response: .breaking),
                source: .breaking,
                at: new.location,
                "\(new.name) changed between an object, an enum and a union (used in \(sides.phrase))"
            )
        }
    }
}
