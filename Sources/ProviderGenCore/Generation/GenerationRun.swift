/// One `generate`: every schema in a folder loaded and checked (a bad file does not stop the
/// others), then Swift for each valid one. Module names must be unique across schemas.
public struct GenerationRun: Sendable {
    public var files: [GeneratedFile]
    public var diagnostics: [Diagnostic]
    public var schemaCount: Int

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// `displayFolder` is how the folder is named in diagnostics (`schemas`).
    public static func run(
        schemaFolder: String,
        displayFolder: String? = nil,
        access: AccessModifier = .public
    ) -> GenerationRun {
        let folder = SchemaFolder.read(schemaFolder, displayFolder: displayFolder)
        guard folder.diagnostics.isEmpty else {
            return GenerationRun(files: [], diagnostics: folder.diagnostics, schemaCount: 0)
        }
        return run(folder.results, access: access)
    }

    /// Generation for schemas already loaded (the build plugin loads one file at a time).
    public static func run(_ results: [SchemaLoader.Result], access: AccessModifier = .public) -> GenerationRun {
        var diagnostics = results.flatMap(\.diagnostics)
        var files: [GeneratedFile] = []
        var firstFileByModule: [String: String] = [:]
        for schema in results.compactMap(\.schema) {
            if let first = firstFileByModule[schema.module] {
                let location = SourceLocation(file: schema.file, line: 1, column: 1)
                diagnostics.append(
                    .error(
                        at: location,
                        "module '\(schema.module)' is also generated from \(first); each schema needs its own module"
                    )
                )
                continue
            }
            firstFileByModule[schema.module] = schema.file
            files += ProviderGenerator.generate(schema, access: access)
        }
        return GenerationRun(files: files, diagnostics: diagnostics, schemaCount: results.count)
    }
}
