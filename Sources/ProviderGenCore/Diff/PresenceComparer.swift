/// `required`, `nullable` and `default` of one field. Together they decide the property's Swift
/// type (`T`, `T?`, `Nullable<T>?`) and whether its initialiser argument has a default, which is
/// the whole Swift consequence; the wire consequence depends on the side.
struct PresenceComparer {
    let context: DiffContext
    let sides: WireSides
    let subject: String
    /// The type itself changed too and was reported with its Swift consequence.
    let typeChanged: Bool

    func compare(_ old: Field, _ new: Field) {
        let source = sourceImpact(Presence(old), Presence(new))
        let locator = context.new.locator
        if old.required != new.required {
            context.report(
                new.required ? "field-made-required" : "field-made-optional",
                wire: new.required
                    ? sides.impact(request: .breaking, response: .documentation)
                    : sides.impact(
                        request: .additive,
                        response: new.defaultValue == nil ? .breaking : .potentiallyBreaking
                    ),
                source: source,
                at: locator.key("required", under: new.location),
                "\(subject) made \(new.required ? "required" : "optional") in \(sides.phrase)"
            )
        }
        if old.nullable != new.nullable {
            context.report(
                new.nullable ? "field-made-nullable" : "field-made-non-nullable",
                wire: new.nullable
                    ? sides.impact(request: .additive, response: .breaking)
                    : sides.impact(request: .breaking, response: .documentation),
                source: source,
                at: locator.key("nullable", under: new.location),
                "\(subject) made \(new.nullable ? "nullable" : "non-nullable") in \(sides.phrase)"
            )
        }
        if old.required == new.required, old.nullable == new.nullable,
            Presence(old).propertyType("T") != Presence(new).propertyType("T")
        {
            // Only `distinguishNull` (written, or implied by where the type travels) is left.
            let distinguishes = new.distinguishesNull
            context.report(
                "field-null-distinction-changed",
                wire: sides.impact(request: .potentiallyBreaking, response: .none),
                source: .breaking,
                at: new.distinguishNullLocation ?? old.distinguishNullLocation ?? new.location,
                "\(subject) is now \(distinguishes ? "Nullable<T>? (absent and null apart)" : "T? (absent and null alike; nil is sent as null)") in \(sides.phrase)"
            )
        }
        if old.defaultValue != new.defaultValue {
            let change = old.defaultValue == nil ? "added" : new.defaultValue == nil ? "removed" : "changed"
            let values =
                "\(old.defaultValue.map(SchemaSpelling.literal) ?? "none") → \(new.defaultValue.map(SchemaSpelling.literal) ?? "none")"
            context.report(
                "field-default-\(change)",
                wire: sides.impact(request: .potentiallyBreaking, response: .potentiallyBreaking),
                source: max(source, .documentation),
                at: new.defaultValue == nil
                    ? context.old.locator.key("default", under: old.location)
                    : locator.key("default", under: new.location),
                "default of \(subject) \(change) (\(values)) in \(sides.phrase)"
            )
        }
    }

    /// A different property type breaks code reading it; losing the argument's default breaks
    /// calls that left it out; gaining one only lets calls leave it out.
    private func sourceImpact(_ old: Presence, _ new: Presence) -> Impact {
        if !typeChanged, old.propertyType("T") != new.propertyType("T") { return .breaking }
        let oldHasDefault = { if case .required = old { false } else { true } }()
        let newHasDefault = { if case .required = new { false } else { true } }()
        if oldHasDefault && !newHasDefault { return .breaking }
        if !oldHasDefault && newHasDefault { return .additive }
        return .none
    }
}
