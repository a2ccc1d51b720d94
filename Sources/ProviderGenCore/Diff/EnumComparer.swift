/// The values of one enum. A closed enum is a Swift `enum` that old clients decode strictly and
/// callers may switch over exhaustively; an open one is a struct that keeps unknown values. So
/// an added value breaks reading only closed enums, and a removed one breaks sending only.
struct EnumComparer {
    let context: DiffContext
    let sides: WireSides
    let typeName: String

    func compare(_ old: EnumType, _ new: EnumType, newLocation: SourceLocation) {
        compareOpenness(old, new, newLocation: newLocation)
        let values = MemberMatching(old: old.values, new: new.values, key: \.wire, renameKey: \.swiftName)
        for (oldValue, newValue) in values.matched {
            if oldValue.swiftName != newValue.swiftName {
                context.report(
                    "enum-value-swift-name-changed",
                    wire: .none,
                    source: .breaking,
                    at: newValue.location,
                    "Swift name of \(typeName) value '\(newValue.wire)' changed from '\(oldValue.swiftName)' to '\(newValue.swiftName)'"
                )
            }
            context.reportText(
                "enum-value-description-changed",
                old: oldValue.description,
                new: newValue.description,
                at: newValue.location,
                "description of \(typeName).\(newValue.swiftName)"
            )
        }
        for (oldValue, newValue) in values.renamed {
            context.report(
                "enum-value-wire-changed",
                wire: sides.impact(request: .breaking, response: new.isOpen ? .potentiallyBreaking : .breaking),
                source: .none,
                at: newValue.location,
                "\(typeName).\(newValue.swiftName) is sent and read as '\(newValue.wire)' instead of '\(oldValue.wire)' in \(sides.phrase)"
            )
        }
        for value in values.removed {
            context.report(
                "enum-value-removed",
                wire: sides.impact(request: .breaking, response: .documentation),
                source: .breaking,
                at: value.location,
                "value '\(value.wire)' removed from \(typeName) (used in \(sides.phrase))"
            )
        }
        for value in values.added {
            context.report(
                "enum-value-added",
                wire: sides.impact(request: .additive, response: new.isOpen ? .additive : .breaking),
                source: new.isOpen ? .additive : .potentiallyBreaking,
                at: value.location,
                "value '\(value.wire)' added to \(new.isOpen ? "open" : "closed") enum \(typeName) (used in \(sides.phrase))"
                    + (new.isOpen ? "" : "; exhaustive switches over it need the new case")
            )
        }
    }

    private func compareOpenness(_ old: EnumType, _ new: EnumType, newLocation: SourceLocation) {
        guard old.isOpen != new.isOpen else { return }
        context.report(
            new.isOpen ? "enum-opened" : "enum-closed",
            wire: new.isOpen
                ? sides.impact(request: .additive, response: .additive)
                : sides.impact(request: .documentation, response: .breaking),
            source: .breaking,
            at: context.new.locator.key("open", under: newLocation),
            "\(typeName) is now \(new.isOpen ? "open (a struct keeping unknown values)" : "closed (a Swift enum)") in \(sides.phrase)"
        )
    }
}
