/// `auth`: the schemes decide the `Client` initialisers (`token:`, `credentials:`, one per scheme
/// when there are several) and the property holding what the user chose (`token`,
/// `credentials`, or `authorization` for several).
struct AuthenticationComparer {
    let context: DiffContext

    func compare() {
        let old = Self.schemes(context.old.schema)
        let new = Self.schemes(context.new.schema)
        guard old != new else { return }
        if old.count == 1, new.count == 1 {
            context.report(
                "auth-scheme-changed",
                wire: .breaking,
                source: .breaking,
                at: Self.location(context.new),
                "authentication changed from \(old[0].rawValue) to \(new[0].rawValue)"
            )
            return
        }
        for scheme in old where !new.contains(scheme) {
            context.report(
                "auth-scheme-removed",
                wire: .breaking,
                source: .breaking,
                at: Self.location(context.old),
                "authentication scheme \(scheme.rawValue) removed; its Client initialiser is gone"
            )
        }
        for scheme in new where !old.contains(scheme) {
            context.report(
                "auth-scheme-added",
                wire: .additive,
                source: .additive,
                at: Self.location(context.new),
                "authentication scheme \(scheme.rawValue) added, with its own Client initialiser"
            )
        }
        let oldProperty = CredentialSpelling(context.old.schema)?.property
        let newProperty = CredentialSpelling(context.new.schema)?.property
        if let oldProperty, let newProperty, oldProperty != newProperty {
            context.report(
                "auth-credentials-property-changed",
                wire: .none,
                source: .breaking,
                at: Self.location(context.new),
                "the client's credentials are now read as `\(newProperty)` instead of `\(oldProperty)`"
            )
        }
    }

    /// Every scheme a user may choose, in the schema's order.
    private static func schemes(_ schema: ProviderSchema) -> [Authentication] {
        schema.authenticationChoices.count > 1 ? schema.authenticationChoices : [schema.authentication]
    }

    private static func location(_ side: LoadedSchema) -> SourceLocation {
        side.locator.path(["auth", side.schema.authenticationChoices.count > 1 ? "schemes" : "scheme"])
    }
}
