/// What `generate` says about API changes when it rewrites files: the schemas against the ones
/// committed at a revision, counted by level.
public enum RevisionSummary {
    /// nil when it cannot be known (no git, not a repository, the folder not committed there,
    /// a side with schema errors) or when nothing in the API changed.
    public static func changes(since revision: String, folder: String) -> DiffSummary? {
        guard let old = try? SchemaSource.read(revision: revision, folder: folder), !old.isEmpty,
            let new = try? SchemaSource.read(path: folder)
        else { return nil }
        let result = SchemaDiff.compare(old: old, new: new)
        let summary = DiffSummary(result.findings)
        return result.hasErrors || summary.isEmpty ? nil : summary
    }
}
