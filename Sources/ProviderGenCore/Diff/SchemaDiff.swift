/// `providergen diff`: two versions of a set of provider schemas, paired by file name, loaded
/// through the generator's front end and compared as models, every change classified for the
/// wire and for Swift source.
public enum SchemaDiff {
    public struct Result: Sendable {
        /// Sorted by provider and location.
        public var findings: [DiffFinding]
        /// Problems loading either side; when any is an error, nothing was compared.
        public var diagnostics: [Diagnostic]
        /// Providers present on either side.
        public var providerCount: Int

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func compare(old: [SchemaSource], new: [SchemaSource]) -> Result {
        var diagnostics: [Diagnostic] = []
        func load(_ sources: [SchemaSource]) -> [String: (source: SchemaSource, schema: LoadedSchema?)] {
            var loaded: [String: (source: SchemaSource, schema: LoadedSchema?)] = [:]
            for source in sources {
                let result = LoadedSchema.load(source)
                diagnostics += result.diagnostics
                loaded[source.name] = (source, result.schema)
            }
            return loaded
        }
        let oldSide = load(old)
        let newSide = load(new)
        let names = Set(oldSide.keys).union(newSide.keys).sorted()
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return Result(findings: [], diagnostics: diagnostics, providerCount: names.count)
        }
        var findings: [DiffFinding] = []
        for name in names {
            switch (oldSide[name], newSide[name]) {
            case (let oldEntry?, let newEntry?):
                guard let oldSchema = oldEntry.schema, let newSchema = newEntry.schema else { continue }
                let context = DiffContext(provider: name, old: oldSchema, new: newSchema)
                ProviderComparer(context: context).compare()
                findings += context.findings
            case (let oldEntry?, nil):
                findings.append(
                    DiffFinding(
                        provider: name,
                        kind: "provider-removed",
                        wire: .breaking,
                        source: .breaking,
                        location: SourceLocation(file: oldEntry.source.displayPath, line: 1, column: 1),
                        message: "provider \(oldEntry.schema?.schema.module ?? name) removed"
                    )
                )
            case (nil, let newEntry?):
                findings.append(
                    DiffFinding(
                        provider: name,
                        kind: "provider-added",
                        wire: .additive,
                        source: .additive,
                        location: SourceLocation(file: newEntry.source.displayPath, line: 1, column: 1),
                        message: "provider \(newEntry.schema?.schema.module ?? name) added"
                    )
                )
            case (nil, nil):
                continue
            }
        }
        return Result(findings: findings.sorted(), diagnostics: diagnostics, providerCount: names.count)
    }
}
