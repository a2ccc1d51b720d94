/// Path, query and header parameters of one operation. They are arguments of the generated
/// method (path, then query, then header; optional ones default to nil) and travel only in
/// requests. A path parameter's name is never sent, only its value.
struct ParameterComparer {
    let context: DiffContext
    let operation: String

    private struct Placed {
        var parameter: Parameter
        var place: String
    }

    func compare(_ old: APIOperation, _ new: APIOperation) {
        let oldParameters = Self.placed(old)
        let newParameters = Self.placed(new)
        let matching = MemberMatching(
            old: oldParameters,
            new: newParameters,
            key: { $0.parameter.wireName },
            renameKey: { $0.parameter.swiftName }
        )
        for (oldEntry, newEntry) in matching.matched + matching.renamed {
            compare(oldEntry, newEntry)
        }
        for entry in matching.removed {
            context.report(
                "parameter-removed",
                wire: .potentiallyBreaking,
                source: .breaking,
                at: entry.parameter.location,
                "\(entry.place) parameter '\(entry.parameter.wireName)' removed from \(operation)"
            )
        }
        for entry in matching.added {
            let required = entry.parameter.required
            context.report(
                required ? "required-parameter-added" : "optional-parameter-added",
                wire: required ? .breaking : .additive,
                source: required ? .breaking : .additive,
                at: entry.parameter.location,
                "\(required ? "required" : "optional") \(entry.place) parameter '\(entry.parameter.wireName)' added to \(operation)"
            )
        }
        if MemberMatching<Placed>.reordered(
            old: oldParameters.map(\.parameter.swiftName),
            new: newParameters.map(\.parameter.swiftName)
        ), let first = newParameters.first {
            context.report(
                "parameters-reordered",
                wire: .none,
                source: .potentiallyBreaking,
                at: first.parameter.location,
                "parameters of \(operation) reordered; the method's arguments follow the new order"
            )
        }
    }

    private static func placed(_ operation: APIOperation) -> [Placed] {
        operation.pathParameters.map { Placed(parameter: $0, place: "path") }
            + operation.queryParameters.map { Placed(parameter: $0, place: "query") }
            + operation.headerParameters.map { Placed(parameter: $0, place: "header") }
    }

    private func compare(_ oldEntry: Placed, _ newEntry: Placed) {
        let old = oldEntry.parameter
        let new = newEntry.parameter
        let subject = "\(newEntry.place) parameter '\(new.wireName)' of \(operation)"
        if oldEntry.place != newEntry.place {
            context.report(
                "parameter-location-changed",
                wire: .breaking,
                source: .none,
                at: new.location,
                "parameter '\(new.wireName)' of \(operation) moved from \(oldEntry.place) to \(newEntry.place)"
            )
        }
        if old.wireName != new.wireName, newEntry.place != "path" || oldEntry.place != "path" {
            context.report(
                "parameter-wire-name-changed",
                wire: .breaking,
                source: .none,
                at: new.location,
                "\(subject) was sent as '\(old.wireName)'"
            )
        }
        if old.swiftName != new.swiftName {
            context.report(
                "parameter-swift-name-changed",
                wire: .none,
                source: .breaking,
                at: new.location,
                "Swift name of \(subject) changed from '\(old.swiftName)' to '\(new.swiftName)'"
            )
        }
        if old.required != new.required {
            // An argument that becomes optional still accepts every value callers passed.
            context.report(
                new.required ? "parameter-made-required" : "parameter-made-optional",
                wire: new.required ? .breaking : .additive,
                source: new.required ? .breaking : .additive,
                at: context.new.locator.key("required", under: new.location),
                "\(subject) made \(new.required ? "required" : "optional")"
            )
        }
        ValueTypeComparer(
            context: context,
            sides: .request,
            subject: subject,
            oldLocation: old.location,
            newLocation: new.location
        ).compare(old.type, new.type)
        ConstraintComparer(context: context, sides: .request, subject: subject).compare(
            old.constraints,
            new.constraints,
            oldKey: { context.old.locator.key($0, under: old.location) },
            newKey: { context.new.locator.key($0, under: new.location) }
        )
        ConstraintComparer(context: context, sides: .request, subject: subject, warnings: true).compare(
            old.warningConstraints,
            new.warningConstraints,
            oldKey: { context.old.locator.key(["warnings", $0], under: old.location) },
            newKey: { context.new.locator.key(["warnings", $0], under: new.location) }
        )
        compareDefault(old, new, subject: subject)
        context.reportText(
            "parameter-description-changed",
            old: old.description,
            new: new.description,
            at: new.location,
            "description of \(subject)"
        )
    }

    /// A default is sent when the caller passes nothing, and makes the argument `T = value`
    /// instead of `T? = nil` (optional) or `T` (required).
    private func compareDefault(_ old: Parameter, _ new: Parameter, subject: String) {
        guard old.defaultValue != new.defaultValue else { return }
        let change = old.defaultValue == nil ? "added" : new.defaultValue == nil ? "removed" : "changed"
        let values =
            "\(old.defaultValue.map(SchemaSpelling.literal) ?? "none") → \(new.defaultValue.map(SchemaSpelling.literal) ?? "none")"
        context.report(
            "parameter-default-\(change)",
            wire: .potentiallyBreaking,
            source: old.required == new.required ? Self.argumentImpact(old, new) : .none,
            at: new.defaultValue == nil
                ? context.old.locator.key("default", under: old.location)
                : context.new.locator.key("default", under: new.location),
            "default of \(subject) \(change) (\(values)); calls that leave it out send \(new.defaultValue.map(SchemaSpelling.literal) ?? "nothing")"
        )
    }

    /// What a call written for the old argument meets: `T? = nil` becoming `T = value` refuses
    /// the optionals it was passed; `T` gaining a default only lets calls leave it out; the other
    /// way, a `T` still fits `T?`, and a lost default breaks calls that left the argument out.
    private static func argumentImpact(_ old: Parameter, _ new: Parameter) -> Impact {
        let oldHasDefault = old.isSwiftOptional || old.defaultValue != nil
        let newHasDefault = new.isSwiftOptional || new.defaultValue != nil
        if old.isSwiftOptional && !new.isSwiftOptional { return .breaking }
        if oldHasDefault && !newHasDefault { return .breaking }
        if !oldHasDefault && newHasDefault { return .additive }
        return .documentation
    }
}
