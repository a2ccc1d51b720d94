/// The fields of one object type. Fields become stored properties and the arguments of the
/// memberwise initialiser (in field order, defaulted unless required), so presence decides both
/// the wire and the Swift consequences.
struct FieldComparer {
    let context: DiffContext
    let sides: WireSides
    /// The type, as the new schema names it.
    let typeName: String

    func compare(_ old: ObjectType, _ new: ObjectType) {
        let fields = MemberMatching(old: old.fields, new: new.fields, key: \.wireName, renameKey: \.swiftName)
        for (oldField, newField) in fields.matched {
            compare(oldField, newField)
        }
        for (oldField, newField) in fields.renamed {
            let subject = "\(typeName).\(newField.swiftName)"
            let stillRead = newField.alternateNames.contains(oldField.wireName)
            context.report(
                "field-wire-name-changed",
                wire: sides.impact(request: .breaking, response: stillRead ? .none : .breaking),
                source: .none,
                at: newField.location,
                "wire name of \(subject) changed from '\(oldField.wireName)' to '\(newField.wireName)' in \(sides.phrase)"
                    + (stillRead ? "; responses with the old name are still read (alternateNames)" : "")
            )
            compare(oldField, newField)
        }
        for field in fields.removed {
            let wasRequired = { if case .required = Presence(field) { true } else { false } }()
            context.report(
                "field-removed",
                wire: sides.impact(
                    request: .potentiallyBreaking,
                    response: wasRequired ? .breaking : .potentiallyBreaking
                ),
                source: .breaking,
                at: field.location,
                "field '\(field.wireName)' removed from \(typeName) (used in \(sides.phrase))"
            )
        }
        for field in fields.added {
            let isRequired = { if case .required = Presence(field) { true } else { false } }()
            context.report(
                isRequired ? "required-field-added" : "optional-field-added",
                wire: sides.impact(request: isRequired ? .breaking : .additive, response: .additive),
                source: isRequired ? .breaking : .additive,
                at: field.location,
                "\(isRequired ? "required" : "optional") field '\(field.wireName)' added to \(typeName) (used in \(sides.phrase))"
                    + (isRequired ? "; the initialiser gains an argument without a default" : "")
            )
        }
        let common = fields.matched + fields.renamed
        if MemberMatching<Field>.reordered(old: old.fields.map(\.swiftName), new: new.fields.map(\.swiftName)),
            common.count > 1, let first = common.first?.new
        {
            context.report(
                "fields-reordered",
                wire: .none,
                source: .potentiallyBreaking,
                at: first.location,
                "fields of \(typeName) reordered; the initialiser's arguments follow the new order"
            )
        }
    }

    private func compare(_ old: Field, _ new: Field) {
        let subject = "\(typeName).\(new.swiftName)"
        if old.swiftName != new.swiftName {
            context.report(
                "field-swift-name-changed",
                wire: .none,
                source: .breaking,
                at: new.location,
                "Swift name of field '\(new.wireName)' in \(typeName) changed from '\(old.swiftName)' to '\(new.swiftName)'"
            )
        }
        let typeSource = ValueTypeComparer(
            context: context,
            sides: sides,
            subject: subject,
            oldLocation: old.location,
            newLocation: new.location
        ).compare(old.type, new.type)
        PresenceComparer(context: context, sides: sides, subject: subject, typeChanged: typeSource != .none)
            .compare(old, new)
        ConstraintComparer(context: context, sides: sides, subject: subject).compare(
            old.constraints,
            new.constraints,
            oldKey: { context.old.locator.key($0, under: old.location) },
            newKey: { context.new.locator.key($0, under: new.location) }
        )
        ConstraintComparer(context: context, sides: sides, subject: subject, warnings: true).compare(
            old.warningConstraints,
            new.warningConstraints,
            oldKey: { context.old.locator.key(["warnings", $0], under: old.location) },
            newKey: { context.new.locator.key(["warnings", $0], under: new.location) }
        )
        ReadingComparer(context: context, sides: sides, subject: subject).compare(old, new)
        context.reportText(
            "field-description-changed",
            old: old.description,
            new: new.description,
            at: context.new.locator.key("description", under: new.location),
            "description of \(subject)"
        )
        context.reportText(
            "field-example-changed",
            old: old.example.map(SchemaSpelling.literal),
            new: new.example.map(SchemaSpelling.literal),
            at: context.new.locator.key("example", under: new.location),
            "example of \(subject)"
        )
    }
}
