/// The type of one value (field or parameter), and the rules on its items, keys and values.
/// A different Swift spelling breaks source; a different wire shape breaks what travels, except
/// where the new type only widens (any JSON, decimals for integers), which breaks just the side
/// that reads it.
struct ValueTypeComparer {
    let context: DiffContext
    let sides: WireSides
    let subject: String
    /// The value's key in each version, where nested rules (`items`, `keys`, `values`) are found.
    let oldLocation: SourceLocation
    let newLocation: SourceLocation

    /// Reports a type change and nested rule changes; returns the Swift-source impact.
    @discardableResult
    func compare(_ old: FieldType, _ new: FieldType) -> Impact {
        let renamedOld = context.renames.renamed(old)
        let naming = TypeNaming(schema: context.new.schema)
        let source: Impact = naming.swiftType(renamedOld) == naming.swiftType(new) ? .none : .breaking
        let oldSpelling = SchemaSpelling.type(renamedOld)
        let newSpelling = SchemaSpelling.type(new)
        if oldSpelling != newSpelling {
            let (request, response) = Self.wireImpacts(renamedOld, new)
            let isDateFormat: Bool = {
                if case .dateTime = old, case .dateTime = new { return true }
                return false
            }()
            context.report(
                isDateFormat ? "date-format-changed" : "type-changed",
                wire: sides.impact(request: request, response: response),
                source: source,
                at: newLocation,
                "type of \(subject) changed from \(SchemaSpelling.type(old)) to \(newSpelling) in \(sides.phrase)"
            )
        }
        compareNested(old, new, keyPath: [])
        return source
    }

    /// Request and response impacts of a wire type change.
    private static func wireImpacts(_ old: FieldType, _ new: FieldType) -> (Impact, Impact) {
        switch (old, new) {
        case (_, .json), (.integer, .decimal): return (.additive, .breaking)
        case (.json, _), (.decimal, .integer): return (.breaking, .documentation)
        default: return (.breaking, .breaking)
        }
    }

    private func compareNested(_ old: FieldType, _ new: FieldType, keyPath: [String]) {
        switch (old, new) {
        case (.array(let oldItem, let oldRules), .array(let newItem, let newRules)):
            rules(oldRules, newRules, keyPath: keyPath + ["items"], what: "the items of")
            compareNested(oldItem, newItem, keyPath: keyPath + ["items"])
        case (.map(let oldValue, let oldKeys, let oldValues), .map(let newValue, let newKeys, let newValues)):
            rules(oldKeys, newKeys, keyPath: keyPath + ["keys"], what: "the keys of")
            rules(oldValues, newValues, keyPath: keyPath + ["values"], what: "the values of")
            compareNested(oldValue, newValue, keyPath: keyPath + ["values"])
        case (.jsonString(let oldContent, let oldRules), .jsonString(let newContent, let newRules)):
            rules(oldRules, newRules, keyPath: keyPath + ["content"], what: "the content of")
            compareNested(oldContent, newContent, keyPath: keyPath + ["content"])
        default:
            break
        }
    }

    private func rules(_ old: Constraints, _ new: Constraints, keyPath: [String], what: String) {
        let oldLocator = context.old.locator
        let newLocator = context.new.locator
        ConstraintComparer(context: context, sides: sides, subject: "\(what) \(subject)").compare(
            old,
            new,
            oldKey: { oldLocator.key(keyPath + [$0], under: oldLocation) },
            newKey: { newLocator.key(keyPath + [$0], under: newLocation) }
        )
    }
}
