/// What every comparer of one provider shares: both versions, how types were renamed and where
/// they travel, and the findings so far.
final class DiffContext {
    let provider: String
    let old: LoadedSchema
    let new: LoadedSchema
    let renames: TypeRenames
    private let oldUsage: TypeUsage
    private let newUsage: TypeUsage
    private(set) var findings: [DiffFinding] = []

    init(provider: String, old: LoadedSchema, new: LoadedSchema) {
        self.provider = provider
        self.old = old
        self.new = new
        renames = TypeRenames(old: old.schema, new: new.schema)
        oldUsage = TypeUsage(old.schema)
        newUsage = TypeUsage(new.schema)
    }

    func report(_ kind: String, wire: Impact, source: Impact, at location: SourceLocation, _ message: String) {
        findings.append(
            DiffFinding(
                provider: provider,
                kind: kind,
                wire: wire,
                source: source,
                location: location,
                message: message
            )
        )
    }

    /// A change to descriptive text: documentation only, in the doc comments of the Swift.
    /// The location is found only when the text changed: most texts do not.
    func reportText(
        _ kind: String,
        old: String?,
        new: String?,
        at location: @autoclosure () -> SourceLocation,
        _ subject: String
    ) {
        guard old != new else { return }
        let change = old == nil ? "added" : new == nil ? "removed" : "changed"
        report(kind, wire: .none, source: .documentation, at: location(), "\(subject) \(change)")
    }

    /// The sides a type travels on in either version: a change matters wherever it was or is used.
    func sides(oldType: String, newType: String) -> WireSides {
        oldUsage.sides(of: oldType).union(newUsage.sides(of: newType))
    }
}
