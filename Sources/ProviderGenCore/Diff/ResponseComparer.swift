/// The documented statuses of one operation. Each is a case of the generated response enum
/// carrying its decoded body, so statuses are Swift API as much as wire.
struct ResponseComparer {
    let context: DiffContext
    let operation: String

    func compare(_ old: [Response], _ new: [Response]) {
        let responses = MemberMatching(old: old, new: new, key: \.status.text)
        for (oldResponse, newResponse) in responses.matched {
            compare(oldResponse, newResponse)
        }
        for response in responses.removed {
            // `default` is the `other` case; without it the enum has `undocumented` instead.
            let isDefault = response.status == .other
            context.report(
                "status-removed",
                wire: .documentation,
                source: .breaking,
                at: response.location,
                "response \(response.status.text) removed from \(operation)"
                    + (isDefault ? "; its case becomes `undocumented`" : "")
            )
        }
        for response in responses.added {
            let isDefault = response.status == .other
            context.report(
                "status-added",
                wire: .additive,
                source: isDefault ? .breaking : .potentiallyBreaking,
                at: response.location,
                "response \(response.status.text) added to \(operation)"
                    + (isDefault
                        ? "; it replaces the `undocumented` case"
                        : "; exhaustive switches over the response need the new case")
            )
        }
    }

    private func compare(_ old: Response, _ new: Response) {
        let subject = "response \(new.status.text) of \(operation)"
        let oldTypes = old.typeNames.map(context.renames.newName)
        if oldTypes != new.typeNames {
            let sameShapes = Set(oldTypes) == Set(new.typeNames) && oldTypes.count == new.typeNames.count
            context.report(
                sameShapes ? "response-shapes-reordered" : "response-type-changed",
                wire: sameShapes ? .potentiallyBreaking : old.typeNames.isEmpty ? .additive : .breaking,
                source: sameShapes ? .none : .breaking,
                at: context.new.locator.key("type", under: new.location),
                "body of \(subject) changed from \(Self.spelled(old.typeNames)) to \(Self.spelled(new.typeNames))"
            )
        }
        let oldEnvelope = old.envelope.map { (context.renames.newName($0.typeName), $0.payloadKey) }
        let newEnvelope = new.envelope.map { ($0.typeName, $0.payloadKey) }
        if oldEnvelope?.0 != newEnvelope?.0 {
            context.report(
                "envelope-changed",
                wire: .breaking,
                source: .breaking,
                at: context.new.locator.key("envelope", under: new.location),
                "envelope of \(subject) changed from \(SchemaSpelling.optional(old.envelope?.typeName)) to \(SchemaSpelling.optional(new.envelope?.typeName))"
            )
        } else if oldEnvelope?.1 != newEnvelope?.1 {
            context.report(
                "envelope-payload-key-changed",
                wire: .breaking,
                source: .none,
                at: context.new.locator.key("envelope", under: new.location),
                "payload key of \(subject) changed from \(SchemaSpelling.optional(old.envelope?.payloadKey)) to \(SchemaSpelling.optional(new.envelope?.payloadKey))"
            )
        }
        context.reportText(
            "response-description-changed",
            old: old.description,
            new: new.description,
            at: context.new.locator.key("description", under: new.location),
            "description of \(subject)"
        )
    }

    private static func spelled(_ names: [String]) -> String {
        names.isEmpty ? "no body" : names.joined(separator: " or ")
    }
}
