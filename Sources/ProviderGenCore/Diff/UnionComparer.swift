import ProviderRuntimeCore

/// The variants of one union. A union is a Swift enum with a case per variant (plus
/// `unknown(JSONValue)` when open) that callers build and switch over; on the wire a variant is
/// told apart by its JSON kind, its constant value, or its discriminator tag. So, as for enums, an
/// added variant breaks reading closed unions only, and a removed one breaks sending.
struct UnionComparer {
    let context: DiffContext
    let sides: WireSides
    let typeName: String

    func compare(_ old: UnionType, _ new: UnionType, oldLocation: SourceLocation, newLocation: SourceLocation) {
        compareOpenness(old, new, newLocation: newLocation)
        let sameDiscriminator = old.discriminator == new.discriminator
        if !sameDiscriminator {
            context.report(
                "union-discriminator-changed",
                wire: sides.impact(request: .breaking, response: .breaking),
                source: .none,
                at: new.discriminator == nil
                    ? context.old.locator.key("discriminator", under: oldLocation)
                    : context.new.locator.key("discriminator", under: newLocation),
                "\(typeName) is told apart by \(Self.selector(new)) instead of \(Self.selector(old)) in \(sides.phrase)"
            )
        }
        // With another discriminator every wire key differs; the cases are all that still pairs.
        let variants = MemberMatching(
            old: old.variants,
            new: new.variants,
            key: { sameDiscriminator ? Self.wireKey($0, old.discriminator != nil, context.old.schema) : $0.caseName },
            renameKey: \.caseName
        )
        for (oldVariant, newVariant) in variants.matched {
            compare(oldVariant, newVariant)
        }
        for (oldVariant, newVariant) in variants.renamed {
            context.report(
                "union-variant-wire-changed",
                wire: sides.impact(request: .breaking, response: new.isOpen ? .potentiallyBreaking : .breaking),
                source: .none,
                at: newVariant.location,
                "\(typeName).\(newVariant.caseName) is sent and read as \(Self.wireKey(newVariant, new.discriminator != nil, context.new.schema)) instead of \(Self.wireKey(oldVariant, old.discriminator != nil, context.old.schema)) in \(sides.phrase)"
            )
            compare(oldVariant, newVariant)
        }
        for variant in variants.removed {
            context.report(
                "union-variant-removed",
                wire: sides.impact(request: .breaking, response: .documentation),
                source: .breaking,
                at: variant.location,
                "variant '\(variant.caseName)' removed from \(typeName) (used in \(sides.phrase))"
            )
        }
        for variant in variants.added {
            context.report(
                "union-variant-added",
                wire: sides.impact(request: .additive, response: new.isOpen ? .additive : .breaking),
                source: .potentiallyBreaking,
                at: variant.location,
                "variant '\(variant.caseName)' added to \(new.isOpen ? "open" : "closed") union \(typeName) (used in \(sides.phrase)); exhaustive switches over it need the new case"
            )
        }
    }

    private func compare(_ old: UnionType.Variant, _ new: UnionType.Variant) {
        let subject = "\(typeName).\(new.caseName)"
        if old.caseName != new.caseName {
            context.report(
                "union-variant-swift-name-changed",
                wire: .none,
                source: .breaking,
                at: new.location,
                "Swift case of \(typeName) variant \(Self.wireKey(new, new.tag != nil, context.new.schema)) changed from '\(old.caseName)' to '\(new.caseName)'"
            )
        }
        switch (old.shape, new.shape) {
        case (.typed(let oldType, let oldConstraints), .typed(let newType, let newConstraints)):
            ValueTypeComparer(
                context: context,
                sides: sides,
                subject: subject,
                oldLocation: old.location,
                newLocation: new.location
            ).compare(oldType, newType)
            ConstraintComparer(context: context, sides: sides, subject: subject).compare(
                oldConstraints,
                newConstraints,
                oldKey: { context.old.locator.key($0, under: old.location) },
                newKey: { context.new.locator.key($0, under: new.location) }
            )
        case (.constant(let oldValue), .constant(let newValue)) where oldValue != newValue:
            context.report(
                "union-constant-changed",
                wire: sides.impact(request: .breaking, response: .breaking),
                source: .none,
                at: context.new.locator.key("value", under: new.location),
                "\(subject) is written as \(SchemaSpelling.literal(newValue)) instead of \(SchemaSpelling.literal(oldValue)) in \(sides.phrase)"
            )
        case (.constant, .constant):
            break
        case (.typed, .constant), (.constant, .typed):
            context.report(
                "union-variant-shape-changed",
                wire: sides.impact(request: .breaking, response: .breaking),
                source: .breaking,
                at: new.location,
                "\(subject) changed between a case holding a value and a constant in \(sides.phrase)"
            )
        }
        context.reportText(
            "union-variant-description-changed",
            old: old.description,
            new: new.description,
            at: context.new.locator.key("description", under: new.location),
            "description of \(subject)"
        )
    }

    /// Opening adds the `unknown` case (exhaustive switches need it) and reads shapes that used
    /// to fail; closing removes the case and fails on them again.
    private func compareOpenness(_ old: UnionType, _ new: UnionType, newLocation: SourceLocation) {
        guard old.isOpen != new.isOpen else { return }
        context.report(
            new.isOpen ? "union-opened" : "union-closed",
            wire: new.isOpen
                ? sides.impact(request: .additive, response: .additive)
                : sides.impact(request: .documentation, response: .breaking),
            source: new.isOpen ? .potentiallyBreaking : .breaking,
            at: context.new.locator.key("open", under: newLocation),
            "\(typeName) is now \(new.isOpen ? "open (other shapes are kept as .unknown)" : "closed (other shapes fail to decode)") in \(sides.phrase)"
        )
    }

    /// What tells the variant apart on the wire: its tag, its constant, or its JSON kind.
    private static func wireKey(_ variant: UnionType.Variant, _ discriminated: Bool, _ schema: ProviderSchema)
        -> String
    {
        if discriminated, let tag = variant.tag { return "'\(tag)'" }
        switch variant.shape {
        case .constant(let value): return SchemaSpelling.literal(value)
        case .typed(let type, _): return schema.jsonKind(of: type)?.description ?? "any JSON"
        }
    }

    private static func selector(_ union: UnionType) -> String {
        union.discriminator.map { "its '\($0)' field" } ?? "the JSON kind"
    }
}
